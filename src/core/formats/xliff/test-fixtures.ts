/**
 * Test documents built from real MT (the WMT21 zh→en corpus lines the caller passes in): XLIFF
 * 1.2 (two <file>s, groups, <seg-source> segmentation, notes, states, <g> <x/> <bpt>/<ept>
 * <ph>), Trados .sdlxliff, XLIFF 2.0 (<pc> <ph/> <sc/>/<ec/> with originalData, notes, states,
 * an <ignorable>) and TMX 1.4, all generated, never hand-typed, so unit tests, the e2e suite
 * and the bench (buildBenchXliff12: 10,000 segments) share them. Pure: no file access here.
 */
import { escapeXmlAttribute as attr, escapeXmlContent as esc } from '../xml';

export interface CorpusLines {
  /** Source sentences (zh). */
  readonly source: readonly string[];
  /** Their MT (en), line-aligned. */
  readonly target: readonly string[];
}

/** One generated unit: its source and target sentences and what decorates it. */
interface FixtureUnit {
  readonly id: string;
  readonly sentences: readonly { source: string; target: string }[];
  readonly tag: 'g' | 'x' | 'bpt' | 'none';
  readonly note?: string;
  readonly state: 'translated' | 'needs-review' | 'reviewed' | 'new';
}

const STATES = ['translated', 'needs-review', 'reviewed', 'translated', 'new'] as const;
const TAGS = ['g', 'x', 'bpt', 'none'] as const;

/** Units over `count` corpus lines from `offset`; every sixth unit holds two sentences (a segmented unit). */
function fixtureUnits(lines: CorpusLines, count: number, offset = 0): FixtureUnit[] {
  const units: FixtureUnit[] = [];
  let line = 0;
  while (line < count) {
    const n = units.length;
    const take = n % 6 === 5 && line + 1 < count ? 2 : 1;
    const sentences = Array.from({ length: take }, (_unused, k) => {
      const at = (offset + line + k) % lines.source.length;
      return { source: lines.source[at]!.trim(), target: (lines.target[at] ?? '').trim() };
    });
    units.push({ id: `u${n + 1}`, sentences, tag: TAGS[n % 4]!, state: STATES[n % 5]!, ...(n % 7 === 3 ? { note: `Reviewer note ${n + 1}: check the name in “${sentences[0]!.target.slice(0, 24)}”.` } : {}) });
    line += take;
  }
  return units;
}

/** Splits text so a tag can go around its start: Chinese by two characters, English by the first word. */
function head(text: string, spaced: boolean): [string, string] {
  if (!spaced) return [text.slice(0, 2), text.slice(2)];
  const space = text.indexOf(' ');
  return space < 0 ? [text, ''] : [text.slice(0, space), text.slice(space)];
}

/** XLIFF 1.2 inline markup of one sentence with the unit's tag. */
function inline12(text: string, tag: FixtureUnit['tag'], spaced: boolean): string {
  const [first, rest] = head(text, spaced);
  switch (tag) {
    case 'g':
      return `<g id="1" ctype="bold">${esc(first)}</g>${esc(rest)}`;
    case 'x':
      return `${esc(text)}<x id="2" ctype="x-footnote"/>`;
    case 'bpt':
      return `<bpt id="3" ctype="italic">&lt;i&gt;</bpt>${esc(first)}<ept id="3">&lt;/i&gt;</ept>${esc(rest)}<ph id="4">{0}</ph>`;
    default:
      return esc(text);
  }
}

const STATE12 = { translated: 'translated', 'needs-review': 'needs-review-translation', reviewed: 'signed-off', new: 'new' } as const;
const SDL_CONF = { translated: 'Translated', 'needs-review': 'Draft', reviewed: 'ApprovedTranslation', new: undefined } as const;

