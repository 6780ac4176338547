// Renderer: the Review menu while an article is open: Run Checks (F7), the review report
// exports, and Next/Previous Item (F8, Shift+F8) when the review panel is closed: they
// open it, and the panel (which handles them while open) takes the step.
import { useDatabase } from '../../db';
import { useCommand, useCommandRegistry } from '../../commands';
import { useHost } from '../../host/context';
import { useExportRunner } from '../../ui/use-export-runner';
import { useReviewApi } from './review-context';
import { exportReview } from './export-review';
import type { ReviewScore } from './use-scorecard';

interface ReviewCommandsProps {
  docId: string;
  score: ReviewScore | null;
  onShowReviewPanel(): void;
}

export function ReviewCommandsPlugin({ docId, score, onShowReviewPanel }: ReviewCommandsProps) {
  const review = useReviewApi();
  const database = useDatabase();
  const host = useHost();
  const registry = useCommandRegistry();
  const runExport = useExportRunner();

  useCommand('review.runChecks', () => review.runChecks());
  const exportAs = (format: 'html' | 'csv') => () => {
    if (score) runExport(() => exportReview(database, host, docId, score, format));
  };
  useCommand('file.exportReviewReport', exportAs('html'));
  useCommand('file.exportReviewCsv', exportAs('csv'));

  const openPanelThen = (id: 'review.next' | 'review.previous') => () => {
    onShowReviewPanel();
    // Once the panel is mounted its own handler takes the step; never this one again.
    requestAnimationFrame(() => registry.execute(id, 'normal'));
  };
  useCommand('review.next', openPanelThen('review.next'), { priority: 'fallback' });
  useCommand('review.previous', openPanelThen('review.previous'), { priority: 'fallback' });
  return null;
}
