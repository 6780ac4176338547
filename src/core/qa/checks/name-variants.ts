import type { Check, Finding } from '../finding';
import { caseVariantFindings } from './names/case-variants';
import { spellingVariantFindings } from './names/spelling-variants';
import { commonWordTest } from './names/common-words';
import { WordTable } from './names/tokens';

/**
 * The same name written in different ways: spelled ("Zheng Zhajie" and "Zheng
 * Shajie") or capitalised ("our Province" and "the province") differently.
 * Each minority occurrence is reported with the majority form as the fix (on a
 * tie, the form met first wins). See names/ for the rules that keep common
 * words and sentence capitals out.
 */
export const nameVariants: Check = {
  id: 'name-variants',
  label: 'Name variants',
  description: 'The same name or phrase spelled or capitalised in different ways.',
  defaultEnabled: true,
  run(text) {
    const words = new WordTable(text);
    const isCommon = commonWordTest(words);
    const findings = [...spellingVariantFindings(words, isCommon, this.id), ...caseVariantFindings(words, isCommon, this.id)];
    return outermost(findings);
  },
};

/** Keeps the widest of overlapping findings: "Zheng Shajie" rather than also "Shajie" inside it. */
function outermost(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  let coveredTo = -1;
  for (const finding of findings) {
    if (finding.end <= coveredTo) continue;
    kept.push(finding);
    coveredTo = Math.max(coveredTo, finding.end);
  }
  return kept;
}
