/**
 * Export back into the same XLIFF: the original file's text, re-read (format from its content),
 * with the reviewer's edits spliced in (write-12.ts, write-20.ts). Without edits the result is
 * the original text, byte for byte.
 */
import { BilingualExportError, BilingualFormatError } from '../../bilingual/errors';
import { formatOfRoot } from './detect';
import type { DetectedFormat } from './detect';
import { applySplices } from './edits';
import type { SegmentEdit } from './edits';
import { parseBilingualXml, refuser } from './guard';
import { xliff12Splices } from './write-12';
import { xliff2Splices } from './write-20';

/** The original XLIFF (1.2, .sdlxliff or 2.x) with `edits` in place. Throws BilingualExportError. */
export function exportXliff(original: string, fileName: string, edits: readonly SegmentEdit[]): string {
  let detected: DetectedFormat | undefined;
  let root;
  try {
    root = parseBilingualXml(original, fileName, (element, refuse) => {
      detected = formatOfRoot(element, refuse);
    });
  } catch (error) {
    if (error instanceof BilingualFormatError) throw new BilingualExportError('original-unreadable', error.message);
    throw error;
  }
  if (edits.length === 0) return original;
  const refuse = refuser(fileName, original);
  const { format } = detected!;
  if (format === 'tmx') throw new BilingualExportError('original-unreadable', `“${fileName}” is a TMX file; export TMX with writeTmx.`);
  const splices = format === 'xliff-2' ? xliff2Splices(original, root, refuse, edits) : xliff12Splices(original, root, refuse, edits, format === 'sdlxliff');
  return applySplices(original, splices);
}
