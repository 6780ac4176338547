// Renderer: the glossaries in the left pane: open one, or make a new one for the open
// document's language pair.
import type { LanguagePair } from '@core/model';
import { createGlossary, useDatabase, useGlossaries } from '../../db';
import { useNotices } from '../../ui/notices';
import { errorMessage } from '@core/errors';

export function GlossarySection({
  activeGlossaryId,
  pair,
  onOpen,
}: {
  activeGlossaryId: string | null;
  pair: LanguagePair;
  /** `created`: a glossary just made, opened to be named. */
  onOpen(glossaryId: string, created?: boolean): void;
}) {
  const db = useDatabase();
  const { notify } = useNotices();
  const glossaries = useGlossaries();
  return (
    <section className="glossary-section" aria-labelledby="glossaries-heading">
      <div className="section-heading">
        <h2 id="glossaries-heading">Glossaries</h2>
        <button
          type="button"
          onClick={() =>
            void createGlossary(db, { ...pair, name: `New glossary ${pair.sourceLang} → ${pair.targetLang}` }).then(
              (glossary) => onOpen(glossary.id, true),
              (error: unknown) => notify('error', errorMessage(error)),
            )
          }
        >
          New glossary
        </button>
      </div>
      {glossaries && glossaries.length > 0 ? (
        <ul aria-label="Glossaries">
          {glossaries.map((glossary) => (
            <li key={glossary.id}>
              <button
                type="button"
                className="document-item"
                aria-current={glossary.id === activeGlossaryId ? 'true' : undefined}
                onClick={() => onOpen(glossary.id)}
              >
                <span className="title">{glossary.name}</span>
                <span className="meta">
                  {glossary.sourceLang} → {glossary.targetLang}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="library-empty">No glossary yet. Open the glossary (Ctrl+Shift+G) or mark a Term to start one.</p>
      )}
    </section>
  );
}
