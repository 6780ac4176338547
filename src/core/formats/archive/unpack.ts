/**
 * Unpacking .docx and .xlsx files within ArchiveLimits, with fflate (which read-excel-file
 * already uses). Two steps, both library code:
 *
 * 1. The central directory is read without inflating anything (unzipSync with a filter that
 *    takes nothing): every entry's declared sizes, checked against the limits.
 * 2. The entries are inflated by fflate's streaming Unzip, counting what comes out, and stopped
 *    the moment an entry yields more than its central directory declared: a forged size costs at
 *    most its declared size in memory and stops as soon as the lie shows.
 *
 * `repackStored` writes the unpacked entries back as an uncompressed zip, so the converters
 * that take a whole archive (mammoth, read-excel-file) only ever copy bytes we have measured.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync, zipSync } from 'fflate';
import { ArchiveLimitError, type ArchiveLimits } from './archive-limits';

interface ArchiveEntry {
  name: string;
  packedBytes: number;
  unpackedBytes: number;
}

/** Pushed to the inflater in pieces this big, so one push never yields more than ~16 MB at once. */
const CHUNK_BYTES = 16 * 1024;

/** The entries the central directory declares; nothing is inflated. Throws ArchiveLimitError 'not-zip'. */
export function listArchiveEntries(fileName: string, bytes: Uint8Array): ArchiveEntry[] {
  const entries: ArchiveEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, packedBytes: file.size, unpackedBytes: file.originalSize });
        return false;
      },
    });
  } catch (cause) {
    throw new ArchiveLimitError(fileName, { code: 'not-zip' }, { cause });
  }
  return entries;
}

/** The declared entries, or ArchiveLimitError when they break a limit. */
export function checkArchive(fileName: string, bytes: Uint8Array, limits: ArchiveLimits): ArchiveEntry[] {
  const entries = listArchiveEntries(fileName, bytes);
  if (entries.length > limits.maxEntries) {
    throw new ArchiveLimitError(fileName, { code: 'too-many-entries', entries: entries.length, limit: limits.maxEntries });
  }
  const total = entries.reduce((sum, entry) => sum + entry.unpackedBytes, 0);
  if (total > limits.maxUnpackedBytes) throw new ArchiveLimitError(fileName, { code: 'too-large', unpackedBytes: total, limit: limits.maxUnpackedBytes });
  for (const entry of entries) {
    if (entry.unpackedBytes > limits.ratioFromBytes && entry.unpackedBytes > entry.packedBytes * limits.maxRatio) {
      throw new ArchiveLimitError(fileName, { code: 'ratio', entry: entry.name, packedBytes: entry.packedBytes, unpackedBytes: entry.unpackedBytes, limit: limits.maxRatio });
    }
  }
  return entries;
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Every entry of the archive, inflated, after `checkArchive`; an entry the central directory
 * does not list is left out (it is not part of the archive any reader sees).
 */
export function unpackWithinLimits(fileName: string, bytes: Uint8Array, limits: ArchiveLimits): Record<string, Uint8Array> {
  const budget = new Map<string, number>();
  for (const entry of checkArchive(fileName, bytes, limits)) budget.set(entry.name, (budget.get(entry.name) ?? 0) + entry.unpackedBytes);
  const files: Record<string, Uint8Array> = {};
  let failure: unknown = null;
  const unzip = new Unzip((file) => {
    const declared = budget.get(file.name);
    if (declared === undefined) return;
    const chunks: Uint8Array[] = [];
    let length = 0;
    file.ondata = (error, data, final) => {
      if (failure !== null) return;
      if (error) {
        // fflate hands what ondata threw (below) back to ondata as the error.
        failure = error instanceof ArchiveLimitError ? error : new ArchiveLimitError(fileName, { code: 'not-zip' }, { cause: error });
        return;
      }
      length += data.length;
      if (length > declared) {
        // Thrown: it unwinds fflate's inflate loop at once; the next push is never made.
        throw new ArchiveLimitError(fileName, { code: 'size-mismatch', entry: file.name, declaredBytes: declared });
      }
      chunks.push(data);
      if (final) files[file.name] = concat(chunks, length);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let offset = 0; offset < bytes.length && failure === null; offset += CHUNK_BYTES) {
      unzip.push(bytes.subarray(offset, offset + CHUNK_BYTES), offset + CHUNK_BYTES >= bytes.length);
    }
  } catch (cause) {
    if (cause instanceof ArchiveLimitError) throw cause;
    throw new ArchiveLimitError(fileName, { code: 'not-zip' }, { cause });
  }
  if (failure !== null) throw failure;
  return files;
}

/** The entries as a zip without compression: reading it back inflates nothing. */
function repackStored(files: Record<string, Uint8Array>): Uint8Array<ArrayBuffer> {
  return zipSync(files, { level: 0 }) as Uint8Array<ArrayBuffer>;
}

/** `unpackWithinLimits` then `repackStored`: the archive as a converter may safely be given it. */
export function defuseArchive(fileName: string, bytes: Uint8Array, limits: ArchiveLimits): Uint8Array<ArrayBuffer> {
  return repackStored(unpackWithinLimits(fileName, bytes, limits));
}
