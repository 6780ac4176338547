import { views } from './row-view.test-helper';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileLanguageFor, missingLanguages } from './languages';
import { KEPT_REASON, readTbx, TBX_UNREADABLE_REASON } from './tbx-read';
import { writeTbxBasic, writeTbxV2 } from './tbx-write';
import { GlossaryFormatError } from './types';
import type { GlossaryRow } from './types';

const STANDARDS = resolve(__dirname, '../../../../../shared/standards/tbx');
const CORE_EXAMPLE = readFileSync(resolve(STANDARDS, 'Example_TBX-Core_DCA_VALID.tbx'), 'utf8');

/** The reason of the GlossaryFormatError `read` throws (fails the test if it throws anything else or nothing). */
function reasonOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaryFormatError);
    return (error as GlossaryFormatError).reason;
  }
  throw new Error('expected a GlossaryFormatError');
}

const TBX_OPEN = '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">';
const HEADER = '<tbxHeader><fileDesc><sourceDesc><p/></sourceDesc></fileDesc></tbxHeader>';

describe('readTbx: the official TBX-Core example', () => {
  const expectExample = (result: ReturnType<typeof readTbx>): void => {
    // The back matter (the person the transactions name) is kept as written, to go back out.
    expect(result.meta).toEqual({ description: 'TBX file, created via MultiTerm Export', sourceLang: 'en', targetLang: 'es', tbxBack: expect.stringContaining('<item type="fn">Tommy Tomolonis</item>') });
    // 45 entries; six hold only Zulu-tagged bibliography records.
    expect(result.rows).toHaveLength(39);
    expect(result.skipped).toEqual([17, 18, 19, 20, 22, 40].map((row) => ({ row, reason: `it has no term in “en” or “es”. ${KEPT_REASON}` })));
    // Not lost: the six concepts in zu only are kept whole, to be written back.
    expect(result.keptConcepts?.map((concept) => concept.languages.map((language) => language.lang))).toEqual(Array(6).fill(['zu']));
    expect(views(result.rows[0])).toEqual({ source: 'open cluster', target: 'cúmulo abierto', preferred: 'cúmulo abierto', forbidden: [], status: 'proposed' });
    // Glossa's view: the first term of each language (the other synonyms, with no status, stay in the concept).
    expect(views(result.rows[1])).toEqual({
      source: 'circumstellar accretion disk',
      target: 'disco de acreción',
      preferred: 'disco de acreción',
      forbidden: [],
      status: 'proposed',
    });
    expect(views(result.rows.find((row) => row.source === 'globular cluster'))).toEqual({
      source: 'globular cluster',
      target: 'cúmulo globular',
      preferred: 'cúmulo globular',
      forbidden: [],
      status: 'proposed',
      note: 'Related Term: star cluster\nRelated Term: cúmulo estelar',
    });
    // Notes at entry level, wrapped over several indented lines in the file.
    expect(result.rows.find((row) => row.source === 'initial mass function')?.note).toBe(
      'This figure compares the IMFs by ploting mass fraction per dex versus mass, i.e., normalized so that the integral under each curve is unity. They are assumed to be valid from 0.1 to 120 solar masses.\n' +
        'N-Source: http://www.astro.ljmu.ac.uk/~ikb/research/imf-use-in-cosmology.html',
    );
    // Notes at language level.
    expect(views(result.rows.find((row) => row.source === 'white dwarf'))).toEqual({
      source: 'white dwarf',
      target: 'enana blanca',
      preferred: 'enana blanca',
      forbidden: [],
      status: 'proposed',
      note: 'This is the end-result of all but the most massive of stars.\nN-Source: Oxford2007',
    });
    expect(views(result.rows.at(-1))).toEqual({ source: 'black dwarf', target: 'enana negra', preferred: 'enana negra', forbidden: [], status: 'proposed' });
  };

  it('reads it as en → es when asked', () => {
    expectExample(readTbx(CORE_EXAMPLE, 'Example_TBX-Core_DCA_VALID.tbx', { sourceLang: 'en', targetLang: 'es' }));
  });

  it('finds en → es on its own: the root xml:lang, then the first other language', () => {
    expectExample(readTbx(CORE_EXAMPLE, 'Example_TBX-Core_DCA_VALID.tbx'));
  });

  it('reads it the other way round, and with tags that differ only in case or region', () => {
    const result = readTbx(CORE_EXAMPLE, 'Example_TBX-Core_DCA_VALID.tbx', { sourceLang: 'ES', targetLang: 'en-GB' });
    expect(result.meta.sourceLang).toBe('ES');
    expect(views(result.rows[0])).toEqual({ source: 'cúmulo abierto', target: 'open cluster', preferred: 'open cluster', forbidden: [], status: 'proposed' });
  });
});

