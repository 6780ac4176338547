// Renderer: says why the article cannot be edited here, and offers to take over.
import type { DocumentLockMode } from './use-document-lock';

export function LockBanner({ mode, onTakeOver }: { mode: DocumentLockMode; onTakeOver(): void }) {
  if (mode !== 'elsewhere' && mode !== 'taken') return null;
  return (
    <div className="save-problem lock-banner" role="alert" data-testid="lock-banner">
      <p>
        <strong>Read only.</strong>{' '}
        {mode === 'elsewhere'
          ? 'This document is open for editing in another Glossa window or tab. Edit it there, or take over here (the other one becomes read only).'
          : 'Another Glossa window or tab took over editing this document. Edits here are no longer saved.'}
      </p>
      <button type="button" onClick={onTakeOver}>
        Take over editing
      </button>
    </div>
  );
}
