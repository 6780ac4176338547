/**
 * A TBX file from another tool, imported into a glossary of one of its language pairs and
 * exported again, comes back with nothing missing: every concept, language, term and data
 * category. The counts and the canonical XML are taken from the files themselves (an XML walk
 * independent of the concept model), so the model cannot hide what it drops.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, localName, parseXml, textOf } from '../xml';
import type { XmlElement } from '../xml';
import { KEPT_REASON, readTbx } from './tbx-read';
import { relaxNgErrors, tbxErrors } from './tbx-validate.test-helper';
import { writeTbxBasic, writeTbxV2 } from './tbx-write';
import type { TbxWriteMeta } from './tbx-write';
import type { GlossaryRow } from './types';
import { views } from './row-view.test-helper';

const STANDARDS = resolve(__dirname, '../../../../../shared/standards/tbx');
const schemas = {
  rng: readFileSync(resolve(STANDARDS, 'TBXcoreStructV03.rng'), 'utf8'),
  sch: readFileSync(resolve(STANDARDS, 'TBX-Basic_DCA.sch'), 'utf8'),
};
const CORE_EXAMPLE = readFileSync(resolve(STANDARDS, 'Example_TBX-Core_DCA_VALID.tbx'), 'utf8');
const RICH = readFileSync(resolve(__dirname, '../../../../tests/fixtures/tbx/rich-basic-dca.tbx'), 'utf8');
const EN_ES = { sourceLang: 'en', targetLang: 'es' };

const ENTRY = new Set(['conceptEntry', 'termEntry']);

function entriesOf(xml: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (element: XmlElement): void => {
    if (ENTRY.has(localName(element.name))) out.push(element);
    else for (const child of element.children) if (typeof child !== 'string') walk(child);
  };
  walk(parseXml(xml, { namespaces: 'lenient' }));
  return out;
}

/** Every element inside the entries, by name and data category: `descrip[definition]`, `term`, `langSec`, …; DCT elements counted as their DCA form. */
function categoryCounts(xml: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const walk = (element: XmlElement): void => {
    const key = keyOf(element);
    counts[key] = (counts[key] ?? 0) + 1;
    for (const child of element.children) if (typeof child !== 'string') walk(child);
  };
  for (const entry of entriesOf(xml)) walk(entry);
  return counts;
}

function keyOf(element: XmlElement): string {
  const name = localName(element.name);
  if (name !== element.name && !element.uri.startsWith('urn:iso')) return `*[${name}]`;
  return element.attrs.type ? `${name}[${element.attrs.type}]` : name;
}

