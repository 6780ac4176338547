// Renderer: one system of an MQM TSV opened for review: a bilingual document (source beside the
// system's output) with each rater's error as a flag, authored by the rater, stored with the
// document in one transaction so a failure leaves the library as it was.
import { describeRange } from '@core/anchoring';
import { fileStem } from '@core/file-names';
import { languagePairFromFileName, systemDocument } from '@core/formats/mqm-tsv';
import type { GlossaDocument } from '@core/model';
import { createAnnotation, createDocument, writeAll, type GlossaDatabase } from '../../db';
import { BLOCK_SEPARATOR, bilingualArticle } from '../../editor/bilingual/bilingual-import';
import type { SystemsTable } from './systems-table';

export async function openMqmSystem(db: GlossaDatabase, table: SystemsTable, system: string): Promise<{ document: GlossaDocument; summary: string }> {
  const languages = languagePairFromFileName(table.fileName);
  const { document: bilingual, flags, raters, unplaced } = systemDocument(table.file, system, languages);
  const article = bilingualArticle(bilingual, table.fileName, '', 'mqm-tsv');
  const offsets: number[] = [];
  let offset = 0;
  for (const segment of bilingual.segments) {
    offsets.push(offset);
    offset += segment.mtTarget.reduce((length, item) => length + (item.type === 'text' ? item.text.length : 0), 0) + BLOCK_SEPARATOR.length;
  }
  const { plainText } = article.built;
  const document = await writeAll(
    db,
    ['documents', 'documentTexts', 'baselines', 'bilingual', 'annotations'],
    async () => {
      const created = await createDocument(db, {
        title: `${system} · ${fileStem(table.fileName)}`,
        origin: { kind: 'bilingual', fileName: table.fileName, format: 'mqm-tsv' },
        sourceLang: languages.srcLang,
        targetLang: languages.tgtLang,
        editorState: article.built.editorState,
        plainText,
        wordCount: article.wordCount,
        bilingual: { ...article.record, system, raters: [...raters] },
      });
      for (const flag of flags) {
        const start = offsets[flag.segment]! + flag.start;
        const end = offsets[flag.segment]! + flag.end;
        await createAnnotation(db, {
          docId: created.id,
          kind: 'flag',
          quote: plainText.slice(start, end),
          selectors: describeRange(plainText, start, end),
          body: flag.body,
          ...(flag.categoryId ? { mqmCategory: flag.categoryId } : {}),
          severity: flag.severity,
          author: flag.rater,
        });
      }
      return created;
    },
    { durability: 'strict' },
  );
  const pair = languages.srcLang === 'und' ? 'languages not stated in the file name' : `${languages.srcLang} → ${languages.tgtLang}`;
  const left = unplaced > 0 ? `; ${unplaced} on empty targets could not be placed` : '';
  return {
    document,
    summary: `Opened ${system} from “${table.fileName}”: ${bilingual.segments.length} segments, ${flags.length} errors as flags from ${raters.length} rater${raters.length === 1 ? '' : 's'}${left}, ${pair}.`,
  };
}
