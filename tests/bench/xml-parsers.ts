/**
 * The XML layer (src/core/formats/xml) against saxes and txml, in Node: speed on a TBX file
 * the size the glossary bench imports, and which malformed inputs each accepts. xml.bench.ts
 * runs it; ADR 0012 records its numbers.
 */
import { performance } from 'node:perf_hooks';
import { SaxesParser } from 'saxes';
import { parse as txmlParse } from 'txml';
import { readTbx } from '../../src/core/formats/glossary/tbx-read';
import { writeTbxBasic } from '../../src/core/formats/glossary/tbx-write';
import type { GlossaryRow } from '../../src/core/formats/glossary/types';
import { parseXml } from '../../src/core/formats/xml';
import { bigArticleText, percentile } from './corpus';

/** Rich TBX-Basic rows from the big article's words: each term is a run of one to four words starting at its own word. */
export function benchRows(count: number): GlossaryRow[] {
  const words = bigArticleText().match(/[A-Za-z][A-Za-z'-]+/g) ?? [];
  return Array.from({ length: count }, (_, n) => {
    const phrase = words.slice(n % words.length, (n % words.length) + 1 + (n % 4)).join(' ');
    return {
      source: `术语${n}`,
      target: `${phrase} ${n}`,
      preferred: n % 3 === 0 ? `${phrase} (approved)` : '',
      forbidden: n % 10 === 0 ? [`${phrase}s`] : [],
      status: n % 3 === 0 ? 'approved' : 'proposed',
      ...(n % 5 === 0 ? { note: `Benchmark note ${n}` } : {}),
      domain: 'government',
    };
  });
}

export function benchTbx(count: number): string {
  return writeTbxBasic(benchRows(count), { name: 'Bench', sourceLang: 'zh', targetLang: 'en' });
}

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: (Node | string)[];
}

/** saxes (strict, namespaces, positions), building the same kind of tree as ours. */
function saxesTree(text: string): Node {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Node[] = [{ name: '#document', attrs: {}, children: [] }];
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attrs[name] = attribute.value;
    const node: Node = { name: tag.name, attrs, children: [] };
    stack[stack.length - 1]!.children.push(node);
    if (!tag.isSelfClosing) stack.push(node);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (value) => stack[stack.length - 1]!.children.push(value));
  parser.on('cdata', (value) => stack[stack.length - 1]!.children.push(value));
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
  return stack[0]!.children.find((child): child is Node => typeof child !== 'string')!;
}

/** saxes with no handlers but error: tokenising only, the floor of any tree built on it. */
function saxesScan(text: string): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
}

export const PARSERS: Readonly<Record<string, (text: string) => unknown>> = {
  ours: (text) => parseXml(text),
  'ours (lenient namespaces, as readTbx)': (text) => parseXml(text, { namespaces: 'lenient' }),
  saxes: saxesTree,
  'saxes (tokens only)': saxesScan,
  txml: (text) => txmlParse(text),
  'readTbx (ours + TBX mapping)': (text) => readTbx(text, 'bench.tbx'),
};

export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
}

/**
 * Each parser `runs` times, in rounds (every parser once per round, after one warm-up round), so
 * that load from other work on a shared machine falls on all of them alike. The order rotates
 * from round to round, so that the garbage one parser's tree leaves for the next to collect
 * falls on each in turn. (Forcing a GC between calls through v8.setFlagsFromString('--expose-gc')
 * was tried: with V8 flags changed at run time, saxes ran 2-3x slower in most rounds.)
 */
export function timeParsers(parsers: Readonly<Record<string, (text: string) => unknown>>, text: string, runs: number): Record<string, Timing> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(parsers).map((name) => [name, []]));
  for (let round = 0; round <= runs; round += 1) {
    const entries = Object.entries(parsers);
    const shift = round % entries.length;
    for (const [name, parse] of [...entries.slice(shift), ...entries.slice(0, shift)]) {
      const start = performance.now();
      parse(text);
      if (round > 0) times[name]!.push(performance.now() - start);
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, list]) => [name, { medianMs: Math.round(percentile(list, 50)), minMs: Math.round(Math.min(...list)), maxMs: Math.round(Math.max(...list)) }]),
  );
}

/** Inputs no XML 1.0 (+ Namespaces) parser may accept, and what each one breaks. */
export const MALFORMED: readonly (readonly [string, string])[] = [
  ['mismatched end tag', '<a><b></a>'],
  ['unclosed element', '<a>'],
  ['two roots', '<a/><b/>'],
  ['text after root', '<a/>x'],
  ['duplicate attribute', '<a x="1" x="2"/>'],
  ['unquoted attribute', '<a x=1/>'],
  ['"<" in attribute', '<a x="<"/>'],
  ['bare "&"', '<a>AT&T</a>'],
  ['undefined entity', '<a>&nbsp;</a>'],
  ['reference to U+0000', '<a>&#0;</a>'],
  ['literal U+0001', '<a>\u0001</a>'],
  ['unpaired surrogate', '<a>\uD800</a>'],
  ['"]]>" in text', '<a>]]></a>'],
  ['"--" in comment', '<a><!-- x -- y --></a>'],
  ['XML declaration not first', '\n<?xml version="1.0"?><a/>'],
  ['undeclared prefix', '<p:a/>'],
  ['xmlns:p=""', '<a xmlns:p=""/>'],
  ['same attribute via two prefixes', '<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>'],
  ['internal DTD subset (billion laughs)', '<!DOCTYPE a [<!ENTITY l "ha"><!ENTITY l2 "&l;&l;&l;&l;&l;&l;&l;&l;&l;&l;">]><a>&l2;</a>'],
  ['external entity reference', '<!DOCTYPE a SYSTEM "file:///etc/passwd"><a>&xxe;</a>'],
  ['no root element', ''],
];

/** For each malformed input, whether each parser accepted it (true = it returned without an error). */
export function strictness(): Record<string, Record<string, boolean>> {
  const table: Record<string, Record<string, boolean>> = {};
  for (const [what, text] of MALFORMED) {
    const row: Record<string, boolean> = {};
    for (const [name, parse] of Object.entries({ ours: PARSERS.ours!, saxes: saxesTree, txml: PARSERS.txml! })) {
      try {
        parse(text);
        row[name] = true;
      } catch {
        row[name] = false;
      }
    }
    table[what] = row;
  }
  return table;
}