describe('readTbx: the languages of the file, for an import into a glossary of other languages', () => {
  /** An oracle that does not use the reader: the non-empty <term>s of each language section, counted with regular expressions. */
  function countedByHand(text: string): Map<string, { entries: number; terms: number }> {
    const counts = new Map<string, { entries: number; terms: number }>();
    for (const [, lang, body] of text.matchAll(/<langSec xml:lang="([^"]+)">([\s\S]*?)<\/langSec>/g)) {
      const terms = [...body!.matchAll(/<term>([^<]*)<\/term>/g)].filter(([, term]) => term!.trim() !== '').length;
      if (terms === 0) continue;
      const known = counts.get(lang!) ?? { entries: 0, terms: 0 };
      counts.set(lang!, { entries: known.entries + 1, terms: known.terms + terms });
    }
    return counts;
  }

  it('counts the entries and terms of every language, in the order met, and names the file’s own pair', () => {
    // Read as a zh → en glossary would: the counts are the file's, whatever was asked.
    const result = readTbx(CORE_EXAMPLE, 'Example_TBX-Core_DCA_VALID.tbx', { sourceLang: 'zh', targetLang: 'en' });
    const expected = countedByHand(CORE_EXAMPLE);
    expect(result.languages?.map((language) => language.lang)).toEqual(['en', 'es', 'zu']);
    expect(result.languages).toEqual([...expected].map(([lang, count]) => ({ lang, ...count })));
    expect(result.languages?.find((language) => language.lang === 'zu')?.entries).toBe(6);
    expect(result.filePair).toEqual({ sourceLang: 'en', targetLang: 'es' });
    expect(missingLanguages(result.languages, { sourceLang: 'zh', targetLang: 'en' })).toEqual(['zh']);
    expect(missingLanguages(result.languages, { sourceLang: 'en-US', targetLang: 'ES' })).toEqual([]);
    expect(fileLanguageFor(result.languages!, 'en-GB')).toBe('en');
  });

  it('with requireSource, makes no row without a source term: each such entry is skipped with its reason', () => {
    // What the measured import did: English read as the MT rendering, 39 terms with no source.
    const blind = readTbx(CORE_EXAMPLE, 'Example_TBX-Core_DCA_VALID.tbx', { sourceLang: 'zh', targetLang: 'en' });
    expect(blind.rows.filter((row) => row.source === '')).toHaveLength(39);

    const careful = readTbx(CORE_EXAMPLE, 'Example_TBX-Core_DCA_VALID.tbx', { sourceLang: 'zh', targetLang: 'en', requireSource: true });
    expect(views(careful.rows)).toEqual([]);
    expect(careful.skipped.filter((skip) => skip.reason === `it has no term in “zh”, the source language. ${KEPT_REASON}`)).toHaveLength(39);

    // In the file's own pair nothing changes, and the Zulu-only entries are still named.
    const own = readTbx(CORE_EXAMPLE, 'Example_TBX-Core_DCA_VALID.tbx', { sourceLang: 'en', targetLang: 'es', requireSource: true });
    expect(own.rows).toHaveLength(39);
    expect(own.rows.every((row) => row.source !== '')).toBe(true);
    expect(own.skipped.map((skip) => skip.row)).toEqual([17, 18, 19, 20, 22, 40]);
  });

  it('has no pair of its own with terms in one language only', () => {
    const tbx = `${TBX_OPEN}${HEADER}<text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>star</term></termSec></langSec></conceptEntry></body></text></tbx>`;
    const result = readTbx(tbx, 'one.tbx', { sourceLang: 'zh', targetLang: 'en' });
    expect(result.languages).toEqual([{ lang: 'en', entries: 1, terms: 1 }]);
    expect(result.filePair).toBeUndefined();
    expect(missingLanguages(result.languages, { sourceLang: 'zh', targetLang: 'en' })).toEqual(['zh']);
  });
});

