/**
 * Runs the bilingual checks over a document and keys their findings, so they join the review
 * queue like the monolingual ones (F flags, D dismisses, the dismissal is remembered by key).
 */
import { errorMessage } from '../../errors';
import type { ConfigProblem } from '../finding';
import type { BilingualCheck, BilingualContext, BilingualFinding, BilingualInput, KeyedBilingualFinding } from './input';
import { BILINGUAL_CHECKS } from './checks';
import { bilingualUntranslated } from './untranslated';

const UNTRANSLATED_CHECK_ID = bilingualUntranslated.id;

export interface BilingualQaResult {
  /** In segment order, then by start, end and check id. */
  findings: KeyedBilingualFinding[];
  /** Checks that failed (a bug): reported, never thrown; the others still run. */
  problems: ConfigProblem[];
}

export function getBilingualCheck(id: string): BilingualCheck | undefined {
  return BILINGUAL_CHECKS.find((check) => check.id === id);
}

/** Runs the enabled checks (all default-enabled ones when enabledIds is omitted; unknown ids are ignored). */
export function runBilingualChecks(
  segments: readonly BilingualInput[],
  context: BilingualContext = {},
  enabledIds?: readonly string[],
): BilingualQaResult {
  const enabled = new Set(enabledIds ?? BILINGUAL_CHECKS.filter((check) => check.defaultEnabled).map((check) => check.id));
  const order = new Map(segments.map((segment, index) => [segment.id, index]));
  const findings: BilingualFinding[] = [];
  const problems: ConfigProblem[] = [];
  // A segment not translated yet is one finding (untranslated), not also every number and tag
  // its empty target lacks: the other checks see only segments with a target.
  const translated = segments.filter((segment) => segment.target.trim() !== '');
  for (const check of BILINGUAL_CHECKS) {
    if (!enabled.has(check.id)) continue;
    try {
      findings.push(...check.run(check.id === UNTRANSLATED_CHECK_ID ? segments : translated, context));
    } catch (error) {
      problems.push({ checkId: check.id, message: `The check failed: ${errorMessage(error)}` });
    }
  }
  findings.sort(
    (a, b) =>
      (order.get(a.segmentId) ?? 0) - (order.get(b.segmentId) ?? 0) || a.start - b.start || a.end - b.end || a.checkId.localeCompare(b.checkId),
  );
  return { findings: withBilingualKeys(findings), problems };
}

/**
 * Key = "segment id|check id:subject or quote:occurrence", e.g. "f1/u7|bilingual-numbers:35000:0".
 * The segment id keeps a dismissal on its segment; offsets are left out, so edits elsewhere in
 * the target do not change it. Findings must be in order within each segment.
 */
export function withBilingualKeys(findings: readonly BilingualFinding[]): KeyedBilingualFinding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const rule = finding.ruleId === undefined ? finding.checkId : `${finding.checkId}/${finding.ruleId}`;
    const what = finding.subject ?? finding.quote;
    const base = JSON.stringify([finding.segmentId, rule, what]);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { ...finding, key: `${finding.segmentId}|${rule}:${what}:${occurrence}` };
  });
}
