/**
 * Find and Replace over plain text (issue 15, item 2): the matches of a query with match case,
 * whole word and regular expression, as Word, memoQ and VS Code offer them, and the replacement
 * text of a match ($1, $<name>, $& in regular-expression mode, as String.prototype.replace reads
 * them). Pure: the renderer maps the offsets onto the article (Lexical) and paints them.
 *
 * Whole word uses the character classes of core/text (letters, marks and digits of any script),
 * not \b, which knows ASCII only. A match that would span a line break is dropped: the article's
 * text joins its blocks with line breaks, and a replacement cannot join two paragraphs.
 */
import { hasNestedQuantifier } from '../qa/checks/regex-safety';
import { isWordAt, isWordBefore } from '../text';

export interface FindOptions {
  readonly matchCase: boolean;
  readonly wholeWord: boolean;
  readonly regex: boolean;
}

export interface TextMatch {
  readonly start: number;
  readonly end: number;
  /** The capture groups (regular-expression mode), for $1 … $99 in the replacement. */
  readonly groups: readonly (string | undefined)[];
  readonly named?: Readonly<Record<string, string | undefined>>;
}

export type FindResult =
  | { readonly ok: true; readonly matches: readonly TextMatch[]; readonly truncated: boolean }
  | { readonly ok: false; readonly error: string };

/** More matches than anyone walks through one by one; the count says "10,000+" past it. */
export const MATCH_LIMIT = 10_000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** Compiles the query, or says why it cannot be used (as the find bar shows it). */
export function compileQuery(query: string, options: FindOptions): RegExp | string {
  const source = options.regex ? query : escapeRegExp(query);
  if (options.regex && hasNestedQuantifier(query)) {
    return 'This pattern repeats a group that itself repeats ("(a+)+"), which can take minutes on a long article. Write it without the nested repeat.';
  }
  try {
    return new RegExp(source, options.matchCase ? 'gu' : 'giu');
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /u, '') : String(error);
    return `Not a valid regular expression: ${reason}`;
  }
}

export function findInText(text: string, query: string, options: FindOptions, limit = MATCH_LIMIT): FindResult {
  if (query === '') return { ok: true, matches: [], truncated: false };
  const pattern = compileQuery(query, options);
  if (typeof pattern === 'string') return { ok: false, error: pattern };
  const matches: TextMatch[] = [];
  for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
    const start = found.index;
    const end = start + found[0].length;
    if (end === start) {
      // An empty match (^, \b, x*) finds nothing to show or replace; step past it.
      pattern.lastIndex = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
      continue;
    }
    if (/[\n\r\u2028\u2029]/u.test(found[0])) continue;
    if (options.wholeWord && (isWordBefore(text, start) || isWordAt(text, end))) continue;
    if (matches.length === limit) return { ok: true, matches, truncated: true };
    matches.push({ start, end, groups: found.slice(1), ...(found.groups ? { named: { ...found.groups } } : {}) });
  }
  return { ok: true, matches, truncated: false };
}

/**
 * The text that replaces a match: the template as typed, or in regular-expression mode with
 * $$ $& $` $' $1…$99 $<name> expanded the way String.prototype.replace expands them
 * (ECMAScript GetSubstitution). A $n with no such group stays as typed.
 */
export function replacementFor(template: string, match: TextMatch, text: string, regex: boolean): string {
  if (!regex || !template.includes('$')) return template;
  const matched = text.slice(match.start, match.end);
  let out = '';
  for (let i = 0; i < template.length; i += 1) {
    const char = template[i]!;
    const next = template[i + 1];
    if (char !== '$' || next === undefined) {
      out += char;
      continue;
    }
    if (next === '$') {
      out += '$';
      i += 1;
    } else if (next === '&') {
      out += matched;
      i += 1;
    } else if (next === '`') {
      out += text.slice(0, match.start);
      i += 1;
    } else if (next === "'") {
      out += text.slice(match.end);
      i += 1;
    } else if (next >= '0' && next <= '9') {
      // Two digits when that group exists ($12), else one ($1 then "2").
      const two = template.slice(i + 1, i + 3);
      const twoIndex = /^\d\d$/u.test(two) ? Number(two) : 0;
      const oneIndex = Number(next);
      if (twoIndex >= 1 && twoIndex <= match.groups.length) {
        out += match.groups[twoIndex - 1] ?? '';
        i += 2;
      } else if (oneIndex >= 1 && oneIndex <= match.groups.length) {
        out += match.groups[oneIndex - 1] ?? '';
        i += 1;
      } else {
        out += char;
      }
    } else if (next === '<' && match.named) {
      const close = template.indexOf('>', i + 2);
      if (close < 0) {
        out += char;
        continue;
      }
      out += match.named[template.slice(i + 2, close)] ?? '';
      i = close;
    } else {
      out += char;
    }
  }
  return out;
}