const DCT_SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
     xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <tbxHeader>
    <fileDesc>
      <titleStmt><title>Astronomy (DCT)</title></titleStmt>
      <sourceDesc><p>Hand-written DCT sample</p></sourceDesc>
    </fileDesc>
  </tbxHeader>
  <text>
    <body>
      <conceptEntry id="c1">
        <transacGrp>
          <basic:transactionType>origination</basic:transactionType>
          <date>2010-04-17</date>
          <basic:responsibility target="p1">Tommy</basic:responsibility>
        </transacGrp>
        <transacGrp>
          <basic:transactionType>modification</basic:transactionType>
          <date>2010-05-01T12:30:00Z</date>
          <basic:responsibility>Ana</basic:responsibility>
        </transacGrp>
        <min:subjectField>Astronomy</min:subjectField>
        <note>G-Source: an observatory</note>
        <langSec xml:lang="en">
          <descripGrp>
            <basic:definition>A group of stars formed together
              in the spiral arms of a galaxy.</basic:definition>
            <basic:source>Oxford2007</basic:source>
          </descripGrp>
          <termSec>
            <term>open cluster</term>
            <min:partOfSpeech>noun</min:partOfSpeech>
            <min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus>
            <descripGrp>
              <basic:context>Over 1100 open clusters are known in our Milky Way Galaxy.</basic:context>
              <basic:source>http://seds.org/MESSIER/open.html</basic:source>
            </descripGrp>
          </termSec>
          <termSec>
            <term>galactic cluster</term>
            <min:administrativeStatus>supersededTerm-admn-sts</min:administrativeStatus>
            <note>Another name, not used.</note>
          </termSec>
        </langSec>
        <langSec xml:lang="de">
          <termSec>
            <term>Haufen</term>
            <min:administrativeStatus>deprecatedTerm-admn-sts</min:administrativeStatus>
          </termSec>
          <termSec>
            <term>offener Sternhaufen</term>
            <min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus>
            <basic:termType>fullForm</basic:termType>
          </termSec>
          <termSec>
            <term>galaktischer Haufen</term>
            <min:administrativeStatus>admittedTerm-admn-sts</min:administrativeStatus>
          </termSec>
        </langSec>
      </conceptEntry>
      <conceptEntry id="c2">
        <langSec xml:lang="en"><termSec><term>black <hi type="italics">hole</hi></term></termSec></langSec>
        <langSec xml:lang="de"><termSec><term>Schwarzes Loch</term></termSec></langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>`;

const V2_SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en">
  <martifHeader>
    <fileDesc>
      <titleStmt><title>IT terms</title></titleStmt>
      <sourceDesc><p>Exported from a CAT tool</p></sourceDesc>
    </fileDesc>
    <encodingDesc><p type="XCSURI">TBXXCSV02.xcs</p></encodingDesc>
  </martifHeader>
  <text>
    <body>
      <termEntry id="t1">
        <descrip type="subjectField">Software</descrip>
        <descrip type="definition">A small window that asks the user something.</descrip>
        <transacGrp><transac type="transactionType">origination</transac><date>2008-01-01</date><transacNote type="responsibility">jdoe</transacNote></transacGrp>
        <langSet xml:lang="en">
          <tig>
            <term>dialog box</term>
            <termNote type="partOfSpeech">noun</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            <descrip type="context">Click OK to close the dialog box.</descrip>
          </tig>
        </langSet>
        <langSet xml:lang="fr">
          <tig>
            <term>boîte de dialogue</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            <note>Féminin.</note>
          </tig>
          <tig>
            <term>dialogue</term>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
          </tig>
        </langSet>
      </termEntry>
      <termEntry id="t2">
        <langSet xml:lang="en">
          <ntig>
            <termGrp>
              <term>log in</term>
              <termNote type="partOfSpeech">verb</termNote>
            </termGrp>
            <descrip type="context">Log in with your password.</descrip>
          </ntig>
        </langSet>
        <langSet xml:lang="fr">
          <ntig>
            <termGrp>
              <term>se connecter</term>
              <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
            </termGrp>
          </ntig>
          <ntig>
            <termGrp>
              <term>loguer</term>
              <termNote type="normativeAuthorization">deprecatedTerm</termNote>
            </termGrp>
          </ntig>
        </langSet>
      </termEntry>
      <termEntry id="t3">
        <langSet xml:lang="fr"><tig><termNote type="partOfSpeech">noun</termNote></tig></langSet>
      </termEntry>
    </body>
  </text>
</martif>`;

