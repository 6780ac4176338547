import { describe, expect, it } from 'vitest';
import { detectGlossaryFormat, GLOSSARY_ACCEPT, GLOSSARY_FORMAT_LABELS, GLOSSARY_FORMATS_SUMMARY, looksLikeTermbase, xmlRootName } from './detect';
import { writeCsv, writeTsv } from './delimited';
import { writeJson } from './json';

const MEMOQ_HEAD = 'Entry_ID;Entry_Subject;Entry_Domain;Entry_ClientID;Entry_ProjectID;Entry_Created;Entry_Creator;Entry_LastModified;Entry_Modifier;Entry_Note;English_Def;English;Term_Info\n1;;;';

describe('detectGlossaryFormat', () => {
  it('goes by the extension for .xlsx and .json, in any case and with a folder', () => {
    expect(detectGlossaryFormat('terms.xlsx', '')).toBe('xlsx');
    expect(detectGlossaryFormat('C:\\Users\\lin\\Terms.XLSX', '')).toBe('xlsx');
    expect(detectGlossaryFormat('/home/lin/terms.json', '{}')).toBe('json');
  });

  it('tells TBX v2 (martif) from TBX v3 by the root element', () => {
    expect(detectGlossaryFormat('a.tbx', '<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n<martif type="TBX" xml:lang="en">')).toBe('tbx-v2');
    expect(detectGlossaryFormat('a.tbx', '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<?xml-model href="TBXcoreStructV03.rng"?>\n<!-- exported -->\n<tbx type="TBX-Basic" style="dca">')).toBe('tbx');
    expect(detectGlossaryFormat('a.tbx', '<tbx:tbx xmlns:tbx="urn:iso:std:iso:30042:ed-2">')).toBe('tbx');
    expect(detectGlossaryFormat('a.tbx', '<html>')).toBe('tbx');
    expect(detectGlossaryFormat('a.tbx', '')).toBe('tbx');
  });

  it('reads .xml as TBX only with a TBX root', () => {
    expect(detectGlossaryFormat('a.xml', '<martif>')).toBe('tbx-v2');
    expect(detectGlossaryFormat('a.xml', '<!DOCTYPE tbx [ <!ENTITY a "<b>"> ]><tbx>')).toBe('tbx');
    expect(detectGlossaryFormat('a.xml', '<?xml version="1.0"?><mtf><conceptGrp>')).toBeNull();
    expect(detectGlossaryFormat('a.xml', '<!-- never closed')).toBeNull();
  });

  it('reads .csv as CSV unless it starts with memoQ’s Entry_ columns', () => {
    expect(detectGlossaryFormat('a.csv', writeCsv([]))).toBe('csv');
    expect(detectGlossaryFormat('a.csv', 'whatever')).toBe('csv');
    expect(detectGlossaryFormat('a.csv', MEMOQ_HEAD)).toBe('memoq');
    expect(detectGlossaryFormat('a.csv', `\uFEFF${MEMOQ_HEAD.replace(/;/g, ',')}`)).toBe('memoq');
    expect(detectGlossaryFormat('a.csv', '"Entry_ID";"English"')).toBe('memoq');
    expect(detectGlossaryFormat('a.csv', 'Entry_ID')).toBe('csv');
  });

  it('reads .tsv and .tab as TSV when the first line is a known header, as OmegaT otherwise', () => {
    expect(detectGlossaryFormat('a.tsv', writeTsv([]))).toBe('tsv');
    expect(detectGlossaryFormat('a.tab', 'Chinese\tEnglish\tNote\n大部制\tsuper-ministry\t')).toBe('tsv');
    expect(detectGlossaryFormat('a.tab', '大部制\tsuper-ministry system\tcomment')).toBe('omegat');
    expect(detectGlossaryFormat('a.tsv', '大部制\tsuper-ministry system')).toBe('omegat');
    expect(detectGlossaryFormat('a.tsv', '')).toBe('tsv');
    expect(detectGlossaryFormat('a.tab', '')).toBe('omegat');
    expect(detectGlossaryFormat('a.tab', MEMOQ_HEAD.replace(/;/g, '\t'))).toBe('memoq');
  });

  it('reads .txt and .utf8 as OmegaT unless the first line is a known header', () => {
    expect(detectGlossaryFormat('glossary.txt', '# OmegaT\n大部制\tsuper-ministry system')).toBe('omegat');
    expect(detectGlossaryFormat('glossary.utf8', '大部制\tsuper-ministry system\tfrom the guide')).toBe('omegat');
    expect(detectGlossaryFormat('glossary.txt', 'Source\tTarget\tNote\r\n大部制\tsuper-ministry\t')).toBe('tsv');
    expect(detectGlossaryFormat('glossary.txt', 'Source;Target;Note\n')).toBe('csv');
    expect(detectGlossaryFormat('glossary.txt', '"Term","Translation"\n')).toBe('csv');
    expect(detectGlossaryFormat('glossary.txt', 'Hello, world\n')).toBe('omegat');
    expect(detectGlossaryFormat('glossary.txt', 'Source\tQuelle\n')).toBe('omegat');
    expect(detectGlossaryFormat('glossary.txt', MEMOQ_HEAD)).toBe('memoq');
    expect(detectGlossaryFormat('glossary.txt', '')).toBe('omegat');
  });

  it('uses the glossary’s languages to recognise a header naming them', () => {
    expect(detectGlossaryFormat('g.txt', 'Deutsch\tEnglish')).toBe('omegat');
    expect(detectGlossaryFormat('g.txt', 'Deutsch\tEnglish', { sourceLang: 'de', targetLang: 'en' })).toBe('tsv');
  });

  it('looks at the content when the extension says nothing', () => {
    expect(detectGlossaryFormat('export', '<?xml version="1.0"?><martif>')).toBe('tbx-v2');
    expect(detectGlossaryFormat('export.dat', '  <tbx>')).toBe('tbx');
    expect(detectGlossaryFormat('export', writeJson([], { name: 'x' }))).toBe('json');
    expect(detectGlossaryFormat('export', '{"a": 1}')).toBeNull();
    expect(detectGlossaryFormat('terms.docx', 'PK')).toBeNull();
    expect(detectGlossaryFormat('.csv', 'Source,Target')).toBeNull();
  });
});

