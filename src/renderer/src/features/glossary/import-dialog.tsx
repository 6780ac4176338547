// Renderer: the import of a glossary file: for tables (CSV, TSV, Excel) a preview where
// each column is mapped to a term field, then one all-or-nothing import and its report:
// rows added, updated, and skipped with the reason for each.
import { useState } from 'react';
import type { Glossary } from '@core/model';
import { fileLanguageFor, missingLanguages, rowsFromTable, type ColumnField, type FileLanguage, type GlossaryReadResult } from '@core/formats/glossary';
import { titleFromFileName } from '@core/formats/documents/plain-text';
import { getSetting, importIntoNewGlossary, importTerms, useDatabase, type ImportReport } from '../../db';
import { useGlossaryNavigation } from './glossary-navigation';
import { useNotices } from '../../ui/notices';
import type { PendingImport } from './glossary-io';
import { useModalDialog } from '../../ui/modal-dialog';
import { errorMessage } from '@core/errors';

const FIELD_LABELS: ReadonlyArray<{ field: ColumnField; label: string }> = [
  { field: 'ignore', label: '(ignore)' },
  { field: 'source', label: 'Source term' },
  { field: 'target', label: 'Target (MT)' },
  { field: 'preferred', label: 'Preferred' },
  { field: 'forbidden', label: 'Forbidden variants' },
  { field: 'status', label: 'Status' },
  { field: 'partOfSpeech', label: 'Part of speech' },
  { field: 'domain', label: 'Domain' },
  { field: 'definition', label: 'Definition' },
  { field: 'context', label: 'Context' },
  { field: 'note', label: 'Note' },
  { field: 'author', label: 'Author' },
  { field: 'createdAt', label: 'Created' },
  { field: 'updatedAt', label: 'Updated' },
];

const PREVIEW_ROWS = 5;

interface ImportDialogProps {
  glossary: Glossary;
  pending: PendingImport;
  /** Reads the same file again in another language pair (the file's languages are not the glossary's). */
  reread(langs: { sourceLang: string; targetLang: string; requireSource: true }): Promise<PendingImport>;
  onClose(): void;
}

/** Where the terms of a file in other languages go: a new glossary of its pair (the default), or this one with a mapping. */
type Destination = { into: 'new'; sourceLang: string; targetLang: string; name: string } | { into: 'this'; sourceLang: string; targetLang: string };

