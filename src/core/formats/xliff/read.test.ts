import { describe, expect, it } from 'vitest';
import { plainText, tagsOf } from '../../bilingual/content';
import { BilingualFormatError } from '../../bilingual/errors';
import type { BilingualErrorCode } from '../../bilingual/errors';
import { bilingualFixtures } from '../../../../tests/fixtures/bilingual';
import { detectBilingualFormat, looksLikeBilingual } from './detect';
import { MAX_BILINGUAL_BYTES } from './guard';
import { readBilingual, tmxLanguagePairs } from './read';

const fixtures = bilingualFixtures(36);

function refusal(text: string, fileName = 'bad.xlf'): BilingualFormatError {
  try {
    readBilingual(text, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(BilingualFormatError);
    return error as BilingualFormatError;
  }
  throw new Error('expected a BilingualFormatError');
}

const X12 = (units: string, attrs = 'version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"') =>
  `<xliff ${attrs}><file original="a.txt" source-language="zh" target-language="en" datatype="plaintext"><body>${units}</body></file></xliff>`;

describe('readBilingual: XLIFF 1.2', () => {
  const doc = readBilingual(fixtures.xliff12, 'news.xlf');

  it('reads every trans-unit of both files, with ids from the file', () => {
    expect(doc).toMatchObject({ format: 'xliff-1.2', version: '1.2', srcLang: 'zh-CN', tgtLang: 'en-US' });
    expect(doc.segments[0]!.id).toBe('newstest2021-a.txt/u1');
    expect(doc.segments.at(-1)!.fileId).toBe('newstest2021-b.txt');
  });

  it('each <mrk mtype="seg"> of <seg-source> is a segment, its target the <mrk> of the same mid', () => {
    const segmented = doc.segments.filter((segment) => segment.unitId === 'u6');
    expect(segmented.map((segment) => segment.id)).toEqual(['newstest2021-a.txt/u6/1', 'newstest2021-a.txt/u6/2']);
    expect(plainText(segmented[1]!.target)).not.toBe('');
  });

  it('inline tags are tokens with their element, attributes, pairing and native code', () => {
    const g = doc.segments[0]!;
    expect(tagsOf(g.target).map((tag) => [tag.kind, tag.element, tag.id])).toEqual([
      ['open', 'g', '1'],
      ['close', 'g', undefined],
    ]);
    const bpt = doc.segments[2]!;
    const tags = tagsOf(bpt.target);
    expect(tags.map((tag) => [tag.kind, tag.element, tag.pairKey ?? null, tag.code])).toEqual([
      ['open', 'bpt', '3', '<i>'],
      ['close', 'ept', '3', '</i>'],
      ['standalone', 'ph', null, '{0}'],
    ]);
    expect(plainText(bpt.target, 'placeholder')).toMatch(/^⟦1⟧\S+⟦\/1⟧ .*⟦2\/⟧$/);
  });

  it('maps state and approved, keeps the original value, and keeps notes; the MT target is the target', () => {
    expect(doc.segments.map((segment) => segment.state).slice(0, 5)).toEqual(['translated', 'needs-review', 'reviewed', 'translated', 'initial']);
    expect(doc.segments[1]!.originalState).toBe('needs-review-translation');
    expect(doc.segments[2]!.originalState).toBe('signed-off;approved');
    expect(doc.segments[3]!.notes[0]).toMatchObject({ author: 'editor' });
    expect(doc.segments[3]!.notes[0]!.text).toMatch(/^Reviewer note 4/);
    for (const segment of doc.segments) expect(segment.mtTarget).toBe(segment.target);
    expect(doc.segments[4]!.target).toEqual([]);
  });

  it('.sdlxliff: detected by the SDL namespace, sdl:seg conf as the state, Trados comments as notes', () => {
    const sdl = readBilingual(fixtures.sdlxliff, 'news.sdlxliff');
    expect(sdl.format).toBe('sdlxliff');
    expect(sdl.segments.slice(0, 3).map((segment) => [segment.state, segment.originalState])).toEqual([
      ['translated', 'Translated'],
      ['translated', 'Draft'],
      ['reviewed', 'ApprovedTranslation'],
    ]);
    const withComment = X12(
      '<trans-unit id="1"><source>源</source><seg-source><mrk mtype="seg" mid="1">源</mrk></seg-source><target><mrk mtype="seg" mid="1"><mrk mtype="x-sdl-comment" sdl:cid="c1">Target</mrk></mrk></target><sdl:seg-defs><sdl:seg id="1" conf="RejectedTranslation"/></sdl:seg-defs></trans-unit>',
    ).replace('<file', '<doc-info xmlns="http://sdl.com/FileTypes/SdlXliff/1.0"><cmt-defs><cmt-def id="c1"><Comments><Comment user="Ann">Wrong term</Comment></Comments></cmt-def></cmt-defs></doc-info><file').replace('xmlns="urn:oasis:names:tc:xliff:document:1.2"', 'xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"');
    const segment = readBilingual(withComment, 'c.sdlxliff').segments[0]!;
    expect(segment.state).toBe('needs-review');
    expect(segment.notes).toEqual([{ text: 'Wrong term', author: 'Ann' }]);
  });
});

describe('readBilingual: XLIFF 2.0 and TMX', () => {
  it('XLIFF 2.0: units, segments and ignorables, notes, states, <pc>/<ph>/<sc>/<ec> with originalData', () => {
    const doc = readBilingual(fixtures.xliff20, 'news.xlf');
    expect(doc).toMatchObject({ format: 'xliff-2', version: '2.0', srcLang: 'zh-CN', tgtLang: 'en-US' });
    expect(doc.segments[0]!.id).toBe('f1/u1/s1');
    expect(tagsOf(doc.segments[0]!.target).map((tag) => [tag.kind, tag.element, tag.code])).toEqual([
      ['open', 'pc', '<b>'],
      ['close', 'pc', '</b>'],
    ]);
    expect(tagsOf(doc.segments[2]!.target).map((tag) => [tag.kind, tag.element, tag.pairKey, tag.code])).toEqual([
      ['open', 'sc', '3', '<i>'],
      ['close', 'ec', '3', '</i>'],
    ]);
    expect(doc.segments[1]!.state).toBe('needs-review');
    expect(doc.segments.find((segment) => segment.ignorable)?.id).toBe('f1/u6/#2');
    expect(readBilingual(fixtures.xliff21, 'news.xlf').version).toBe('2.1');
  });

  it('TMX: lists the pairs and reads the one chosen', () => {
    expect(tmxLanguagePairs(fixtures.tmx, 'tm.tmx').slice(0, 2)).toEqual([
      { srcLang: 'zh-CN', tgtLang: 'en-US', units: 36 },
      { srcLang: 'en-US', tgtLang: 'zh-CN', units: 36 },
    ]);
    const doc = readBilingual(fixtures.tmx, 'tm.tmx');
    expect(doc).toMatchObject({ format: 'tmx', srcLang: 'zh-CN', tgtLang: 'en-US' });
    expect(doc.segments).toHaveLength(36);
    expect(tagsOf(doc.segments[0]!.target).map((tag) => [tag.kind, tag.element, tag.pairKey])).toEqual([
      ['open', 'bpt', '1'],
      ['close', 'ept', '1'],
    ]);
    const german = readBilingual(fixtures.tmx, 'tm.tmx', { languages: { srcLang: 'en', tgtLang: 'de' } });
    expect(german.segments.length).toBe(4);
    expect(refusalOf(() => readBilingual(fixtures.tmx, 'tm.tmx', { languages: { srcLang: 'zh', tgtLang: 'fr' } }))).toBe('language-pair');
  });

  it('detects the format from the content, not the extension', () => {
    expect(detectBilingualFormat(fixtures.tmx, 'tm.xlf')).toEqual({ format: 'tmx', version: '1.4' });
    expect(detectBilingualFormat(fixtures.sdlxliff, 'x.xml')).toEqual({ format: 'sdlxliff', version: '1.2' });
    expect(detectBilingualFormat(fixtures.xliff21, 'x.tmx')).toEqual({ format: 'xliff-2', version: '2.1' });
  });
});

function refusalOf(read: () => unknown): BilingualErrorCode {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(BilingualFormatError);
    return (error as BilingualFormatError).code;
  }
  throw new Error('expected a BilingualFormatError');
}