describe('xmlRootName', () => {
  it('skips the declaration, processing instructions, comments and a DOCTYPE with an internal subset', () => {
    expect(xmlRootName('<?xml version="1.0"?><!-- <tbx> --><!DOCTYPE x [ <!ELEMENT a (b)> ]>\n<ns:Martif a="1">')).toBe('martif');
    expect(xmlRootName('')).toBeNull();
    expect(xmlRootName('text')).toBeNull();
    expect(xmlRootName('<?xml never closed')).toBeNull();
  });
});

describe('GLOSSARY_ACCEPT and the labels', () => {
  it('lists every extension detectGlossaryFormat goes by', () => {
    expect(GLOSSARY_ACCEPT.split(',')).toEqual(['.csv', '.tsv', '.tab', '.txt', '.utf8', '.tbx', '.xml', '.xlsx', '.json']);
    for (const extension of GLOSSARY_ACCEPT.split(',')) {
      const head = extension === '.xml' ? '<tbx>' : '';
      expect(detectGlossaryFormat(`terms${extension}`, head), extension).not.toBeNull();
    }
    expect(GLOSSARY_FORMATS_SUMMARY).toMatch(/CSV.*Excel.*TBX.*OmegaT.*memoQ.*JSON/);
    expect(Object.keys(GLOSSARY_FORMAT_LABELS).sort()).toEqual(['csv', 'json', 'memoq', 'omegat', 'tbx', 'tbx-v2', 'tsv', 'xlsx']);
  });
});

describe('looksLikeTermbase', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('knows TBX v3 and v2 by their root, not their name, and nothing else', () => {
    expect(looksLikeTermbase(bytes('\uFEFF<?xml version="1.0"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en">'))).toBe(true);
    expect(looksLikeTermbase(bytes('<?xml version="1.0"?><!-- a glossary --><martif type="TBX">'))).toBe(true);
    expect(looksLikeTermbase(bytes('<?xml version="1.0"?><xliff version="1.2">'))).toBe(false);
    expect(looksLikeTermbase(bytes('tbx is a format for termbases'))).toBe(false);
    expect(looksLikeTermbase(new Uint8Array(0))).toBe(false);
  });
});