function unit12(unit: FixtureUnit, sdl: boolean): string {
  const noteXml = unit.note ? `\n        <note from="editor">${esc(unit.note)}</note>` : '';
  const emptyTarget = unit.state === 'new' && !sdl;
  if (unit.sentences.length === 1 && !sdl) {
    const { source, target } = unit.sentences[0]!;
    const targetXml = emptyTarget ? '' : `\n        <target state="${STATE12[unit.state]}">${inline12(target, unit.tag, true)}</target>`;
    return `      <trans-unit id="${unit.id}"${unit.state === 'reviewed' ? ' approved="yes"' : ''}>\n        <source>${inline12(source, unit.tag, false)}</source>${targetXml}${noteXml}\n      </trans-unit>`;
  }
  const marks = (side: 'source' | 'target') =>
    unit.sentences.map((sentence, k) => `<mrk mtype="seg" mid="${k + 1}">${inline12(sentence[side], k === 0 ? unit.tag : 'none', side === 'target')}</mrk>`).join(side === 'source' ? '' : ' ');
  const whole = unit.sentences.map((sentence, k) => inline12(sentence.source, k === 0 ? unit.tag : 'none', false)).join('');
  const conf = SDL_CONF[unit.state];
  const sdlDefs = sdl
    ? `\n        <sdl:seg-defs>${unit.sentences.map((_s, k) => `<sdl:seg id="${k + 1}"${conf ? ` conf="${conf}"` : ''} origin="mt"/>`).join('')}</sdl:seg-defs>`
    : '';
  const targetXml = emptyTarget ? '' : `\n        <target${sdl ? '' : ` state="${STATE12[unit.state]}"`}>${marks('target')}</target>`;
  return `      <trans-unit id="${unit.id}">\n        <source>${whole}</source>\n        <seg-source>${marks('source')}</seg-source>${targetXml}${noteXml}${sdlDefs}\n      </trans-unit>`;
}

/** XLIFF 1.2 (or, with `sdl`, a Trados .sdlxliff): the units split over two <file>s, the second file's units in a <group>. */
export function buildXliff12(lines: CorpusLines, count = 36, options: { sdl?: boolean; offset?: number } = {}): string {
  const sdl = options.sdl === true;
  const units = fixtureUnits(lines, count, options.offset);
  const half = Math.ceil(units.length / 2);
  const file = (name: string, body: string) =>
    `  <file original="${name}" source-language="zh-CN" target-language="en-US" datatype="plaintext">\n    <body>\n${body}\n    </body>\n  </file>`;
  const first = units.slice(0, half).map((unit) => unit12(unit, sdl)).join('\n');
  const second = `      <group id="g1">\n${units.slice(half).map((unit) => unit12(unit, sdl)).join('\n')}\n      </group>`;
  const ns = sdl ? ' xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"' : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"${ns}>\n${file('newstest2021-a.txt', first)}\n${file('newstest2021-b.txt', second)}\n</xliff>\n`;
}

/** The 10,000-segment XLIFF 1.2 of the bench (issue 10, item 8): every corpus line, then again, ~30 words a segment. */
export function buildBenchXliff12(lines: CorpusLines, segments = 10_000): string {
  return buildXliff12(lines, segments);
}

const STATE2 = { translated: 'translated', 'needs-review': 'translated', reviewed: 'reviewed', new: 'initial' } as const;

function inline2(text: string, tag: FixtureUnit['tag'], spaced: boolean): string {
  const [first, rest] = head(text, spaced);
  switch (tag) {
    case 'g':
      return `<pc id="1" dataRefStart="d1" dataRefEnd="d2">${esc(first)}</pc>${esc(rest)}`;
    case 'x':
      return `${esc(text)}<ph id="2" dataRef="d3"/>`;
    case 'bpt':
      return `<sc id="3" dataRef="d4"/>${esc(first)}<ec startRef="3" dataRef="d5"/>${esc(rest)}`;
    default:
      return esc(text);
  }
}

const DATA2: Record<string, string> = { d1: '<b>', d2: '</b>', d3: '<br/>', d4: '<i>', d5: '</i>' };

