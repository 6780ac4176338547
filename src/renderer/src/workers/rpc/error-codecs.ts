/**
 * Errors cross the worker boundary as plain data (structured clone keeps neither the class nor
 * its fields), so each refusal a worker may throw has a codec here, used on both sides: a
 * GlossaryFormatError thrown in a worker is a GlossaryFormatError again in the window.
 */
import { ArchiveLimitError, type ArchiveProblem } from '@core/formats/archive';
import { DocumentImportError, type ImportErrorKind } from '@core/formats/documents/import-error';
import { GlossaryFormatError } from '@core/formats/glossary';

/** An error as it travels: `type` picks the codec; anything unknown travels as `{ type: 'Error' }`. */
export type SerializedError = { type: string; message: string; data?: Record<string, unknown> };

interface ErrorCodec {
  type: string;
  encode(error: unknown): Record<string, unknown> | null;
  decode(data: Record<string, unknown>): Error;
}

const CODECS: readonly ErrorCodec[] = [
  {
    type: 'DocumentImportError',
    encode: (error) => (error instanceof DocumentImportError ? { fileName: error.fileName, kind: error.kind, reason: error.reason } : null),
    decode: (data) => new DocumentImportError(data.fileName as string | null, data.kind as ImportErrorKind, data.reason as string),
  },
  {
    type: 'GlossaryFormatError',
    encode: (error) => (error instanceof GlossaryFormatError ? { fileName: error.fileName, reason: error.reason } : null),
    decode: (data) => new GlossaryFormatError(data.fileName as string, data.reason as string),
  },
  {
    type: 'ArchiveLimitError',
    encode: (error) => (error instanceof ArchiveLimitError ? { fileName: error.fileName, problem: error.problem } : null),
    decode: (data) => new ArchiveLimitError(data.fileName as string, data.problem as ArchiveProblem),
  },
];

export function serializeError(error: unknown): SerializedError {
  const message = error instanceof Error ? error.message : String(error);
  for (const codec of CODECS) {
    const data = codec.encode(error);
    if (data !== null) return { type: codec.type, message, data };
  }
  return { type: 'Error', message };
}

/** The typed error again, or null when it had no codec (the client reports it as `failed`). */
export function deserializeError(serialized: SerializedError): Error | null {
  const codec = CODECS.find((candidate) => candidate.type === serialized.type);
  return codec && serialized.data ? codec.decode(serialized.data) : null;
}
