import { errorMessage } from '../errors';
import type { Check, CheckContext, ConfigProblem, Finding, KeyedFinding } from './finding';
import { doubleSpaces } from './checks/double-spaces';
import { glossaryViolations } from './checks/glossary-violations';
import { missingSpaceAfterPunctuation } from './checks/missing-space-after-punctuation';
import { nameVariants } from './checks/name-variants';
import { repeatedWords } from './checks/repeated-words';
import { scraperArtifacts } from './checks/scraper-artifacts';
import { spaceBeforePunctuation } from './checks/space-before-punctuation';
import { strayPunctuationRuns } from './checks/stray-punctuation-runs';
import { termInconsistent } from './checks/term-inconsistent';
import { termNotPreferred } from './checks/term-not-preferred';
import { unpairedQuotes } from './checks/unpaired-quotes';
import { untranslatedSourceScript } from './checks/untranslated-source-script';
import { userRegex } from './checks/user-regex';

/** Every check, in the order the settings list them. */
export const CHECKS: readonly Check[] = [
  scraperArtifacts,
  untranslatedSourceScript,
  nameVariants,
  glossaryViolations,
  termNotPreferred,
  termInconsistent,
  unpairedQuotes,
  spaceBeforePunctuation,
  missingSpaceAfterPunctuation,
  doubleSpaces,
  strayPunctuationRuns,
  repeatedWords,
  userRegex,
];

export function getCheck(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id);
}

export function defaultEnabledCheckIds(): string[] {
  return CHECKS.filter((check) => check.defaultEnabled).map((check) => check.id);
}

export interface QaResult {
  /** Sorted by start, then end, then check id. */
  findings: KeyedFinding[];
  /** Settings the checks could not use, and checks that failed: shown in settings, never thrown. */
  problems: ConfigProblem[];
}

/**
 * Runs the enabled checks (the default-enabled ones when enabledIds is omitted;
 * unknown ids are ignored) and keys the findings. A check that throws is a bug,
 * but it costs only its own findings: it is reported as a problem and the
 * others still run.
 */
export function runChecks(text: string, context: CheckContext = {}, enabledIds?: readonly string[]): QaResult {
  const enabled = new Set(enabledIds ?? defaultEnabledCheckIds());
  const findings: Finding[] = [];
  const problems: ConfigProblem[] = [];
  for (const check of CHECKS) {
    if (!enabled.has(check.id)) continue;
    try {
      problems.push(...(check.problems?.(context) ?? []));
      for (const finding of check.run(text, context)) {
        if (finding.start >= 0 && finding.end <= text.length && finding.start < finding.end) findings.push(finding);
      }
    } catch (error) {
      problems.push({ checkId: check.id, message: `The check failed: ${errorMessage(error)}` });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.checkId.localeCompare(b.checkId));
  return { findings: withKeys(findings), problems };
}

/**
 * Key = check (and rule) id, the occurrence index of this quote among that
 * check's findings, and the quote: "repeated-words:0:the the". Findings must be
 * in text order. Offsets are left out on purpose, so edits elsewhere do not
 * change the key; only adding or removing an identical finding earlier does.
 */
export function withKeys(findings: readonly Finding[]): KeyedFinding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const rule = finding.ruleId === undefined ? finding.checkId : `${finding.checkId}/${finding.ruleId}`;
    const base = JSON.stringify([rule, finding.quote]);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { ...finding, key: `${rule}:${occurrence}:${finding.quote}` };
  });
}