function unit2(unit: FixtureUnit): string {
  const used = unit.tag === 'g' ? ['d1', 'd2'] : unit.tag === 'x' ? ['d3'] : unit.tag === 'bpt' ? ['d4', 'd5'] : [];
  const notes = unit.note ? `\n      <notes><note category="editor">${esc(unit.note)}</note></notes>` : '';
  const data = used.length > 0 ? `\n      <originalData>${used.map((id) => `<data id="${id}">${esc(DATA2[id]!)}</data>`).join('')}</originalData>` : '';
  const segments = unit.sentences
    .map((sentence, k) => {
      const tag = k === 0 ? unit.tag : 'none';
      const target = unit.state === 'new' ? '' : `<target>${inline2(sentence.target, tag, true)}</target>`;
      const subState = unit.state === 'needs-review' ? ' subState="glossa:needs-review"' : '';
      const segment = `\n      <segment id="s${k + 1}" state="${STATE2[unit.state]}"${subState}><source>${inline2(sentence.source, tag, false)}</source>${target}</segment>`;
      return k === 0 ? segment : `\n      <ignorable><source> </source></ignorable>${segment}`;
    })
    .join('');
  return `    <unit id="${unit.id}">${notes}${data}${segments}\n    </unit>`;
}

/** XLIFF 2.0 (or 2.1 with `version`): two <file>s, the second's units in a <group>. */
export function buildXliff2(lines: CorpusLines, count = 36, options: { version?: '2.0' | '2.1'; offset?: number } = {}): string {
  const units = fixtureUnits(lines, count, options.offset);
  const half = Math.ceil(units.length / 2);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="${options.version ?? '2.0'}" srcLang="zh-CN" trgLang="en-US">\n` +
    `  <file id="f1" original="newstest2021-a.txt">\n${units.slice(0, half).map(unit2).join('\n')}\n  </file>\n` +
    `  <file id="f2" original="newstest2021-b.txt">\n  <group id="g1">\n${units.slice(half).map(unit2).join('\n')}\n  </group>\n  </file>\n</xliff>\n`
  );
}

function inlineTmx(text: string, tag: FixtureUnit['tag'], spaced: boolean): string {
  const [first, rest] = head(text, spaced);
  switch (tag) {
    case 'g':
    case 'bpt':
      return `<bpt i="1" type="bold">&lt;b&gt;</bpt>${esc(first)}<ept i="1">&lt;/b&gt;</ept>${esc(rest)}`;
    case 'x':
      return `${esc(text)}<ph x="2" type="lb">&lt;br/&gt;</ph>`;
    default:
      return esc(text);
  }
}

/** TMX 1.4 with zh-CN and en-US variants (and a de-DE one on a few units, so there is more than one pair). */
export function buildTmx(lines: CorpusLines, count = 36, options: { offset?: number } = {}): string {
  const units = fixtureUnits(lines, count, options.offset).flatMap((unit) => unit.sentences.map((sentence, k) => ({ ...unit, id: `${unit.id}-${k + 1}`, sentence })));
  const tus = units.map((unit, n) => {
    const note = unit.note ? `<note>${esc(unit.note)}</note>` : '';
    const extra = n % 9 === 0 ? `<tuv xml:lang="de-DE"><seg>${esc(`[de] ${unit.sentence.target}`)}</seg></tuv>` : '';
    return `    <tu tuid="${attr(unit.id)}">${note}<tuv xml:lang="zh-CN"><seg>${inlineTmx(unit.sentence.source, unit.tag, false)}</seg></tuv><tuv xml:lang="en-US"><seg>${inlineTmx(unit.sentence.target, unit.tag, true)}</seg></tuv>${extra}</tu>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header creationtool="Glossa fixtures" creationtoolversion="1" segtype="sentence" o-tmf="glossa" adminlang="en-US" srclang="zh-CN" datatype="plaintext"/>\n  <body>\n` +
    `${tus.join('\n')}\n  </body>\n</tmx>\n`
  );
}