describe('readBilingual: bad input is refused with the file and the reason', () => {
  it('malformed XML, with line and column', () => {
    const error = refusal('<xliff version="1.2">\n  <file>\n</xliff>', 'broken.xlf');
    expect(error.code).toBe('malformed');
    expect([error.line, error.column]).toEqual([3, 1]);
    expect(error.message).toBe('Could not import “broken.xlf”: it is not well-formed XML (line 3, column 1: expected </file> but found </xliff>).');
  });

  it('DTDs and entity declarations', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><xliff version="1.2">&b;</xliff>';
    expect(refusal(bomb).code).toBe('dtd');
    expect(refusal(bomb).reason).toMatch(/declares a DTD or entities/);
  });

  it('inline tags that do not pair', () => {
    expect(refusal(X12('<trans-unit id="1"><source>a<bpt id="1">[b]</bpt>b</source></trans-unit>')).reason).toMatch(/opened but never closed/);
    expect(refusal(X12('<trans-unit id="1"><source>a<ept id="9">[/b]</ept></source></trans-unit>')).code).toBe('unpaired-tags');
    const xliff2 = '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh"><file id="f"><unit id="u"><segment><source><ec startRef="9"/>a</source></segment></unit></file></xliff>';
    expect(refusal(xliff2).code).toBe('unpaired-tags');
  });

  it('unknown versions, wrong roots, empty and too-large files, no units', () => {
    expect(refusal(X12('', 'version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1"')).code).toBe('wrong-root');
    expect(refusal(X12('', 'version="1.0"')).reason).toMatch(/^it is XLIFF version “1.0”; Glossa reads XLIFF 1.2, 2.0 and 2.1 \(line 1, column 1\)\.$/);
    expect(refusal('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="3.0" srcLang="zh"/>').code).toBe('unknown-version');
    expect(refusal('<tmx version="1.1"><header/><body/></tmx>').code).toBe('unknown-version');
    expect(refusal('<html><body/></html>').reason).toMatch(/not an XLIFF or TMX file \(the root element is <html>\)/);
    expect(refusal('  \n').code).toBe('empty');
    expect(refusal(`<xliff>${'x'.repeat(MAX_BILINGUAL_BYTES)}</xliff>`).code).toBe('too-large');
    expect(refusal(X12('')).code).toBe('no-segments');
    expect(refusal(X12('<trans-unit><source>a</source></trans-unit>')).reason).toMatch(/has no id/);
  });
});

describe('looksLikeBilingual: the content decides, the extension only adds', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('recognises XLIFF and TMX by their root element whatever the file is called', () => {
    expect(looksLikeBilingual('export.txt', bytes('<?xml version="1.0"?>\n<!-- from memoQ -->\n<xliff version="1.2">'))).toBe(true);
    expect(looksLikeBilingual('memory.xml', bytes('\uFEFF<tmx version="1.4"><header/>'))).toBe(true);
    expect(looksLikeBilingual('a.xml', new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'<xliff>'].map((c) => c.charCodeAt(0))).buffer)]))).toBe(true);
  });
  it('leaves other documents to the document importer, and sends a file named .xlf to the XLIFF reader even when it is not XLIFF', () => {
    expect(looksLikeBilingual('article.html', bytes('<!doctype html><html><body>xliff</body></html>'))).toBe(false);
    expect(looksLikeBilingual('notes.txt', bytes('The <xliff> element is the root.'))).toBe(false);
    expect(looksLikeBilingual('broken.xlf', bytes('not xml at all'))).toBe(true);
  });
});
