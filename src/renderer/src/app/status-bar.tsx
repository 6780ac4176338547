// Renderer: save state and word count, always visible.
import { verdictLabel, verdictOf, type Scorecard } from '@core/mqm';
import { countOf } from '@core/text';
import { percentReviewed, type ReviewProgress } from '@core/review-progress';
import type { DocumentSummary } from '../db';
import { commandSpec, formatAccelerator } from '@core/commands';
import type { SaveState } from '../features/article';
import { keyPlatform } from '../ui/platform';

const SAVE_LABELS: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Editing…',
  saving: 'Saving…',
  error: 'Not saved — retrying',
  conflict: 'Not saved — changed in another window',
};

export function StatusBar({
  document,
  saveState,
  saveError,
  score,
  progress = null,
}: {
  document: DocumentSummary | null;
  saveState: SaveState;
  saveError: string | null;
  score: Scorecard | null;
  progress?: ReviewProgress | null;
}) {
  return (
    <footer className="status-bar" aria-label="Status">
      {document ? (
        <>
          <span className="save-state" data-state={saveState} role="status" title={saveError ?? undefined} data-testid="save-state">
            {SAVE_LABELS[saveState]}
            {saveError ? `: ${saveError}` : ''}
          </span>
          <span data-testid="word-count">
            {countOf(document.wordCount, 'word')}
          </span>
          <span>
            {document.sourceLang} → {document.targetLang}
          </span>
          {progress && progress.totalBlocks > 0 ? (
            <span data-testid="status-reviewed" data-reviewed-blocks={progress.reviewedBlocks} title={`${countOf(progress.reviewedWords, 'word')} of ${countOf(progress.totalWords, 'word')} in reviewed paragraphs (Ctrl+Enter marks one)`}>
              {percentReviewed(progress)}% reviewed
            </span>
          ) : null}
          {score ? (
            <span
              data-testid="status-score"
              data-verdict={verdictOf(score)}
              title={`${score.penalty} penalty points, ${score.penaltyPer1000Words.toFixed(2)} per 1000 words${score.unrated > 0 ? '; rate every flag for a verdict' : ''}`}
            >
              {countOf(score.counted + score.unrated, 'flag')} · MQM {score.qualityScore.toFixed(1)} {verdictLabel(score)}
            </span>
          ) : null}
        </>
      ) : (
        <span>No document open</span>
      )}
      <span className="spacer" />
      <span>
        Keyboard shortcuts: <kbd>{formatAccelerator(commandSpec('help.shortcuts').accelerator ?? '', keyPlatform())}</kbd>
      </span>
    </footer>
  );
}
