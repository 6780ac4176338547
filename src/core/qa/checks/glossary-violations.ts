import { adaptReplacement, compileTermMatcher } from '../../terms';
import { makeFinding, type Check, type Finding } from '../finding';
import { glossaryPatterns } from './glossary-patterns';

/**
 * Forbidden renderings of glossary terms used in the text, with the preferred
 * rendering as the suggestion. Matching is the term matcher's (core/terms):
 * whole tokens, case-insensitive, so "plan" never matches inside "planning",
 * and "superministerial + plan system" matches only with its "+"; the last word
 * may be plural ("double growths"). A phrase never runs across a line break.
 *
 * Text inside an occurrence of a preferred rendering is not a violation
 * (forbidden "plan" in preferred "action plan": the matcher takes the longest
 * phrase), and neither is text that is some entry's preferred rendering (a
 * "forbidden" variant equal to the preferred one is a glossary mistake).
 *
 * Linear in the text: one pass of the compiled matcher.
 */
export const glossaryViolations: Check = {
  id: 'glossary-violations',
  label: 'Glossary violations',
  description: 'Renderings the glossary forbids, with the preferred rendering as the fix.',
  defaultEnabled: true,
  run(text, context) {
    const { patterns, preferredOf } = glossaryPatterns(context.glossary ?? [], { targets: false });
    if (!patterns.some((pattern) => pattern.kind === 'forbidden')) return [];

    const isPreferred = Uint8Array.from(patterns, (pattern) => (pattern.kind === 'preferred' ? 1 : 0));
    const findings: Finding[] = [];
    for (const occurrence of compileTermMatcher(patterns).match(text)) {
      if (occurrence.patterns.some((index) => isPreferred[index] === 1)) continue;
      // The first entry in glossary order speaks when several forbid this text.
      const index = occurrence.patterns[0]!;
      const preferred = preferredOf[index]!;
      const quote = text.slice(occurrence.start, occurrence.end);
      findings.push(
        makeFinding(text, {
          checkId: this.id,
          message: preferred === '' ? `“${quote}” is a forbidden rendering` : `“${quote}” is a forbidden rendering: use “${preferred}”`,
          start: occurrence.start,
          end: occurrence.end,
          ...(preferred === '' ? {} : { suggestion: adaptReplacement(quote, patterns[index]!.text, preferred) }),
          severityHint: 'major',
          categoryHint: 'terminology',
        }),
      );
    }
    return findings;
  },
};
