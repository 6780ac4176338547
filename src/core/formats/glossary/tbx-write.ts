/**
 * Writes glossary rows as TBX: TBX-Basic (TBX v3, ISO 30042:2019, DCA style), valid against
 * TBXcoreStructV03.rng and TBX-Basic_DCA.sch, and TBX v2 (ISO 30042:2008, <martif>) for older
 * tools. Every field of a row is written so that readTbx gives it back unchanged:
 *
 * | GlossaryRow   | TBX-Basic (v3)                                                     | TBX v2 (martif)                      |
 * |---------------|--------------------------------------------------------------------|--------------------------------------|
 * | (row)         | <conceptEntry id="c1">, c2, … in row order                         | <termEntry id="c1">                  |
 * | source        | source <langSec>/<termSec>/<term>                                  | source <langSet>/<tig>/<term>        |
 * | status        | source term's <termNote type="administrativeStatus">:              | same                                 |
 * |               | approved → preferredTerm-admn-sts, forbidden →                     |                                      |
 * |               | deprecatedTerm-admn-sts, proposed → none                           |                                      |
 * | partOfSpeech  | source term's <termNote type="partOfSpeech">, when it is one of    | source term's <termNote              |
 * |               | TBX-Basic's five values (adjective, adverb, noun, verb, other);    | type="partOfSpeech">, verbatim       |
 * |               | else <termNoteGrp> with "other" (or the allowed spelling, for      |                                      |
 * |               | "Noun") and a <note> holding the value as written                  |                                      |
 * | context       | source term's <descrip type="context">                             | same, in the <tig>                   |
 * | preferred     | target <termSec> with administrativeStatus preferredTerm-admn-sts  | same, in a <tig>                     |
 * | forbidden[i]  | one target <termSec> each, deprecatedTerm-admn-sts, in order       | same                                 |
 * | target (MT)   | <admin type="source">machine translation</admin> on the target     | same                                 |
 * |               | term holding it: the preferred one, else a forbidden one, else a   |                                      |
 * |               | termSec of its own marked admittedTerm-admn-sts. With no MT        |                                      |
 * |               | rendering but a preferred one, the target <langSec> carries        |                                      |
 * |               | <admin type="source">translator</admin> instead.                   |                                      |
 * | domain        | <descrip type="subjectField"> on the conceptEntry                  | same, on the termEntry               |
 * | definition    | <descrip type="definition"> on the conceptEntry                    | same                                 |
 * | note          | <note> on the conceptEntry                                         | same                                 |
 * | author        | <transacNote type="responsibility"> in a <transacGrp> whose        | same                                 |
 * |               | <transac type="transactionType"> is origination                    |                                      |
 * | createdAt     | <date> (xs:dateTime, UTC, ms) in that origination transacGrp       | same                                 |
 * | updatedAt     | <date> in a transacGrp with transactionType modification           | same                                 |
 * | meta.name     | tbxHeader/fileDesc/titleStmt/title                                 | martifHeader/fileDesc/titleStmt/title|
 * | meta.descr.   | fileDesc/sourceDesc/p (required in v3: empty when there is none)   | fileDesc/sourceDesc/p                |
 * | meta langs    | root xml:lang = source language; each langSec's xml:lang           | same, on <martif> and <langSet>      |
 *
 * Why these places: TBX-Basic has no data category for an entry's review status or for "this
 * rendering came from MT", so both ride on categories it does allow where it allows them
 * (administrativeStatus only at term level; admin source at term and language level), in a
 * way other TBX tools still read sensibly. The source term is written even when empty if it
 * carries a status, part of speech or context (or when both languages are the same, as only
 * the order of the language sections then tells source from target); it is left out otherwise.
 *
 * Normalisation (what does not come back as it went in): characters XML cannot carry (C0
 * controls but tab and line breaks, U+FFFE/U+FFFF, unpaired surrogates) are dropped; empty
 * optional fields and empty forbidden renderings are not written; dates outside years
 * 0001–9999 or not finite are not written; a row with no source, target or preferred
 * rendering (only forbidden ones, which Glossa never stores) is not written. All whitespace is kept: see escapeXmlText in the XML layer (core/formats/xml).
 *
 * A glossary with nothing to write gives a TBX-Basic file with an empty <text/> (valid, as
 * <body> is optional) and a TBX v2 file with an empty <body> (which the v2 DTD does not allow);
 * readTbx refuses both as holding no term entries. Only the TBX-Basic output is checked against
 * schemas in the tests: no TBX v2 DTD or XCS is at hand.
 */
