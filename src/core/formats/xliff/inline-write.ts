/**
 * Writing an InlineContent sequence back as inline markup: text escaped, each tag token as the
 * element it was read from (container tokens as start and end tags, the others whole, with
 * their native code as it was written). One writer for XLIFF 1.2, 2.x and TMX tokens.
 */
import { BilingualExportError } from '../../bilingual/errors';
import type { InlineContent, InlineTag } from '../../bilingual/types';
import { escapeXmlAttribute, escapeXmlContent } from '../xml';

function attributes(attrs: Readonly<Record<string, string>>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) out += ` ${name}="${escapeXmlAttribute(value)}"`;
  return out;
}

export function writeTag(tag: InlineTag): string {
  if (tag.container) return tag.kind === 'close' ? `</${tag.element}>` : `<${tag.element}${attributes(tag.attrs)}>`;
  if (tag.innerXml !== undefined && tag.innerXml !== '') return `<${tag.element}${attributes(tag.attrs)}>${tag.innerXml}</${tag.element}>`;
  return `<${tag.element}${attributes(tag.attrs)}/>`;
}

/** The markup of `content`; throws BilingualExportError('tags-not-nested') when container tags would not nest. */
export function writeInline(content: InlineContent, segmentId?: string): string {
  const stack: InlineTag[] = [];
  let out = '';
  for (const item of content) {
    if (item.type === 'text') {
      out += escapeXmlContent(item.text);
      continue;
    }
    const { tag } = item;
    if (tag.container && tag.kind === 'open') stack.push(tag);
    if (tag.container && tag.kind === 'close') {
      const open = stack.pop();
      if (!open || open.element !== tag.element || open.pairKey !== tag.pairKey) {
        throw new BilingualExportError('tags-not-nested', `The inline tags of segment ${segmentId ?? ''} do not nest: <${tag.element}> closes out of order.`, segmentId);
      }
    }
    out += writeTag(tag);
  }
  if (stack.length > 0) throw new BilingualExportError('tags-not-nested', `The inline tag <${stack[stack.length - 1]!.element}> of segment ${segmentId ?? ''} is never closed.`, segmentId);
  return out;
}
