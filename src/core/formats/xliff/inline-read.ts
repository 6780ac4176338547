/**
 * Reading inline content (mixed text and inline elements) into an InlineContent sequence, for
 * XLIFF 1.2, XLIFF 2.x and TMX 1.4, from one table per format of what each element is, and the
 * check that every paired tag has its other half.
 */
import type { InlineContent, InlineItem, InlineTag } from '../../bilingual/types';
import { decodeReferences, exactTextOf, localName } from '../xml';
import type { XmlElement } from '../xml';
import type { Refuse } from './guard';
import { innerXml } from './markup';

/** What an inline element is: a wrapper, one end of a pair, a lone tag, or (2.x <cp/>) a character. */
type Role = 'container' | 'open' | 'close' | 'standalone' | 'char';

export interface InlineDialect {
  readonly name: string;
  readonly roles: Readonly<Record<string, Role>>;
  /** Elements whose text is native code (kept as `code` and `innerXml`). */
  readonly codeElements: ReadonlySet<string>;
  /** The key that joins the two ends of a pair. */
  pairKey(local: string, attrs: Readonly<Record<string, string>>): string | undefined;
  /** Whether an open or close may stand alone (XLIFF 2 isolated="yes"). */
  isolated?(attrs: Readonly<Record<string, string>>): boolean;
}

export const XLIFF12_INLINE: InlineDialect = {
  name: 'XLIFF 1.2',
  roles: { g: 'container', mrk: 'container', x: 'standalone', bx: 'open', ex: 'close', bpt: 'open', ept: 'close', ph: 'standalone', it: 'standalone' },
  codeElements: new Set(['bpt', 'ept', 'ph', 'it']),
  pairKey: (local, attrs) => (local === 'g' || local === 'mrk' ? attrs.id : (attrs.rid ?? attrs.id)),
};

export const XLIFF2_INLINE: InlineDialect = {
  name: 'XLIFF 2',
  roles: { pc: 'container', mrk: 'container', sc: 'open', ec: 'close', sm: 'open', em: 'close', ph: 'standalone', cp: 'char' },
  codeElements: new Set(),
  pairKey: (local, attrs) => (local === 'ec' || local === 'em' ? (attrs.startRef ?? attrs.id) : attrs.id),
  isolated: (attrs) => attrs.isolated === 'yes',
};

export const TMX_INLINE: InlineDialect = {
  name: 'TMX',
  roles: { bpt: 'open', ept: 'close', ph: 'standalone', it: 'standalone', ut: 'standalone', hi: 'container' },
  codeElements: new Set(['bpt', 'ept', 'ph', 'it', 'ut']),
  pairKey: (local, attrs) => (local === 'hi' ? undefined : attrs.i),
};