import { parseXml, startTag, stripInvalidXmlChars, textElement } from '../xml';
import { DCT_NAMESPACES, readConcept, writeConcept } from './tbx-concept';
import type { TbxStyle } from './tbx-concept';
import { TBX_MACHINE_TRANSLATION_SOURCE, TBX_TRANSLATOR_SOURCE } from './tbx-read';
import { conceptWithView } from './tbx-view';
import { TBX_BASIC_PARTS_OF_SPEECH } from './tbx-facts';
import type { GlossaryMeta, GlossaryRow } from './types';
import type { ConceptEntry } from '../../terms/concept';

export type TbxWriteMeta = GlossaryMeta & {
  sourceLang: string;
  targetLang: string;
  /** Concepts with no term in the pair, kept from an import: written after the rows, as they came. */
  keptConcepts?: readonly ConceptEntry[];
};


const FIRST_DATE = -62135596800000; // 0001-01-01T00:00:00.000Z: xs:dateTime has no year 0000 in XSD 1.0
const LAST_DATE = 253402300799999; // 9999-12-31T23:59:59.999Z

interface Style {
  style: TbxStyle;
  entry: string;
  language: string;
  term: string;
  /** Writes the part of speech lines of the source term. */
  partOfSpeech(value: string, indent: string): string[];
}

const BASIC: Style = {
  style: 'dca',
  entry: 'conceptEntry',
  language: 'langSec',
  term: 'termSec',
  partOfSpeech(value, indent) {
    const lower = value.toLowerCase();
    const allowed = TBX_BASIC_PARTS_OF_SPEECH.includes(lower) ? lower : 'other';
    if (allowed === value) return [`${indent}${element('termNote', value, 'partOfSpeech')}`];
    return [
      `${indent}<termNoteGrp>`,
      `${indent}  ${element('termNote', allowed, 'partOfSpeech')}`,
      `${indent}  ${element('note', value)}`,
      `${indent}</termNoteGrp>`,
    ];
  },
};

const DCT: Style = { ...BASIC, style: 'dct' };

const V2: Style = {
  style: 'v2',
  entry: 'termEntry',
  language: 'langSet',
  term: 'tig',
  partOfSpeech(value, indent) {
    return [`${indent}${element('termNote', value, 'partOfSpeech')}`];
  },
};

/**
 * TBX-Basic, TBX v3 in DCA style (or, with style "dct", in DCT style: data categories as
 * elements of the TBX-Basic modules' namespaces). Throws RangeError when a language is not a
 * language tag.
 */
export function writeTbxBasic(rows: readonly GlossaryRow[], meta: TbxWriteMeta, tbxStyle: 'dca' | 'dct' = 'dca'): string {
  const sourceLang = languageTag(meta.sourceLang);
  const targetLang = languageTag(meta.targetLang);
  const name = clean(meta.name);
  const description = clean(meta.description);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    ...(tbxStyle === 'dca'
      ? [
          '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
          '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>',
          startTag('tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': sourceLang, xmlns: 'urn:iso:std:iso:30042:ed-2' }),
        ]
      : [
          '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCT/TBX-Basic.nvdl" type="application/xml" schematypens="http://purl.oclc.org/dsdl/nvdl/ns/structure/1.0"?>',
          startTag('tbx', { type: 'TBX-Basic', style: 'dct', 'xml:lang': sourceLang, xmlns: 'urn:iso:std:iso:30042:ed-2', 'xmlns:min': DCT_NAMESPACES.min, 'xmlns:basic': DCT_NAMESPACES.basic }),
        ]),
    '  <tbxHeader>',
    '    <fileDesc>',
    ...(name ? ['      <titleStmt>', `        ${element('title', name)}`, '      </titleStmt>'] : []),
    '      <sourceDesc>',
    description ? `        ${element('p', description)}` : '        <p/>',
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
  ];
  const entries: string[] = [];
  writeEntries(entries, rows, tbxStyle === 'dca' ? BASIC : DCT, sourceLang, targetLang, meta.keptConcepts);
  // A <body> needs at least one conceptEntry; <text> may go without one.
  const back = meta.tbxBack ? [`    ${meta.tbxBack}`] : [];
  const body = entries.length === 0 ? [] : ['    <body>', entries.join('\n'), '    </body>'];
  const text = body.length + back.length === 0 ? '  <text/>' : ['  <text>', ...body, ...back, '  </text>'].join('\n');
  return [...lines, text, '</tbx>', ''].join('\n');
}

