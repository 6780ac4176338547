/**
 * Inconsistent translations across the document: one source (compared NFKC, case- and
 * space-insensitive) translated in different ways, and one target used for different sources.
 * Every segment of such a group is reported, with the other versions in the message. Segments
 * with an empty side or nothing to translate are left out. Linear: one map per direction.
 */
import type { BilingualCheck, BilingualFinding, BilingualInput } from './input';
import { segmentFinding } from './input';
import { comparable, isUntranslatable } from './normalise';

interface Keyed {
  segment: BilingualInput;
  source: string;
  target: string;
}

interface Group {
  members: Keyed[];
  /** The distinct other-side texts, first spelling kept. */
  others: Map<string, string>;
}

/** Each usable segment with both comparison forms, computed once for both directions. */
function keyed(segments: readonly BilingualInput[]): Keyed[] {
  const out: Keyed[] = [];
  for (const segment of segments) {
    if (segment.source.trim() === '' || segment.target.trim() === '' || isUntranslatable(segment.source)) continue;
    out.push({ segment, source: comparable(segment.source), target: comparable(segment.target) });
  }
  return out;
}

function groupBy(items: readonly Keyed[], side: 'source' | 'target'): Map<string, Group> {
  const other = side === 'source' ? 'target' : 'source';
  const groups = new Map<string, Group>();
  for (const item of items) {
    let group = groups.get(item[side]);
    if (!group) {
      group = { members: [], others: new Map() };
      groups.set(item[side], group);
    }
    group.members.push(item);
    if (!group.others.has(item[other])) group.others.set(item[other], item.segment[other].trim());
  }
  return groups;
}

const MAX_LISTED = 3;

/** The other versions than mine, at most MAX_LISTED spelled out (a constant cost per segment, whatever the group's size). */
function listed(others: ReadonlyMap<string, string>, mine: string): string {
  const shown: string[] = [];
  for (const [key, text] of others) {
    if (shown.length === MAX_LISTED) break;
    if (key !== mine) shown.push(`"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`);
  }
  const total = others.size - (others.has(mine) ? 1 : 0);
  return total > MAX_LISTED ? `${shown.join(', ')} and ${total - MAX_LISTED} more` : shown.join(', ');
}

export const bilingualConsistency: BilingualCheck = {
  id: 'bilingual-consistency',
  label: 'Inconsistent translations',
  description: 'The same source is translated differently elsewhere, or the same target translates different sources.',
  defaultEnabled: true,
  run(segments) {
    const findings: BilingualFinding[] = [];
    const items = keyed(segments);
    for (const [side, ruleId] of [
      ['source', 'same-source'],
      ['target', 'same-target'],
    ] as const) {
      for (const group of groupBy(items, side).values()) {
        if (group.others.size < 2) continue;
        const other = side === 'source' ? 'target' : 'source';
        for (const { segment, ...forms } of group.members) {
          const rest = listed(group.others, forms[other]);
          findings.push(
            segmentFinding(segment, {
              checkId: this.id,
              ruleId,
              subject: ruleId,
              message:
                side === 'source'
                  ? `The same source is translated differently elsewhere: ${rest}`
                  : `The same target translates other sources too: ${rest}`,
              severityHint: 'minor',
              categoryHint: 'linguistic-conventions/inconsistency',
            }),
          );
        }
      }
    }
    return findings;
  },
};
