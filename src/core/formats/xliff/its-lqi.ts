/**
 * Flags as ITS 2.0 Localization Quality Issues: Glossa's MQM category → its:locQualityIssueType
 * (the ITS issue-type list, as xliff-2.1/its.xsd enumerates it), severity → its:locQualityIssueSeverity
 * (a 0–100 score), and the <mrk> that carries them around the flagged span of a target, in the
 * form each XLIFF version allows (ADR 0017).
 */
import type { InlineContent, InlineItem, InlineTag } from '../../bilingual/types';
import type { Severity } from '../../model';

export const ITS_NAMESPACE = 'http://www.w3.org/2005/11/its';

/** A flag to write: on the span [start, end) of the target's plain text (tags omitted), or the whole target. */
export interface LqiFlag {
  /** An MQM category id ("accuracy/mistranslation") or an ITS issue type ("mistranslation"). */
  readonly category: string;
  readonly severity: Severity;
  readonly comment?: string;
  readonly start?: number;
  readonly end?: number;
}

const BY_CATEGORY: Readonly<Record<string, string>> = {
  terminology: 'terminology',
  'accuracy/mistranslation': 'mistranslation',
  'accuracy/omission': 'omission',
  'accuracy/addition': 'addition',
  'accuracy/untranslated': 'untranslated',
  'accuracy/do-not-translate': 'untranslated',
  accuracy: 'mistranslation',
  'linguistic-conventions/grammar': 'grammar',
  'linguistic-conventions/spelling': 'misspelling',
  'linguistic-conventions/punctuation': 'typographical',
  'linguistic-conventions/inconsistency': 'inconsistency',
  'linguistic-conventions/register': 'register',
  'linguistic-conventions': 'grammar',
  style: 'style',
  'locale-conventions': 'locale-violation',
  'audience-appropriateness': 'locale-specific-content',
  'design-and-markup': 'markup',
  'non-translation': 'untranslated',
  'source-error': 'other',
};

/** Every value its:locQualityIssueType may take. */
const ITS_TYPES = new Set([
  'terminology', 'mistranslation', 'omission', 'untranslated', 'addition', 'duplication', 'inconsistency', 'grammar', 'legal', 'register',
  'locale-specific-content', 'locale-violation', 'style', 'characters', 'misspelling', 'typographical', 'formatting', 'inconsistent-entities',
  'numbers', 'markup', 'pattern-problem', 'whitespace', 'internationalization', 'length', 'non-conformance', 'uncategorized', 'other',
]);

/** The ITS issue type of an MQM category (its own, its parent's, or "other"). */
export function itsIssueType(category: string): string {
  if (ITS_TYPES.has(category)) return category;
  return BY_CATEGORY[category] ?? BY_CATEGORY[category.split('/')[0]!] ?? 'other';
}

/** Neutral 0, Minor 25, Major 60, Critical 100 on ITS's 0–100 severity scale. */
export const ITS_SEVERITY: Readonly<Record<Severity, number>> = { neutral: 0, minor: 25, major: 60, critical: 100 };

/** The its:* attributes of a flag, prefixed "its:" (the caller declares the namespace). */
export function lqiAttributes(flag: LqiFlag): Record<string, string> {
  return {
    'its:locQualityIssueType': itsIssueType(flag.category),
    ...(flag.comment ? { 'its:locQualityIssueComment': flag.comment } : {}),
    'its:locQualityIssueSeverity': String(ITS_SEVERITY[flag.severity]),
  };
}

/**
 * `content` with the span [start, end) of its plain text wrapped in an open and a close token.
 * A span that would cross a container tag (so the markers could not nest) widens to the whole
 * content, which always nests.
 */