/** TBX v2 (<martif type="TBX">, default XCS). Throws RangeError when a language is not a language tag. */
export function writeTbxV2(rows: readonly GlossaryRow[], meta: TbxWriteMeta): string {
  const sourceLang = languageTag(meta.sourceLang);
  const targetLang = languageTag(meta.targetLang);
  const name = clean(meta.name);
  const description = clean(meta.description);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    startTag('martif', { type: 'TBX', 'xml:lang': sourceLang }),
    '  <martifHeader>',
    '    <fileDesc>',
    ...(name ? ['      <titleStmt>', `        ${element('title', name)}`, '      </titleStmt>'] : []),
    ...(description ? ['      <sourceDesc>', `        ${element('p', description)}`, '      </sourceDesc>'] : []),
    '    </fileDesc>',
    '    <encodingDesc>',
    '      <p type="XCSURI">TBXXCSV02.xcs</p>',
    '    </encodingDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
  ];
  writeEntries(lines, rows, V2, sourceLang, targetLang, meta.keptConcepts);
  lines.push('    </body>', ...(meta.tbxBack ? [`    ${meta.tbxBack}`] : []), '  </text>', '</martif>', '');
  return lines.join('\n');
}

/** A BCP-47-shaped tag as xml:lang requires ("zh_CN" becomes "zh-CN"). */
function languageTag(lang: string): string {
  const tag = lang.trim().replace(/_/g, '-');
  if (!/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/.test(tag)) throw new RangeError(`“${lang}” is not a language tag TBX accepts (e.g. “en”, “zh-CN”).`);
  return tag;
}

function clean(value: string | undefined): string {
  return value === undefined ? '' : stripInvalidXmlChars(value);
}

/** An element with text (escaped for textOf: see escapeXmlText) and, for data categories, a type. */
function element(name: string, text: string, type?: string): string {
  return textElement(name, text, type === undefined ? undefined : { type });
}

function validDate(time: number | undefined): string | undefined {
  return time !== undefined && Number.isFinite(time) && time >= FIRST_DATE && time <= LAST_DATE ? new Date(time).toISOString() : undefined;
}

interface TargetTerm {
  term: string;
  status: 'preferredTerm-admn-sts' | 'admittedTerm-admn-sts' | 'deprecatedTerm-admn-sts';
  machine: boolean;
}

/**
 * Appends one string per written entry to `out`. (Lines are joined per entry: a 100,000-entry
 * glossary then keeps 100,000 strings alive until the final join rather than millions.)
 */