export function ImportDialog({ glossary, pending, reread, onClose }: ImportDialogProps) {
  const db = useDatabase();
  const { notify } = useNotices();
  const { openGlossary } = useGlossaryNavigation();
  const [mapping, setMapping] = useState<ColumnField[]>(pending.kind === 'table' ? pending.mapping : []);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [created, setCreated] = useState<Glossary | null>(null);
  const [busy, setBusy] = useState(false);
  const languages = pending.kind === 'rows' ? pending.result.languages : undefined;
  const missing = missingLanguages(languages, glossary);
  const [destination, setDestination] = useState<Destination | null>(() => firstDestination(pending, glossary, missing));

  const run = async () => {
    if (destination) return runElsewhere(destination);
    let result: GlossaryReadResult;
    if (pending.kind === 'table') {
      if (!mapping.some((field) => field === 'source' || field === 'target' || field === 'preferred')) {
        notify('error', 'Map at least one column to the source term, the target or the preferred translation.');
        return;
      }
      result = rowsFromTable(pending.table, mapping);
    } else {
      result = pending.result;
    }
    setBusy(true);
    try {
      const author = (await getSetting(db, 'authorName', '')) || 'Translator';
      setReport(await importTerms(db, glossary.id, result.rows, { author, ...(result.rowNumbers ? { rowNumbers: result.rowNumbers } : {}), skipped: result.skipped, ...keptOf(result) }));
    } catch (error) {
      notify('error', `Could not import “${pending.fileName}”: ${errorMessage(error)} Nothing was stored.`);
      onClose();
    } finally {
      setBusy(false);
    }
  };

  // The file's languages are not the glossary's: read it again in the pair chosen, never
  // making a term with no source.
  const runElsewhere = async (chosen: Destination) => {
    if (chosen.sourceLang.toLowerCase() === chosen.targetLang.toLowerCase()) {
      notify('error', 'Choose two different languages.');
      return;
    }
    setBusy(true);
    try {
      const again = await reread({ sourceLang: chosen.sourceLang, targetLang: chosen.targetLang, requireSource: true });
      if (again.kind !== 'rows') throw new Error('the file changed kind when read again.');
      const { rows, skipped, rowNumbers } = again.result;
      const author = (await getSetting(db, 'authorName', '')) || 'Translator';
      const options = { author, skipped, ...(rowNumbers ? { rowNumbers } : {}), ...keptOf(again.result) };
      if (chosen.into === 'new') {
        const name = chosen.name.trim() || newGlossaryName(pending.fileName, chosen);
        const done = await importIntoNewGlossary(db, { name, sourceLang: chosen.sourceLang, targetLang: chosen.targetLang }, rows, options);
        setCreated(done.glossary);
        setReport(done.report);
      } else {
        setReport(await importTerms(db, glossary.id, rows, options));
      }
    } catch (error) {
      notify('error', `Could not import “${pending.fileName}”: ${errorMessage(error)} Nothing was stored.`);
      onClose();
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    onClose();
    if (created) openGlossary(created.id);
  };
  const ref = useModalDialog(close);

  const used = new Set(mapping.filter((field) => field !== 'ignore'));
  const title = report
    ? created
      ? `Imported “${pending.fileName}” into the new glossary “${created.name}”`
      : `Imported “${pending.fileName}”`
    : `Import “${pending.fileName}” into “${glossary.name}”`;
  return (
    <dialog ref={ref} aria-label={title} className="import-dialog" onCancel={close}>
      <h2>{title}</h2>
      {report ? (
        <ImportReportView report={report} />
      ) : pending.kind === 'table' ? (
        <>
          <p>
            Choose what each column holds. {pending.table.rows.length.toLocaleString()} rows; the first {Math.min(PREVIEW_ROWS, pending.table.rows.length)} are
            shown.
          </p>
          <div className="mapping-preview">
            <table>
              <thead>
                <tr>
                  {pending.table.header.map((header, index) => (
                    <th key={index} scope="col">
                      <label>
                        <span className="column-name">{header || `Column ${index + 1}`}</span>
                        <select
                          aria-label={`Column “${header || index + 1}” holds`}
                          value={mapping[index] ?? 'ignore'}
                          onChange={(event) => {
                            const next = [...mapping];
                            const field = event.target.value as ColumnField;
                            // One column per field: choosing it here frees it elsewhere.
                            for (let other = 0; other < next.length; other += 1) if (next[other] === field && field !== 'ignore') next[other] = 'ignore';
                            next[index] = field;
                            setMapping(next);
                          }}
                        >
                          {FIELD_LABELS.map(({ field, label }) => (
                            <option key={field} value={field}>
                              {label}
                              {field !== 'ignore' && used.has(field) && mapping[index] !== field ? ' (in use)' : ''}
                            </option>
                          ))}
                        </select>
                      </label>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {pending.table.rows.slice(0, PREVIEW_ROWS).map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {pending.table.header.map((_, index) => (
                      <td key={index}>{row[index] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : destination && languages ? (
        <LanguageChoice glossary={glossary} fileName={pending.fileName} languages={languages} missing={missing} destination={destination} onChange={setDestination} />
      ) : (
        <>
          {languages && languages.length > 0 ? <FileLanguages languages={languages} /> : null}
          <p>
            {pending.result.rows.length.toLocaleString()} {pending.result.rows.length === 1 ? 'entry' : 'entries'} read
            {pending.result.skipped.length > 0 ? `, ${pending.result.skipped.length} unusable` : ''}. Terms already in the glossary are updated.
          </p>
        </>
      )}
      <div className="dialog-actions">
        {report ? (
          <button type="button" className="primary" autoFocus onClick={close}>
            {created ? 'Open the new glossary' : 'Close'}
          </button>
        ) : (
          <>
            <button type="button" className="primary" autoFocus disabled={busy} onClick={() => void run()}>
              {busy ? 'Importing…' : 'Import'}
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </>
        )}
      </div>
    </dialog>
  );
}

/** What a TBX file holds beyond its rows, for the glossary to keep. */
function keptOf(result: GlossaryReadResult): { keptConcepts?: GlossaryReadResult['keptConcepts']; tbxBack?: string } {
  return { ...(result.keptConcepts ? { keptConcepts: result.keptConcepts } : {}), ...(result.meta.tbxBack ? { tbxBack: result.meta.tbxBack } : {}) };
}

function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <div className="import-report" role="status">
      <p>
        <strong>{report.added.toLocaleString()}</strong> added, <strong>{report.updated.toLocaleString()}</strong> updated,{' '}
        <strong>{report.skipped.length.toLocaleString()}</strong> skipped.
        {report.kept > 0 ? (
          <>
            {' '}
            <strong>{report.kept.toLocaleString()}</strong> {report.kept === 1 ? 'concept' : 'concepts'} in other languages only kept whole with the glossary, for its TBX exports.
          </>
        ) : null}
      </p>
      {report.skipped.length > 0 ? (
        <details open={report.skipped.length <= 20}>
          <summary>Skipped rows</summary>
          <ul aria-label="Skipped rows">
            {report.skipped.slice(0, 500).map((skipped, index) => (
              <li key={index}>
                Row {skipped.row}: {skipped.reason}
              </li>
            ))}
            {report.skipped.length > 500 ? <li>…and {report.skipped.length - 500} more.</li> : null}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** "Example TBX-Core DCA VALID (en → es)": a new glossary named after its file and its pair. */
function newGlossaryName(fileName: string, pair: { sourceLang: string; targetLang: string }): string {
  return `${titleFromFileName(fileName)} (${pair.sourceLang} → ${pair.targetLang})`;
}

function firstDestination(pending: PendingImport, glossary: Glossary, missing: readonly string[]): Destination | null {
  if (pending.kind !== 'rows' || missing.length === 0 || !pending.result.languages?.length) return null;
  const languages = pending.result.languages;
  const own = pending.result.filePair;
  if (own) return { into: 'new', ...own, name: newGlossaryName(pending.fileName, own) };
  // One language only: this glossary, reading it as whichever side it matches.
  return { into: 'this', ...mappedPair(languages, glossary) };
}

/** The file's languages read as the glossary's: the same tags where the file has them, else two different ones. */
function mappedPair(languages: readonly FileLanguage[], glossary: Glossary): { sourceLang: string; targetLang: string } {
  const tags = languages.map((language) => language.lang);
  const targetLang = fileLanguageFor(languages, glossary.targetLang) ?? tags.find((tag) => tag !== fileLanguageFor(languages, glossary.sourceLang)) ?? tags[0]!;
  const sourceLang = fileLanguageFor(languages, glossary.sourceLang) ?? tags.find((tag) => tag !== targetLang) ?? tags[0]!;
  return { sourceLang, targetLang };
}

const LANGUAGE_NAMES = new Intl.DisplayNames(undefined, { type: 'language', fallback: 'none' });

function languageName(lang: string): string {
  try {
    const name = LANGUAGE_NAMES.of(lang);
    return name ? `${name} (${lang})` : lang;
  } catch {
    return lang;
  }
}

function FileLanguages({ languages }: { languages: readonly FileLanguage[] }) {
  return (
    <table className="file-languages" aria-label="Languages in the file">
      <thead>
        <tr>
          <th scope="col">Language</th>
          <th scope="col">Entries</th>
          <th scope="col">Terms</th>
        </tr>
      </thead>
      <tbody>
        {languages.map((language) => (
          <tr key={language.lang}>
            <th scope="row">{languageName(language.lang)}</th>
            <td>{language.entries.toLocaleString()}</td>
            <td>{language.terms.toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface LanguageChoiceProps {
  glossary: Glossary;
  fileName: string;
  languages: readonly FileLanguage[];
  missing: readonly string[];
  destination: Destination;
  onChange(next: Destination): void;
}

/**
 * The file has no terms in some of the glossary's languages: where its terms go. A new
 * glossary of the file's languages is the default; reading two of them as this glossary's
 * pair is the other choice (entries without a term in the source language are skipped).
 */
function LanguageChoice({ glossary, fileName, languages, missing, destination, onChange }: LanguageChoiceProps) {
  const tags = languages.map((language) => language.lang);
  const mapped = mappedPair(languages, glossary);
  const newName = destination.into === 'new' ? destination.name : newGlossaryName(fileName, destination);
  const select = (label: string, value: string, change: (lang: string) => void, disabled: boolean) => (
    <select aria-label={label} value={value} disabled={disabled} onChange={(event) => change(event.target.value)}>
      {tags.map((tag) => (
        <option key={tag} value={tag}>
          {languageName(tag)}
        </option>
      ))}
    </select>
  );
  const isNew = destination.into === 'new';
  return (
    <div className="language-choice">
      <p role="note">
        “{fileName}” has no terms in {missing.map(languageName).join(' or ')}, and “{glossary.name}” is {glossary.sourceLang} → {glossary.targetLang}.
      </p>
      <FileLanguages languages={languages} />
      <fieldset>
        <legend>Import the terms into</legend>
        <label className="choice">
          <input
            type="radio"
            name="destination"
            checked={isNew}
            onChange={() => onChange({ into: 'new', sourceLang: destination.sourceLang, targetLang: destination.targetLang, name: newName })}
          />
          A new glossary of these languages
        </label>
        <div className="choice-detail">
          {select('New glossary: source language', isNew ? destination.sourceLang : tags[0]!, (lang) => isNew && onChange({ ...destination, sourceLang: lang }), !isNew)}
          <span aria-hidden="true">→</span>
          {select('New glossary: target language', isNew ? destination.targetLang : (tags[1] ?? tags[0]!), (lang) => isNew && onChange({ ...destination, targetLang: lang }), !isNew)}
          <label>
            Name <input type="text" value={newName} disabled={!isNew} onChange={(event) => isNew && onChange({ ...destination, name: event.target.value })} />
          </label>
        </div>
        <label className="choice">
          <input
            type="radio"
            name="destination"
            checked={!isNew}
            onChange={() => onChange({ into: 'this', ...mapped })}
          />
          “{glossary.name}”, reading the file’s languages as its own
        </label>
        <div className="choice-detail">
          {select(`Read as ${glossary.sourceLang} (source)`, !isNew ? destination.sourceLang : mapped.sourceLang, (lang) => !isNew && onChange({ ...destination, sourceLang: lang }), isNew)}
          <span>as {glossary.sourceLang},</span>
          {select(`Read as ${glossary.targetLang} (target)`, !isNew ? destination.targetLang : mapped.targetLang, (lang) => !isNew && onChange({ ...destination, targetLang: lang }), isNew)}
          <span>as {glossary.targetLang}</span>
        </div>
      </fieldset>
      <p className="hint">Entries with no term in the source language are listed and kept whole with the glossary; every entry keeps its other languages, which go back out in TBX exports.</p>
    </div>
  );
}