/** An entry as canonical XML: local names, attributes sorted, literal whitespace collapsed, order kept. */
function canonical(element: XmlElement): string {
  const attrs = Object.entries(element.attrs)
    .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`)
    .join('');
  const elements = element.children.filter((child): child is XmlElement => typeof child !== 'string');
  const content = elements.length === 0 ? escapeXmlText(textOf(element)) : elements.map(canonical).join('');
  return `<${localName(element.name)}${attrs}>${content}</${localName(element.name)}>`;
}

/** The file's back matter (the people its transactions name), canonical. */
function backOf(xml: string): string | undefined {
  const text = parseXml(xml, { namespaces: 'lenient' }).children.find((child): child is XmlElement => typeof child !== 'string' && localName(child.name) === 'text');
  const back = text?.children.find((child): child is XmlElement => typeof child !== 'string' && localName(child.name) === 'back');
  return back && canonical(back);
}

function canonicalById(xml: string): Map<string, string> {
  return new Map(entriesOf(xml).map((entry) => [entry.attrs.id ?? '', canonical(entry)]));
}

/** Read as en → es and written by `write`, with what the reader kept beside the rows. */
function roundTrip(xml: string, write: (rows: GlossaryRow[], meta: TbxWriteMeta) => string): string {
  const result = readTbx(xml, 'in.tbx', EN_ES);
  return write(result.rows, { ...EN_ES, ...result.meta, ...(result.keptConcepts ? { keptConcepts: result.keptConcepts } : {}) });
}

describe('TBX round trip: a file from another tool comes back with nothing missing', () => {
  it('the rich TBX-Basic fixture is itself valid TBX-Basic (RELAX NG and Schematron), so the test starts from a real file', async () => {
    expect(await tbxErrors(RICH, schemas)).toEqual([]);
  });

  for (const [name, file] of [
    ['the rich TBX-Basic file (en, es, de and a concept in zu only)', RICH],
    ['the official TBX-Core example (39 en–es concepts with synonyms, 6 in zu only)', CORE_EXAMPLE],
  ] as const) {
    it(`${name}: imported as en → es and exported as TBX-Basic, every concept, term, language and data category is there, as canonical XML`, async () => {
      const out = roundTrip(file, (rows, meta) => writeTbxBasic(rows, meta));
      expect(await tbxErrors(out, schemas)).toEqual([]);
      expect(categoryCounts(out)).toEqual(categoryCounts(file));
      expect(canonicalById(out)).toEqual(canonicalById(file));
      expect(backOf(out)).toBe(backOf(file));
    });
  }

  it('counts what the rich file holds, so the comparison above is about something', () => {
    const counts = categoryCounts(RICH);
    expect(counts).toMatchObject({
      conceptEntry: 6,
      langSec: 13,
      term: 20,
      'termNote[administrativeStatus]': 10,
      'termNote[termType]': 10,
      'termNote[grammaticalGender]': 6,
      'termNote[geographicalUsage]': 2,
      'descrip[definition]': 4,
      'descrip[context]': 2,
      'xref[xGraphic]': 3,
      'ref[crossReference]': 2,
      transacGrp: 4,
    });
  });

  it('reports the concept in zu only as kept, not lost, and writes it back in TBX v2 too', () => {
    const result = readTbx(RICH, 'rich.tbx', EN_ES);
    expect(result.rows.map((row) => row.concept?.id)).toEqual(['dialog-box', 'window', 'wysiwyg', 'approx', 'open-cluster']);
    expect(result.keptConcepts?.map((concept) => concept.id)).toEqual(['star']);
    expect(result.skipped).toEqual([{ row: 6, reason: `it has no term in “en” or “es”. ${KEPT_REASON}` }]);
    const v2 = writeTbxV2(result.rows, { ...EN_ES, ...result.meta, keptConcepts: result.keptConcepts });
    expect(readTbx(v2, 'v2.tbx', EN_ES).keptConcepts).toEqual(result.keptConcepts);
  });

  it('Glossa’s view of a concept uses its synonyms and statuses: preferred, deprecated as forbidden, the MT mark', () => {
    const rows = views(readTbx(RICH, 'rich.tbx', EN_ES).rows);
    expect(rows[0]).toMatchObject({ source: 'dialog box', preferred: 'cuadro de diálogo', forbidden: ['ventana de diálogo'], status: 'approved', domain: 'Software' });
    expect(rows[2]).toMatchObject({ source: 'WYSIWYG', target: 'WYSIWYG' });
    expect(rows[3]).toMatchObject({ source: 'approx.', target: '', preferred: 'aprox.' });
  });

  it('as DCT (TBX-Basic data categories as elements of the min and basic modules): valid against the core RELAX NG, and back to DCA unchanged', async () => {
    const dct = roundTrip(RICH, (rows, meta) => writeTbxBasic(rows, meta, 'dct'));
    expect(await relaxNgErrors(dct, schemas.rng)).toEqual([]);
    expect(dct).toContain('<min:partOfSpeech>noun</min:partOfSpeech>');
    expect(dct).toContain('<basic:grammaticalGender>masculine</basic:grammaticalGender>');
    expect(dct).not.toContain('type="definition"');
    const dca = roundTrip(dct, (rows, meta) => writeTbxBasic(rows, meta));
    expect(await tbxErrors(dca, schemas)).toEqual([]);
    expect(canonicalById(dca)).toEqual(canonicalById(RICH));
  });

  it('a TBX v2 (martif) file: every entry, term and data category comes back, categories TBX-Basic lacks included', () => {
    const v2 = `<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>v2</p></sourceDesc></fileDesc></martifHeader>
<text><body>
  <termEntry id="t1">
    <descrip type="subjectField">Law</descrip>
    <descripGrp><descrip type="definition">A binding promise.</descrip><admin type="source">Black's</admin></descripGrp>
    <transacGrp><transac type="transactionType">origination</transac><date>2007-01-02</date><transacNote type="responsibility">kim</transacNote></transacGrp>
    <langSet xml:lang="en">
      <tig><term>contract</term><termNote type="partOfSpeech">noun</termNote><termNote type="normativeAuthorization">preferredTerm</termNote>
        <descrip type="context">The contract was signed.</descrip><admin type="usageNote">formal</admin></tig>
      <tig><term>agreement</term><termNote type="normativeAuthorization">admittedTerm</termNote><termNote type="register">neutralRegister</termNote></tig>
    </langSet>
    <langSet xml:lang="es">
      <tig><term>contrato</term><termNote type="grammaticalGender">masculine</termNote><termNote type="grammaticalNumber">singular</termNote></tig>
      <tig><term>convenio</term><termNote type="normativeAuthorization">deprecatedTerm</termNote><note>Not for private law.</note></tig>
    </langSet>
    <langSet xml:lang="fr"><tig><term>contrat</term></tig></langSet>
  </termEntry>
  <termEntry id="t2"><langSet xml:lang="en"><tig><term>tort</term></tig></langSet><langSet xml:lang="es"><tig><term>ilícito civil</term></tig></langSet></termEntry>
</body></text></martif>`;
    const result = readTbx(v2, 'law.tbx', EN_ES);
    expect(views(result.rows[0])).toMatchObject({ source: 'contract', preferred: 'contrato', forbidden: ['convenio'], status: 'approved' });
    const out = writeTbxV2(result.rows, EN_ES);
    expect(categoryCounts(out)).toEqual(categoryCounts(v2));
    expect(canonicalById(out)).toEqual(canonicalById(v2));
  });

  it('what the translator changed in Glossa changes in the file, and nothing else does', () => {
    const result = readTbx(RICH, 'rich.tbx', EN_ES);
    const [dialog, ...rest] = result.rows;
    const edited: GlossaryRow = { ...dialog!, preferred: 'diálogo', forbidden: ['ventana de diálogo', 'caja de diálogo'] };
    const out = writeTbxBasic([edited, ...rest], { ...EN_ES, ...result.meta, keptConcepts: result.keptConcepts });
    const again = readTbx(out, 'again.tbx', EN_ES);
    expect(views(again.rows[0])).toMatchObject({ source: 'dialog box', preferred: 'diálogo', forbidden: ['ventana de diálogo', 'caja de diálogo'] });
    const before = canonicalById(RICH);
    const after = canonicalById(out);
    for (const id of ['window', 'wysiwyg', 'approx', 'open-cluster', 'star']) expect(after.get(id)).toBe(before.get(id));
    const spanish = (xml: string) => entriesOf(xml)[0]!.children.filter((c): c is XmlElement => typeof c !== 'string' && c.attrs['xml:lang'] !== undefined);
    // English and German are untouched; in Spanish the old preferred term is now admitted, the new one preferred, one term added.
    const [enBefore, esBefore, deBefore] = spanish(RICH).map(canonical);
    const [enAfter, esAfter, deAfter] = spanish(out).map(canonical);
    expect(enAfter).toBe(enBefore);
    expect(deAfter).toBe(deBefore);
    expect(esAfter).not.toBe(esBefore);
    expect(esAfter).toContain('<term>cuadro de diálogo</term><termNote type="partOfSpeech">noun</termNote><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>');
    expect(esAfter).toContain('<term>diálogo</term><termNote type="partOfSpeech">noun</termNote><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>');
    expect(esAfter).toContain('<term>caja de diálogo</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
  });

  it('keeps an element it has no place for as it was written, namespace and all', () => {
    const xml = `<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:acme="urn:example:acme"><tbxHeader><fileDesc><sourceDesc><p/></sourceDesc></fileDesc></tbxHeader><text><body>
      <conceptEntry id="c9"><acme:reviewFlag level="2">check <acme:who>QA</acme:who></acme:reviewFlag><langSec xml:lang="en"><termSec><term>flag</term></termSec></langSec><langSec xml:lang="es"><termSec><term>bandera</term></termSec></langSec></conceptEntry>
    </body></text></tbx>`;
    const result = readTbx(xml, 'acme.tbx', EN_ES);
    const out = writeTbxBasic(result.rows, EN_ES, 'dct');
    expect(out).toContain('<acme:reviewFlag level="2" xmlns:acme="urn:example:acme">check <acme:who>QA</acme:who></acme:reviewFlag>');
    expect(canonicalById(out)).toEqual(canonicalById(xml));
  });
});