function writeEntries(out: string[], rows: readonly GlossaryRow[], style: Style, sourceLang: string, targetLang: string, kept: readonly ConceptEntry[] = []): void {
  // With one language on both sides, only the order of the language sections tells them apart.
  const sameLanguage = sourceLang.toLowerCase() === targetLang.toLowerCase();
  // Entries keep the ids their files gave them; the others are numbered c1, c2, … past those.
  const used = new Set<string>();
  for (const row of rows) if (row.concept?.id) used.add(row.concept.id);
  for (const concept of kept) if (concept.id) used.add(concept.id);
  const taken = new Set<string>();
  let next = 0;
  const idFor = (own: string | undefined): string => {
    if (own && !taken.has(own)) {
      taken.add(own);
      return own;
    }
    let id: string;
    do id = `c${(next += 1)}`;
    while (used.has(id) || taken.has(id));
    taken.add(id);
    return id;
  };
  for (const row of rows) {
    if (row.concept) {
      out.push(writeConcept(conceptWithView(row.concept, row, sourceLang, targetLang), idFor(row.concept.id), style.style));
      continue;
    }
    const source = clean(row.source);
    const target = clean(row.target);
    const preferred = clean(row.preferred);
    const forbidden = row.forbidden.map(clean).filter((term) => term !== '');
    // Glossa stores no term without a source, target or preferred rendering (db/terms.ts).
    if (source === '' && target === '' && preferred === '') continue;
    const partOfSpeech = clean(row.partOfSpeech);
    const context = clean(row.context);
    const entry = '      ';
    const id = idFor(undefined);
    const lines = [`${entry}${startTag(style.entry, { id })}`];
    const domain = clean(row.domain);
    if (domain) lines.push(`${entry}  ${element('descrip', domain, 'subjectField')}`);
    const definition = clean(row.definition);
    if (definition) lines.push(`${entry}  ${element('descrip', definition, 'definition')}`);
    const note = clean(row.note);
    if (note) lines.push(`${entry}  ${element('note', note)}`);
    const author = clean(row.author);
    const createdAt = validDate(row.createdAt);
    if (author || createdAt) {
      lines.push(`${entry}  <transacGrp>`, `${entry}    ${element('transac', 'origination', 'transactionType')}`);
      if (createdAt) lines.push(`${entry}    ${element('date', createdAt)}`);
      if (author) lines.push(`${entry}    ${element('transacNote', author, 'responsibility')}`);
      lines.push(`${entry}  </transacGrp>`);
    }
    const updatedAt = validDate(row.updatedAt);
    if (updatedAt) {
      lines.push(
        `${entry}  <transacGrp>`,
        `${entry}    ${element('transac', 'modification', 'transactionType')}`,
        `${entry}    ${element('date', updatedAt)}`,
        `${entry}  </transacGrp>`,
      );
    }

    const language = `${entry}  `;
    const term = `${language}  `;
    const inner = `${term}  `;
    if (source !== '' || row.status !== 'proposed' || partOfSpeech || context || sameLanguage) {
      lines.push(`${language}${startTag(style.language, { 'xml:lang': sourceLang })}`, `${term}<${style.term}>`, `${inner}${element('term', source)}`);
      if (partOfSpeech) lines.push(...style.partOfSpeech(partOfSpeech, inner));
      if (row.status === 'approved') lines.push(`${inner}${element('termNote', 'preferredTerm-admn-sts', 'administrativeStatus')}`);
      if (row.status === 'forbidden') lines.push(`${inner}${element('termNote', 'deprecatedTerm-admn-sts', 'administrativeStatus')}`);
      if (context) lines.push(`${inner}${element('descrip', context, 'context')}`);
      lines.push(`${term}</${style.term}>`, `${language}</${style.language}>`);
    }

    const targets = targetTerms(target, preferred, forbidden);
    if (targets.length > 0) {
      lines.push(`${language}${startTag(style.language, { 'xml:lang': targetLang })}`);
      if (target === '' && preferred !== '') lines.push(`${term}${element('admin', TBX_TRANSLATOR_SOURCE, 'source')}`);
      for (const candidate of targets) {
        lines.push(
          `${term}<${style.term}>`,
          `${inner}${element('term', candidate.term)}`,
          `${inner}${element('termNote', candidate.status, 'administrativeStatus')}`,
        );
        if (candidate.machine) lines.push(`${inner}${element('admin', TBX_MACHINE_TRANSLATION_SOURCE, 'source')}`);
        lines.push(`${term}</${style.term}>`);
      }
      lines.push(`${language}</${style.language}>`);
    }
    lines.push(`${entry}</${style.entry}>`);
    // DCT style: the entry as a concept, written with the modules' elements.
    out.push(style.style === 'dct' ? writeConcept(readConcept(parseXml(lines.join('\n'))), id, 'dct') : lines.join('\n'));
  }
  for (const concept of kept) out.push(writeConcept(concept, idFor(concept.id), style.style));
}

/** The target-language terms in order: preferred, the MT rendering when it is neither, forbidden ones. */
function targetTerms(target: string, preferred: string, forbidden: readonly string[]): TargetTerm[] {
  const terms: TargetTerm[] = [];
  if (preferred !== '') terms.push({ term: preferred, status: 'preferredTerm-admn-sts', machine: target === preferred });
  const machineIsForbidden = target !== preferred && forbidden.includes(target);
  if (target !== '' && target !== preferred && !machineIsForbidden) terms.push({ term: target, status: 'admittedTerm-admn-sts', machine: true });
  let marked = false;
  for (const term of forbidden) {
    const machine = machineIsForbidden && !marked && term === target;
    if (machine) marked = true;
    terms.push({ term, status: 'deprecatedTerm-admn-sts', machine });
  }
  return terms;
}
