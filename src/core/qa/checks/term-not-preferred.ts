import { adaptReplacement, compileTermMatcher } from '../../terms';
import { makeFinding, type Check, type Finding } from '../finding';
import { glossaryPatterns } from './glossary-patterns';

/**
 * What the MT wrote (an entry's target) where the glossary has agreed on a
 * different rendering (its preferred one): "superministerial + plan system"
 * where the glossary prefers "super-ministry system". A softer finding than a
 * glossary violation: the target is not wrong, just not the house choice.
 *
 * Not reported: a target inside an occurrence of any preferred rendering (the
 * matcher takes the longest phrase, so "plan" inside preferred "action plan"
 * is never seen alone); a target that is itself some entry's preferred
 * rendering (its own included); and text the glossary forbids, which
 * glossary-violations reports with more weight. Forbidden variants are in the
 * matcher for that, so where one occurs (alone, or longer than a target at the
 * same place) this check stays silent.
 *
 * Matching is the term matcher's (core/terms): whole words, any case, the last
 * word possibly plural. Linear in the text.
 */
export const termNotPreferred: Check = {
  id: 'term-not-preferred',
  label: 'Not the preferred term',
  description: 'The MT’s rendering of a glossary term where the glossary prefers another, with the preferred one as the fix.',
  defaultEnabled: true,
  run(text, context) {
    const { patterns, preferredOf } = glossaryPatterns(context.glossary ?? [], { targets: true });
    if (!patterns.some((pattern) => pattern.kind === 'target')) return [];

    const isTarget = Uint8Array.from(patterns, (pattern) => (pattern.kind === 'target' ? 1 : 0));
    const findings: Finding[] = [];
    for (const occurrence of compileTermMatcher(patterns).match(text)) {
      // The first entry in glossary order speaks when several share this target.
      let target = -1;
      for (const index of occurrence.patterns) {
        if (isTarget[index] !== 1) {
          target = -1;
          break;
        }
        if (target < 0) target = index;
      }
      if (target < 0) continue;
      const preferred = preferredOf[target]!;
      const quote = text.slice(occurrence.start, occurrence.end);
      findings.push(
        makeFinding(text, {
          checkId: this.id,
          message: `The glossary prefers “${preferred}” to “${quote}”.`,
          start: occurrence.start,
          end: occurrence.end,
          suggestion: adaptReplacement(quote, patterns[target]!.text, preferred),
          severityHint: 'minor',
          categoryHint: 'terminology',
        }),
      );
    }
    return findings;
  },
};
