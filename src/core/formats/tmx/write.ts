/**
 * TMX 1.4 of reviewed pairs: one <tu> per segment, a <tuv> per language, inline tags converted
 * to TMX's own (a pair that opens and closes in the segment → <bpt i>/<ept i>, a lone end →
 * <it pos>, a standalone tag → <ph>, an annotation marker → <hi>), native code kept as the tags'
 * content. Valid against tmx14.dtd.
 */
import type { BilingualSegment, InlineContent, InlineTag } from '../../bilingual/types';
import { escapeXmlAttribute as attr, escapeXmlContent as esc } from '../xml';

export interface TmxWriteOptions {
  readonly srcLang: string;
  readonly tgtLang: string;
  readonly creationTool?: string;
  readonly creationToolVersion?: string;
  /** Write only segments in these states (default: reviewed and final). */
  readonly states?: readonly BilingualSegment['state'][];
}

function codeElement(name: string, attrs: Record<string, string>, code: string | undefined): string {
  const list = Object.entries(attrs)
    .map(([key, value]) => ` ${key}="${attr(value)}"`)
    .join('');
  return `<${name}${list}>${esc(code ?? '')}</${name}>`;
}

/** One segment's content as TMX <seg> markup. */
export function tmxSegContent(content: InlineContent): string {
  // Which pairs open and close within this content.
  const keyOf = (tag: InlineTag) => `${tag.container ? 'c' : 'p'}\u0000${tag.pairKey ?? ''}`;
  const opens = new Set<string>();
  const complete = new Set<string>();
  for (const item of content) {
    if (item.type !== 'tag' || item.tag.kind === 'standalone' || item.tag.pairKey === undefined) continue;
    if (item.tag.kind === 'open') opens.add(keyOf(item.tag));
    else if (opens.has(keyOf(item.tag))) complete.add(keyOf(item.tag));
  }
  const numbers = new Map<string, number>();
  let next = 0;
  let out = '';
  for (const item of content) {
    if (item.type === 'text') {
      out += esc(item.text);
      continue;
    }
    const { tag } = item;
    const local = tag.element.slice(tag.element.indexOf(':') + 1);
    if (tag.container && (local === 'mrk' || local === 'hi')) {
      out += tag.kind === 'open' ? (tag.attrs.type !== undefined && local === 'hi' ? `<hi type="${attr(tag.attrs.type)}">` : '<hi>') : '</hi>';
      continue;
    }
    if (tag.kind === 'standalone') {
      out += local === 'it' && tag.attrs.pos ? codeElement('it', { pos: tag.attrs.pos === 'close' || tag.attrs.pos === 'end' ? 'end' : 'begin' }, tag.code) : codeElement('ph', {}, tag.code);
      continue;
    }
    const key = keyOf(tag);
    if (tag.pairKey === undefined || !complete.has(key)) {
      out += codeElement('it', { pos: tag.kind === 'open' ? 'begin' : 'end' }, tag.code);
      continue;
    }
    if (tag.kind === 'open') {
      next += 1;
      numbers.set(key, next);
    }
    out += codeElement(tag.kind === 'open' ? 'bpt' : 'ept', { i: String(numbers.get(key) ?? 0) }, tag.code);
  }
  return out;
}

/** A TMX 1.4 document of the segments in the chosen states, source and current target. */
export function writeTmx(segments: readonly BilingualSegment[], options: TmxWriteOptions): string {
  const states = new Set(options.states ?? ['reviewed', 'final']);
  const tus = segments
    .filter((segment) => !segment.ignorable && states.has(segment.state) && segment.target.length > 0)
    .map((segment) => {
      const notes = segment.notes.map((note) => `<note>${esc(note.text)}</note>`).join('');
      return (
        `    <tu tuid="${attr(segment.id)}">${notes}` +
        `<tuv xml:lang="${attr(options.srcLang)}"><seg>${tmxSegContent(segment.source)}</seg></tuv>` +
        `<tuv xml:lang="${attr(options.tgtLang)}"><seg>${tmxSegContent(segment.target)}</seg></tuv></tu>`
      );
    });
  const header =
    `<header creationtool="${attr(options.creationTool ?? 'Glossa')}" creationtoolversion="${attr(options.creationToolVersion ?? '1')}" ` +
    `segtype="sentence" o-tmf="glossa" adminlang="en" srclang="${attr(options.srcLang)}" datatype="plaintext"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  ${header}\n  <body>\n${tus.join('\n')}\n  </body>\n</tmx>\n`;
}
