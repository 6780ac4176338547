// Renderer: glossary files in and out. Reading and writing are core's pure functions;
// this module picks the format, talks to the Host for files and to the db for terms.
import type { Host } from '@core/host';
import type { Glossary, Term } from '@core/model';
import type { GlossaryExportFormat, GlossaryRow } from '@core/formats/glossary';
import { encodeGlossaryInWorker } from '../../workers/glossary-file-client';
import { fileStem } from '@core/file-names';

export type { PendingImport } from '@core/formats/glossary';

export type ExportFormat = GlossaryExportFormat;

export const EXPORT_FORMATS: ReadonlyArray<{ format: ExportFormat; label: string; extension: string; mimeType: string }> = [
  { format: 'csv', label: 'CSV (UTF-8)', extension: 'csv', mimeType: 'text/csv' },
  { format: 'tsv', label: 'TSV', extension: 'tsv', mimeType: 'text/tab-separated-values' },
  { format: 'omegat', label: 'OmegaT glossary', extension: 'txt', mimeType: 'text/plain' },
  { format: 'tbx', label: 'TBX-Basic v3 (DCA)', extension: 'tbx', mimeType: 'application/x-tbx+xml' },
  { format: 'tbx-dct', label: 'TBX-Basic v3 (DCT)', extension: 'tbx', mimeType: 'application/x-tbx+xml' },
  { format: 'tbx-v2', label: 'TBX v2 (martif)', extension: 'tbx', mimeType: 'application/x-tbx+xml' },
  { format: 'xlsx', label: 'Excel workbook', extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { format: 'json', label: 'Glossa JSON', extension: 'json', mimeType: 'application/json' },
];

/** A stored term as the exporters take it: the view, and the concept it came with. */
export function rowOfTerm(term: Term): GlossaryRow {
  const row: GlossaryRow = {
    source: term.source,
    target: term.target,
    preferred: term.preferred,
    forbidden: [...term.forbidden],
    status: term.status,
    author: term.author,
    createdAt: term.createdAt,
    updatedAt: term.updatedAt,
  };
  for (const key of ['partOfSpeech', 'domain', 'definition', 'context', 'note'] as const) {
    if (term[key]) row[key] = term[key];
  }
  if (term.concept) row.concept = term.concept;
  return row;
}

/** The file's bytes or text in the chosen format, encoded in a worker. */
function encodeGlossary(format: ExportFormat, glossary: Glossary, terms: readonly Term[]): Promise<string | Uint8Array<ArrayBuffer>> {
  const meta = {
    name: glossary.name,
    description: glossary.description,
    sourceLang: glossary.sourceLang,
    targetLang: glossary.targetLang,
    ...(glossary.keptConcepts?.length ? { keptConcepts: glossary.keptConcepts } : {}),
    ...(glossary.tbxBack ? { tbxBack: glossary.tbxBack } : {}),
  };
  return encodeGlossaryInWorker(format, terms.map(rowOfTerm), meta);
}

export async function exportGlossary(
  host: Host,
  format: ExportFormat,
  glossary: Glossary,
  terms: readonly Term[],
  scopeLabel: string,
): Promise<string | null> {
  const spec = EXPORT_FORMATS.find((candidate) => candidate.format === format)!;
  const data = await encodeGlossary(format, glossary, terms);
  const suffix = format === 'tbx-v2' ? '.v2' : format === 'tbx-dct' ? '.dct' : '';
  const result = await host.saveFile({
    title: `Export ${scopeLabel} as ${spec.label}`,
    suggestedName: `${fileStem(glossary.name)}${suffix}.${spec.extension}`,
    mimeType: spec.mimeType,
    filters: [{ name: spec.label, extensions: [spec.extension] }],
    data,
  });
  return result.saved ? result.location : null;
}