describe('readTbx: other styles and versions', () => {
  it('reads DCT style (data categories as elements of the min and basic modules)', () => {
    const result = readTbx(DCT_SAMPLE, 'dct.tbx');
    expect(result.meta).toEqual({ name: 'Astronomy (DCT)', description: 'Hand-written DCT sample', sourceLang: 'en', targetLang: 'de' });
    expect(views(result.rows)).toEqual<GlossaryRow[]>([
      {
        source: 'open cluster',
        target: 'offener Sternhaufen',
        preferred: 'offener Sternhaufen',
        forbidden: ['Haufen'],
        status: 'approved',
        partOfSpeech: 'noun',
        domain: 'Astronomy',
        definition: 'A group of stars formed together in the spiral arms of a galaxy.',
        context: 'Over 1100 open clusters are known in our Milky Way Galaxy.',
        note: 'G-Source: an observatory',
        author: 'Tommy',
        createdAt: Date.UTC(2010, 3, 17),
        updatedAt: Date.UTC(2010, 4, 1, 12, 30),
      },
      // Inline markup inside a term is read as its text.
      { source: 'black hole', target: 'Schwarzes Loch', preferred: 'Schwarzes Loch', forbidden: [], status: 'proposed' },
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('reads TBX v2 with tig and ntig, past a DOCTYPE that names an external DTD (never loaded)', () => {
    const result = readTbx(V2_SAMPLE, 'v2.tbx');
    expect(result.meta).toEqual({ name: 'IT terms', description: 'Exported from a CAT tool', sourceLang: 'en', targetLang: 'fr' });
    expect(views(result.rows)).toEqual<GlossaryRow[]>([
      {
        source: 'dialog box',
        target: 'boîte de dialogue',
        preferred: 'boîte de dialogue',
        forbidden: ['dialogue'],
        status: 'approved',
        partOfSpeech: 'noun',
        domain: 'Software',
        definition: 'A small window that asks the user something.',
        context: 'Click OK to close the dialog box.',
        note: 'Féminin.',
        author: 'jdoe',
        createdAt: Date.UTC(2008, 0, 1),
      },
      { source: 'log in', target: 'se connecter', preferred: 'se connecter', forbidden: ['loguer'], status: 'proposed', partOfSpeech: 'verb', context: 'Log in with your password.' },
    ]);
    expect(result.skipped).toEqual([{ row: 3, reason: 'it has no <term>.' }]);
  });

  it('reads what writeTbxBasic (DCA and DCT) and writeTbxV2 write for the samples’ rows: the same view, the same concepts', () => {
    const { rows } = readTbx(DCT_SAMPLE, 'dct.tbx');
    const meta = { name: 'Astronomy (DCT)', sourceLang: 'en', targetLang: 'de' };
    for (const written of [writeTbxBasic(rows, meta), writeTbxBasic(rows, meta, 'dct'), writeTbxV2(rows, meta)]) {
      const again = readTbx(written, 'again.tbx').rows;
      expect(views(again)).toEqual(views(rows));
      expect(again.map((row) => row.concept)).toEqual(rows.map((row) => row.concept));
    }
  });

  it('takes a BOM, CDATA, comments, processing instructions and character references in its stride', () => {
    const tbx = `\uFEFF<?xml version="1.0"?><!-- a comment --><?pi data?>${TBX_OPEN}${HEADER}<text><body>
      <conceptEntry id="c1"><langSec xml:lang="en"><termSec><term><![CDATA[R&D <lab>]]></term></termSec></langSec>
      <langSec xml:lang="zh"><termSec><term>&#x7814;&#31350;&amp;&#x5F00;&#21457;</term></termSec></langSec></conceptEntry>
    </body></text></tbx>`;
    expect(views(readTbx(tbx, 'odd.tbx').rows)).toEqual([{ source: 'R&D <lab>', target: '研究&开发', preferred: '研究&开发', forbidden: [], status: 'proposed' }]);
  });
});

describe('readTbx: bad input', () => {
  const entry = '<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>a</term></termSec></langSec></conceptEntry>';

  it('refuses a DTD that declares entities (XXE) without resolving anything', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${TBX_OPEN}${HEADER}<text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text></tbx>`;
    expect(reasonOf(() => readTbx(xxe, 'xxe.tbx'))).toBe('it declares a DTD or entities, which Glossa never loads.');
  });

  it('refuses billion laughs at once', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
      ']>',
      `<tbx>&lol9;</tbx>`,
    ].join('\n');
    const started = performance.now();
    expect(reasonOf(() => readTbx(lol, 'lol.tbx'))).toBe('it declares a DTD or entities, which Glossa never loads.');
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses any internal DTD subset, even an empty one, and an entity declared anywhere', () => {
    expect(reasonOf(() => readTbx(`<!DOCTYPE tbx []>${TBX_OPEN}</tbx>`, 'a.tbx'))).toBe('it declares a DTD or entities, which Glossa never loads.');
    expect(reasonOf(() => readTbx(`<!DOCTYPE tbx SYSTEM "x.dtd" [\n]>${TBX_OPEN}</tbx>`, 'a.tbx'))).toBe('it declares a DTD or entities, which Glossa never loads.');
    expect(reasonOf(() => readTbx(`${TBX_OPEN}<!ENTITY a "b"></tbx>`, 'a.tbx'))).toBe('it declares a DTD or entities, which Glossa never loads.');
    expect(reasonOf(() => readTbx(`<!doctype tbx [<!entity a "b">]>${TBX_OPEN}</tbx>`, 'a.tbx'))).toBe('it declares a DTD or entities, which Glossa never loads.');
  });

  it('names the line of malformed XML', () => {
    const broken = `<?xml version="1.0"?>\n${TBX_OPEN}\n<text>\n<body>\n<conceptEntry id="c1">\n</body>\n</text>\n</tbx>`;
    expect(reasonOf(() => readTbx(broken, 'broken.tbx'))).toBe('it is not well-formed XML (line 6: expected </conceptEntry> but found </body>).');
    expect(reasonOf(() => readTbx(`${TBX_OPEN}\n<text>caf&eacute;</text></tbx>`, 'a.tbx'))).toMatch(/^it is not well-formed XML \(line 2: the entity “&eacute;” is not defined/);
    expect(reasonOf(() => readTbx(`${TBX_OPEN}<text a="1" a="2"/></tbx>`, 'a.tbx'))).toMatch(/line 1: the <text> element has two “a” attributes/);
    expect(reasonOf(() => readTbx(`${TBX_OPEN}<text>\n\n\u0001</text></tbx>`, 'a.tbx'))).toMatch(/line 3: it contains the character U\+0001/);
    expect(reasonOf(() => readTbx(`${TBX_OPEN}<text>`, 'a.tbx'))).toMatch(/the file ends inside the <text> element/);
    expect(reasonOf(() => readTbx('just some words', 'a.tbx'))).toBe('it is not well-formed XML (line 1: there is text before the root element).');
  });

  it('refuses a root that is neither tbx nor martif', () => {
    expect(reasonOf(() => readTbx('<html><body><p>hi</p></body></html>', 'page.tbx'))).toBe('it is not a TBX file (the root element is <html>).');
    expect(reasonOf(() => readTbx('<?xml version="1.0"?><xliff version="2.0"><file/>', 'a.tbx'))).toBe('it is not a TBX file (the root element is <xliff>).');
  });

  it('refuses an empty file and a TBX file without entries', () => {
    expect(reasonOf(() => readTbx('', 'a.tbx'))).toBe('it is empty.');
    expect(reasonOf(() => readTbx(' \n\uFEFF', 'a.tbx'))).toBe('it is empty.');
    expect(reasonOf(() => readTbx(`${TBX_OPEN}${HEADER}<text><body></body></text></tbx>`, 'a.tbx'))).toBe('it holds no term entries.');
    expect(reasonOf(() => readTbx('<martif type="TBX"><text><body/></text></martif>', 'a.tbx'))).toBe('it holds no term entries.');
  });

  it('skips entries without a term, with their position, and keeps the rest', () => {
    const tbx = `${TBX_OPEN}${HEADER}<text><body>${entry}<conceptEntry id="c2"><langSec xml:lang="en"><termSec><termNote type="partOfSpeech">noun</termNote></termSec></langSec></conceptEntry><conceptEntry id="c3"><langSec xml:lang="en"><termSec><term> </term></termSec></langSec></conceptEntry>${entry.replace('c1', 'c4')}</body></text></tbx>`;
    const result = readTbx(tbx, 'a.tbx', { sourceLang: 'en', targetLang: 'fr' });
    expect(result.rows).toHaveLength(2);
    expect(result.skipped).toEqual([
      { row: 2, reason: 'it has no <term>.' },
      { row: 3, reason: 'it has no term in “en” or “fr”.' },
    ]);
  });

  it('either reads or throws a GlossaryFormatError, on arbitrary text', () => {
    const token = fc.constantFrom('<', '>', '</', '/>', '<tbx>', '</tbx>', '<martif>', '<conceptEntry id="c">', '</conceptEntry>', '<langSec xml:lang="en">', '<termSec>', '<term>', '</term>', '&', ';', '&#', '&#x', '&amp;', '"', "'", '=', ' ', '\n', '<!DOCTYPE', '<!ENTITY', '[', ']', '<![CDATA[', ']]>', '<!--', '-->', '<?', '?>', 'xml:lang', 'a', 'tbx', '\u0000', '\uD800', '😀');
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: token, maxLength: 40 }));
    fc.assert(fc.property(text, (input) => expectReadOrFormatError(input)), { numRuns: 500 });
  });

  it('either reads or throws a GlossaryFormatError, on mutated valid documents', () => {
    const rows: GlossaryRow[] = [
      { source: '经济', target: 'economy', preferred: 'economy', forbidden: ['economics'], status: 'approved', partOfSpeech: 'noun phrase', note: 'n', author: 'a', createdAt: 0, updatedAt: 1 },
      { source: '', target: 'x', preferred: '', forbidden: [], status: 'forbidden', context: 'c' },
    ];
    const documents = [writeTbxBasic(rows, { sourceLang: 'zh', targetLang: 'en' }), writeTbxV2(rows, { sourceLang: 'zh', targetLang: 'en' }), DCT_SAMPLE, V2_SAMPLE];
    const mutation = fc.record({ at: fc.nat(), length: fc.nat(40), insert: fc.oneof(fc.constant(''), fc.string({ maxLength: 8 }), fc.constantFrom('<', '>', '&', '</term>', '<term>', '"', '<!DOCTYPE x [', ']]>')) });
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(mutation, { minLength: 1, maxLength: 4 }), (document, mutations) => {
        let mutated = document;
        for (const { at, length, insert } of mutations) {
          const start = at % (mutated.length + 1);
          mutated = mutated.slice(0, start) + insert + mutated.slice(start + length);
        }
        expectReadOrFormatError(mutated);
      }),
      { numRuns: 500 },
    );
  });
});

function expectReadOrFormatError(input: string): void {
  try {
    const result = readTbx(input, 'fuzz.tbx');
    expect(Array.isArray(result.rows)).toBe(true);
    expect(result.rows.length + result.skipped.length).toBeGreaterThan(0);
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaryFormatError);
    // The catch-all reason would mean a bug slipped through as something other than a format error.
    expect((error as GlossaryFormatError).reason).not.toBe(TBX_UNREADABLE_REASON);
  }
}
