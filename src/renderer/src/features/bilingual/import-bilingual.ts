// Renderer: an XLIFF (1.2, .sdlxliff, 2.x) or TMX file opened from File › Import or dropped on
// the window becomes a bilingual document. Read whole first, stored after: a file that cannot
// be read leaves the library exactly as it was.
import { decodeText } from '@core/formats/documents/decode-text';
import { notTextError } from '@core/formats/documents/import-error';
import { deriveTitle } from '@core/formats/documents/plain-text';
import { detectBilingualFormat, readBilingual, tmxLanguagePairs, type TmxLanguagePair, type TmxPairChoice } from '@core/formats/xliff';
import type { GlossaDocument } from '@core/model';
import { describeRange } from '@core/anchoring';
import { createAnnotation, createDocument, writeAll, type GlossaDatabase } from '../../db';
import { bilingualArticle } from '../../editor/bilingual/bilingual-import';

interface BilingualFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const FORMAT_NAMES = { 'xliff-1.2': 'XLIFF', sdlxliff: 'Trados SDLXLIFF', 'xliff-2': 'XLIFF', tmx: 'TMX' } as const;

/**
 * Asks which language pair of a TMX with more than two languages to review; null when the
 * reviewer cancels. Without one, the header's source language and its most frequent partner.
 */
export type ChooseLanguagePair = (fileName: string, pairs: readonly TmxLanguagePair[]) => Promise<TmxPairChoice | null>;

/** More than two languages: a memory for several targets, where the pair is the reviewer's choice. */
function needsPairChoice(pairs: readonly TmxLanguagePair[]): boolean {
  return new Set(pairs.flatMap((pair) => [pair.srcLang, pair.tgtLang])).size > 2;
}

/**
 * Reads and stores the file; throws an error whose message names the file and the reason.
 * Resolves to null when the reviewer cancelled the language-pair choice (nothing stored).
 */
export async function importBilingualFile(db: GlossaDatabase, file: BilingualFile, choosePair?: ChooseLanguagePair): Promise<{ document: GlossaDocument; summary: string } | null> {
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) throw notTextError(file.name, decoded.problem);
  let languages: TmxPairChoice | undefined;
  if (choosePair && detectBilingualFormat(decoded.text, file.name).format === 'tmx') {
    const pairs = tmxLanguagePairs(decoded.text, file.name);
    if (needsPairChoice(pairs)) {
      const chosen = await choosePair(file.name, pairs);
      if (!chosen) return null;
      languages = chosen;
    }
  }
  const bilingual = readBilingual(decoded.text, file.name, languages ? { languages } : {});
  // TMX is a memory, not a file to hand back: its pairs are kept, the file itself is not.
  const article = bilingualArticle(bilingual, file.name, bilingual.format === 'tmx' ? '' : decoded.text, bilingual.format);
  // The document and the flags an earlier review wrote into the file, in one transaction.
  const document = await writeAll(db, ['documents', 'documentTexts', 'baselines', 'bilingual', 'annotations'], async () => {
    const created = await createDocument(db, {
    title: deriveTitle(file.name, ''),
    origin: { kind: 'bilingual', fileName: file.name, format: bilingual.format },
    sourceLang: bilingual.srcLang,
    targetLang: bilingual.tgtLang,
    editorState: article.built.editorState,
    plainText: article.built.plainText,
    wordCount: article.wordCount,
    bilingual: article.record,
    });
    for (const flag of article.flags) {
      if (flag.end <= flag.start) continue;
      await createAnnotation(db, {
        docId: created.id,
        kind: 'flag',
        quote: flag.quote,
        selectors: describeRange(article.built.plainText, flag.start, flag.end),
        body: flag.comment ?? '',
        mqmCategory: flag.category,
        severity: flag.severity,
        author: 'Imported review',
      });
    }
    return created;
  }, { durability: 'strict' });
  const shown = article.record.segments.filter((segment) => !segment.ignorable).length;
  const files = bilingual.files.length > 1 ? ` from ${bilingual.files.length} files` : '';
  const flags = article.flags.length > 0 ? `, ${article.flags.length} quality issue${article.flags.length === 1 ? '' : 's'} as flags` : '';
  return { document, summary: `Imported “${file.name}” (${FORMAT_NAMES[bilingual.format]} ${bilingual.version}): ${shown} segments${files}${flags}, ${bilingual.srcLang} → ${bilingual.tgtLang}.` };
}
