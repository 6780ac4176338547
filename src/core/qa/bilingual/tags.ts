/**
 * Inline tags and placeholders that do not match: a tag of the source missing from the target, a
 * tag the source does not have, the same tags in another order (compared by kind and pairKey/id);
 * and placeholders written in the text ({0}, {name}, {{name}}, %s, %1$s, %d, %%) missing or extra
 * (their order may change with the grammar, so it is not compared).
 */
import type { BilingualCheck, BilingualFinding, BilingualInput, TagRef } from './input';
import { segmentFinding } from './input';

const PLACEHOLDER = /\{\{\s*[\w.-]+\s*\}\}|\{\d+\}|\{[A-Za-z_][\w.-]*\}|%(?:\d+\$)?[-+#0]*\d*(?:\.\d+)?[sdifuxXoeEgGc@]|%%/gu;

function tagName(tag: TagRef): string {
  return tag.kind === 'open' ? `<${tag.key}>` : tag.kind === 'close' ? `</${tag.key}>` : `<${tag.key}/>`;
}

function multiset(items: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

/** Items of a not matched by b (as multisets), in a's order. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = multiset(b);
  return a.filter((item) => {
    const count = left.get(item) ?? 0;
    if (count > 0) left.set(item, count - 1);
    return count === 0;
  });
}

function tagFindings(segment: BilingualInput, checkId: string): BilingualFinding[] {
  const source = (segment.sourceTags ?? []).map(tagName);
  const target = (segment.targetTags ?? []).map(tagName);
  const missing = minus(source, target);
  const extra = minus(target, source);
  const finding = (ruleId: string, subject: string, message: string): BilingualFinding =>
    segmentFinding(segment, { checkId, ruleId, subject, message, severityHint: 'minor', categoryHint: 'design-and-markup' });
  const findings = [
    ...missing.map((tag) => finding('missing-tag', tag, `The source's tag ${tag} is missing from the target`)),
    ...extra.map((tag) => finding('extra-tag', tag, `The tag ${tag} is not in the source`)),
  ];
  if (missing.length === 0 && extra.length === 0 && source.some((tag, index) => target[index] !== tag)) {
    findings.push(finding('reordered-tags', target.join(''), `The tags are in another order than in the source (${source.join(' ')})`));
  }
  return findings;
}

function placeholderFindings(segment: BilingualInput, checkId: string): BilingualFinding[] {
  const source = [...segment.source.matchAll(PLACEHOLDER)].map((match) => match[0]);
  const targetMatches = [...segment.target.matchAll(PLACEHOLDER)];
  if (source.length === 0 && targetMatches.length === 0) return [];
  const target = targetMatches.map((match) => match[0]);
  const findings = minus(source, target).map((text) =>
    segmentFinding(segment, {
      checkId,
      ruleId: 'missing-placeholder',
      subject: text,
      message: `The placeholder ${text} is missing from the target`,
      severityHint: 'major',
      categoryHint: 'design-and-markup',
    }),
  );
  const unmatched = multiset(source);
  for (const match of targetMatches) {
    const count = unmatched.get(match[0]) ?? 0;
    if (count > 0) {
      unmatched.set(match[0], count - 1);
      continue;
    }
    findings.push(
      segmentFinding(segment, {
        checkId,
        ruleId: 'extra-placeholder',
        subject: match[0],
        start: match.index,
        end: match.index + match[0].length,
        message: `The placeholder ${match[0]} is not in the source`,
        severityHint: 'major',
        categoryHint: 'design-and-markup',
      }),
    );
  }
  return findings;
}

export const bilingualTags: BilingualCheck = {
  id: 'bilingual-tags',
  label: 'Tags and placeholders',
  description: 'An inline tag or placeholder of the source is missing from the target, is extra, or the tags are reordered.',
  defaultEnabled: true,
  run(segments) {
    return segments.flatMap((segment) => [...tagFindings(segment, this.id), ...placeholderFindings(segment, this.id)]);
  },
};