export function wrapSpan(content: InlineContent, start: number, end: number, open: InlineTag, close: InlineTag): InlineContent {
  const out: InlineItem[] = [];
  let at = 0;
  let depth = 0;
  let openDepth = -1;
  let state: 'before' | 'inside' | 'after' = 'before';
  let crossed = false;
  for (const item of content) {
    if (item.type === 'tag') {
      if (item.tag.container) depth += item.tag.kind === 'open' ? 1 : item.tag.kind === 'close' ? -1 : 0;
      if (state === 'inside' && depth < openDepth) crossed = true;
      out.push(item);
      continue;
    }
    const textEnd = at + item.text.length;
    let cut = 0;
    if (state === 'before' && start >= at && start <= textEnd) {
      if (start > at) out.push({ type: 'text', text: item.text.slice(0, start - at) });
      out.push({ type: 'tag', tag: open });
      cut = start - at;
      openDepth = depth;
      state = 'inside';
    }
    if (state === 'inside' && end >= Math.max(at, start) && end <= textEnd) {
      if (end - at > cut) out.push({ type: 'text', text: item.text.slice(cut, end - at) });
      if (depth !== openDepth) crossed = true;
      out.push({ type: 'tag', tag: close });
      cut = Math.max(cut, end - at);
      state = 'after';
    }
    if (cut < item.text.length) out.push({ type: 'text', text: item.text.slice(cut) });
    at = textEnd;
  }
  if (state !== 'after' || crossed) return [{ type: 'tag', tag: open }, ...content, { type: 'tag', tag: close }];
  return out;
}

/** An ITS quality issue found on a target as a file delivered it (Glossa's own export, or another tool's). */
export interface ReadLqiIssue {
  /** The MQM category Glossa files it under (ITS type → the first category that maps to it). */
  readonly category: string;
  readonly itsType: string;
  readonly severity: Severity;
  readonly comment?: string;
  /** Offsets into the plain text (tags omitted) of the content without the markers. */
  readonly start: number;
  readonly end: number;
}

/** The category an ITS issue type reads back as: the first of BY_CATEGORY's that writes it. */
function categoryOfItsType(type: string): string {
  for (const [category, its] of Object.entries(BY_CATEGORY)) if (its === type && category.includes('/')) return category;
  for (const [category, its] of Object.entries(BY_CATEGORY)) if (its === type) return category;
  return 'accuracy';
}

function severityOfScore(score: number): Severity {
  if (!Number.isFinite(score) || score <= 0) return 'neutral';
  if (score >= ITS_SEVERITY.critical) return 'critical';
  if (score >= ITS_SEVERITY.major) return 'major';
  return 'minor';
}

function lqiAttribute(attrs: Readonly<Record<string, string>>, local: string): string | undefined {
  for (const [name, value] of Object.entries(attrs)) if (name === local || name.endsWith(`:${local}`)) return value;
  return undefined;
}

/**
 * The ITS Localization Quality Issue markers of a target (an XLIFF 1.2 <mrk> or XLIFF 2 <mrk>
 * carrying its:locQualityIssueType, as Glossa's export writes them): the issues with their spans,
 * and the content without the markers, so a re-imported review shows them as flags, not as tags.
 */
export function readLqiMarks(content: InlineContent): { content: InlineContent; issues: ReadLqiIssue[] } {
  const open = new Map<string, { issue: Omit<ReadLqiIssue, 'end'> }>();
  const issues: ReadLqiIssue[] = [];
  const out: InlineItem[] = [];
  let at = 0;
  for (const item of content) {
    if (item.type === 'text') {
      at += item.text.length;
      const last = out[out.length - 1];
      if (last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + item.text };
      else out.push(item);
      continue;
    }
    const { tag } = item;
    const local = tag.element.slice(tag.element.indexOf(':') + 1);
    if (local === 'mrk' && tag.container && tag.pairKey !== undefined) {
      if (tag.kind === 'open') {
        const type = lqiAttribute(tag.attrs, 'locQualityIssueType');
        if (type !== undefined) {
          const comment = lqiAttribute(tag.attrs, 'locQualityIssueComment');
          open.set(tag.pairKey, {
            issue: {
              category: categoryOfItsType(type),
              itsType: type,
              severity: severityOfScore(Number(lqiAttribute(tag.attrs, 'locQualityIssueSeverity') ?? '25')),
              ...(comment ? { comment } : {}),
              start: at,
            },
          });
          continue;
        }
      } else if (tag.kind === 'close' && open.has(tag.pairKey)) {
        issues.push({ ...open.get(tag.pairKey)!.issue, end: at });
        open.delete(tag.pairKey);
        continue;
      }
    }
    out.push(item);
  }
  return { content: out, issues };
}