/** Raw text from the tree, decoded, line ends normalised as XML prescribes. */
export function decodeText(raw: string): string {
  return decodeReferences(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
}

export interface ReadInlineOptions {
  /** Native code of XLIFF 2 inline tags, by originalData <data id>. */
  readonly originalData?: ReadonlyMap<string, string>;
  /** Elements (by local name) to read through as if they were not there: 1.2 <mrk mtype="seg"> inside <target>. */
  readonly transparent?: (element: XmlElement) => boolean;
}

/** The content of `element` (a <source>, <target>, <mrk>, <seg>) as text runs and tag tokens. */
export function readInline(element: XmlElement, dialect: InlineDialect, options: ReadInlineOptions = {}): InlineContent {
  const items: InlineItem[] = [];
  let containers = 0;
  const pushText = (text: string): void => {
    if (text === '') return;
    const last = items[items.length - 1];
    if (last?.type === 'text') items[items.length - 1] = { type: 'text', text: last.text + text };
    else items.push({ type: 'text', text });
  };
  const walk = (parent: XmlElement): void => {
    for (const child of parent.children) {
      if (typeof child === 'string') {
        pushText(decodeText(child));
        continue;
      }
      if (options.transparent?.(child)) {
        walk(child);
        continue;
      }
      const local = localName(child.name);
      const role: Role = Object.hasOwn(dialect.roles, local) && child.uri === parent.uri ? dialect.roles[local]! : 'container';
      if (role === 'char') {
        const code = Number.parseInt(child.attrs.hex ?? '', 16);
        if (Number.isFinite(code)) pushText(String.fromCodePoint(code));
        continue;
      }
      const base = {
        element: child.name,
        attrs: child.attrs,
        ...(child.attrs.id !== undefined ? { id: child.attrs.id } : dialect === TMX_INLINE && child.attrs.x !== undefined ? { id: child.attrs.x } : {}),
      };
      if (role === 'container') {
        containers += 1;
        const pairKey = dialect.pairKey(local, child.attrs) ?? `#${containers}`;
        const code = codeFromData(options.originalData, child.attrs.dataRefStart);
        items.push({ type: 'tag', tag: { ...base, kind: 'open', container: true, pairKey, ...(code === undefined ? {} : { code }) } });
        walk(child);
        const endCode = codeFromData(options.originalData, child.attrs.dataRefEnd);
        items.push({ type: 'tag', tag: { element: child.name, attrs: {}, kind: 'close', container: true, pairKey, ...(endCode === undefined ? {} : { code: endCode }) } });
        continue;
      }
      const tag: InlineTag = {
        ...base,
        kind: role,
        container: false,
        ...(role === 'standalone' ? {} : pairKeyField(dialect.pairKey(local, child.attrs))),
        ...nativeCode(child, local, dialect, options.originalData),
      };
      items.push({ type: 'tag', tag });
    }
  };
  walk(element);
  return items;
}

function pairKeyField(key: string | undefined): { pairKey?: string } {
  return key === undefined ? {} : { pairKey: key };
}

function codeFromData(data: ReadonlyMap<string, string> | undefined, ref: string | undefined): string | undefined {
  return ref === undefined ? undefined : data?.get(ref);
}

function nativeCode(element: XmlElement, local: string, dialect: InlineDialect, data: ReadonlyMap<string, string> | undefined): { code?: string; innerXml?: string } {
  if (dialect.codeElements.has(local)) return element.children.length === 0 ? { code: '' } : { code: exactTextOf(element), innerXml: innerXml(element) };
  const code = codeFromData(data, element.attrs.dataRef);
  return code === undefined ? {} : { code };
}

/**
 * Refuses content whose paired tags (<bpt>/<ept>, <bx/>/<ex/>, <sc/>/<ec/>, <sm/>/<em/>) do not
 * pair: a close with no open before it, or an open never closed. `at` is where to point.
 */
export function checkPairs(contents: readonly InlineContent[], dialect: InlineDialect, refuse: Refuse, where: string, at: number): void {
  const open = new Map<string, number>();
  for (const content of contents) {
    for (const item of content) {
      if (item.type !== 'tag' || item.tag.container || item.tag.kind === 'standalone') continue;
      const { tag } = item;
      if (dialect.isolated?.(tag.attrs)) continue;
      const key = tag.pairKey;
      if (key === undefined) refuse('unpaired-tags', `${where}: the inline tag <${tag.element}> has no ${dialect === TMX_INLINE ? 'i' : 'id or rid'} to pair it`, at);
      if (tag.kind === 'open') {
        open.set(key, (open.get(key) ?? 0) + 1);
      } else {
        const count = open.get(key) ?? 0;
        if (count === 0) refuse('unpaired-tags', `${where}: the inline tag <${tag.element}> (${key}) closes a pair that was never opened`, at);
        open.set(key, count - 1);
      }
    }
  }
  for (const [key, count] of open) if (count > 0) refuse('unpaired-tags', `${where}: the inline tag ${key} is opened but never closed`, at);
}
