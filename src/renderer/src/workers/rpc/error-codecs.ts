/**
 * The refusals a worker may throw, rebuilt in the window from what serializeError sent: a
 * GlossaryFormatError thrown in a worker is a GlossaryFormatError again here, fields and all.
 * A refusal class that must cross a worker boundary gets a line here.
 */
import { ArchiveLimitError, type ArchiveProblem } from '@core/formats/archive/archive-limits';
import { DocumentImportError, type ImportErrorKind } from '@core/formats/documents/import-error';
import { GlossaryFormatError } from '@core/formats/glossary/types';
import type { SerializedError } from './serialize-error';

const DECODERS: Readonly<Record<string, (data: Record<string, unknown>) => Error>> = {
  DocumentImportError: (data) => new DocumentImportError(data.fileName as string | null, data.kind as ImportErrorKind, data.reason as string),
  GlossaryFormatError: (data) => new GlossaryFormatError(data.fileName as string, data.reason as string),
  ArchiveLimitError: (data) => new ArchiveLimitError(data.fileName as string, data.problem as ArchiveProblem),
};

/** The typed error again, or null when Glossa has no class for it (the client reports it as `failed`). */
export function deserializeError(serialized: SerializedError): Error | null {
  const decode = Object.hasOwn(DECODERS, serialized.type) ? DECODERS[serialized.type] : undefined;
  return decode ? decode(serialized.data) : null;
}
