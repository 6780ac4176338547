// Renderer: save state and word count, always visible.
import type { Scorecard } from '@core/mqm';
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
}: {
  document: DocumentSummary | null;
  saveState: SaveState;
  saveError: string | null;
  score: Scorecard | null;
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
            {document.wordCount.toLocaleString()} {document.wordCount === 1 ? 'word' : 'words'}
          </span>
          <span>
            {document.sourceLang} → {document.targetLang}
          </span>
          {score ? (
            <span data-testid="status-score" title={`${score.penalty} penalty points, ${score.penaltyPer1000Words.toFixed(2)} per 1000 words`}>
              {score.counted + score.unrated} {score.counted + score.unrated === 1 ? 'flag' : 'flags'} · MQM {score.qualityScore.toFixed(1)} {score.pass ? 'PASS' : 'FAIL'}
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
