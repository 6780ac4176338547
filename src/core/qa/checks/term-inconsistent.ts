import { adaptReplacement, compilePhraseMatcher, normaliseTerm, type TermOccurrence, type TermPattern } from '../../terms';
import { makeFinding, type Check, type Finding, type GlossaryEntry } from '../finding';

/**
 * One source term rendered in different ways in one article: the glossary has
 * several entries for "超部制" (imports from several files do that), and the
 * text uses both "super-ministry system" and "superministerial system". Readers
 * take two renderings for two things.
 *
 * Entries are grouped by normalised source; a group's renderings are its
 * entries' targets and preferred renderings, told apart as the term matcher
 * tells phrases apart. When two or more of them occur, the one to keep is the
 * group's preferred rendering if exactly one preferred rendering occurs, else
 * the most frequent (on a tie, the first in the text); every occurrence of the
 * others is reported with it as the fix.
 *
 * Renderings other checks report are left to them: a target its entry prefers
 * something else to (term-not-preferred) and a forbidden variant
 * (glossary-violations). They still count as occurring, and are never the one
 * to keep. Every preferred rendering and forbidden variant of the glossary is
 * in the matcher, so a rendering inside a longer preferred phrase does not
 * count. Linear in the text.
 */

interface Rendering {
  group: number;
  /** As the glossary spells it (the first spelling met). */
  text: string;
  /** Some entry of the group prefers it. */
  preferred: boolean;
  /** Another check reports it: a target whose entry prefers another rendering, or a forbidden variant. */
  leftToOthers: boolean;
  occurrences: TermOccurrence[];
}

interface SourceGroup {
  /** The source as the first entry spells it. */
  source: string;
  entries: number[];
}

const trimmed = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * Entries grouped by normalised source, in order of first entry; only groups
 * that may have two renderings (two different spellings, case aside) are kept.
 */
function candidateGroups(glossary: readonly GlossaryEntry[]): SourceGroup[] {
  const bySource = new Map<string, SourceGroup & { spellings: Set<string> }>();
  glossary.forEach((entry, index) => {
    const source = trimmed(entry.source);
    const key = normaliseTerm(source);
    if (key === '') return;
    let group = bySource.get(key);
    if (!group) {
      group = { source, entries: [], spellings: new Set() };
      bySource.set(key, group);
    }
    group.entries.push(index);
    for (const rendering of [trimmed(entry.target), trimmed(entry.preferred)]) if (rendering !== '') group.spellings.add(rendering.toLowerCase());
  });
  return [...bySource.values()].filter((group) => group.spellings.size >= 2).map(({ source, entries }) => ({ source, entries }));
}

/** The rendering to keep among those that occur, or undefined when none may be kept. */
function renderingToKeep(occurring: readonly Rendering[]): Rendering | undefined {
  const preferred = occurring.filter((rendering) => rendering.preferred);
  if (preferred.length === 1) return preferred[0];
  const candidates = preferred.length > 1 ? preferred : occurring.filter((rendering) => !rendering.leftToOthers);
  let best: Rendering | undefined;
  for (const rendering of candidates) {
    if (
      !best ||
      rendering.occurrences.length > best.occurrences.length ||
      (rendering.occurrences.length === best.occurrences.length && rendering.occurrences[0]!.start < best.occurrences[0]!.start)
    ) {
      best = rendering;
    }
  }
  return best;
}

export const termInconsistent: Check = {
  id: 'term-inconsistent',
  label: 'Same term, different renderings',
  description: 'A glossary term rendered in two or more ways in one article, with the preferred or usual rendering as the fix.',
  defaultEnabled: true,
  run(text, context) {
    const glossary = context.glossary ?? [];
    const groups = candidateGroups(glossary);
    if (groups.length === 0) return [];

    // The groups' renderings, then every preferred rendering and forbidden variant (to shield and to recognise).
    const patterns: TermPattern[] = [];
    /** Per pattern of a group: its group, and whether its entry prefers another rendering to it. */
    const groupOf: number[] = [];
    const targetOfEntryWithPreferred: boolean[] = [];
    groups.forEach((group, groupIndex) => {
      for (const entryIndex of group.entries) {
        const entry = glossary[entryIndex]!;
        const termId = entry.termId ?? String(entryIndex);
        const preferred = trimmed(entry.preferred);
        const target = trimmed(entry.target);
        if (preferred !== '') {
          patterns.push({ termId, text: preferred, kind: 'preferred' });
          groupOf.push(groupIndex);
          targetOfEntryWithPreferred.push(false);
        }
        if (target !== '') {
          patterns.push({ termId, text: target, kind: 'target' });
          groupOf.push(groupIndex);
          targetOfEntryWithPreferred.push(preferred !== '');
        }
      }
    });
    const groupPatterns = patterns.length;
    glossary.forEach((entry, index) => {
      const termId = entry.termId ?? String(index);
      const preferred = trimmed(entry.preferred);
      if (preferred !== '') patterns.push({ termId, text: preferred, kind: 'preferred' });
      for (const variant of entry.forbidden ?? []) if (trimmed(variant) !== '') patterns.push({ termId, text: variant, kind: 'forbidden' });
    });
    const matcher = compilePhraseMatcher(patterns);

    const forbiddenPhrase = new Uint8Array(matcher.size);
    for (let index = groupPatterns; index < patterns.length; index += 1) {
      if (patterns[index]!.kind === 'forbidden' && matcher.phraseOf(index) >= 0) forbiddenPhrase[matcher.phraseOf(index)] = 1;
    }
    // Renderings by group and phrase: two spellings of one phrase are one rendering.
    const renderings = groups.map(() => new Map<number, Rendering>());
    const renderingOf: (Rendering | undefined)[] = [];
    for (let index = 0; index < groupPatterns; index += 1) {
      const phrase = matcher.phraseOf(index);
      if (phrase < 0) continue;
      const group = groupOf[index]!;
      const isPreferred = patterns[index]!.kind === 'preferred';
      // A target equal to its own entry's preferred rendering is that preferred rendering (the pattern before it).
      const ownPreferred = targetOfEntryWithPreferred[index] ? matcher.phraseOf(index - 1) : -1;
      let rendering = renderings[group]!.get(phrase);
      if (!rendering) {
        rendering = { group, text: patterns[index]!.text.trim(), preferred: false, leftToOthers: false, occurrences: [] };
        renderings[group]!.set(phrase, rendering);
      }
      rendering.preferred ||= isPreferred;
      rendering.leftToOthers ||= forbiddenPhrase[phrase] === 1 || (ownPreferred >= 0 && ownPreferred !== phrase);
      renderingOf[index] = rendering;
    }
    // Preferred somewhere in the group wins: no other check reports a preferred rendering either.
    for (const byPhrase of renderings) for (const rendering of byPhrase.values()) if (rendering.preferred) rendering.leftToOthers = false;

    /** Per group: the last occurrence counted for it, so an occurrence counts once per group. */
    const counted = new Int32Array(groups.length).fill(-1);
    matcher.match(text).forEach((occurrence, occurrenceIndex) => {
      for (const index of occurrence.patterns) {
        const rendering = index < groupPatterns ? renderingOf[index] : undefined;
        if (!rendering || counted[rendering.group] === occurrenceIndex) continue;
        counted[rendering.group] = occurrenceIndex;
        rendering.occurrences.push(occurrence);
      }
    });

    const findings: Finding[] = [];
    const reported = new Set<number>();
    groups.forEach((group, groupIndex) => {
      const occurring = [...renderings[groupIndex]!.values()].filter((rendering) => rendering.occurrences.length > 0);
      if (occurring.length < 2) return;
      const keep = renderingToKeep(occurring);
      if (!keep) return;
      for (const rendering of occurring) {
        if (rendering === keep || rendering.leftToOthers) continue;
        for (const occurrence of rendering.occurrences) {
          // One finding per place, even where renderings of two source terms coincide.
          if (reported.has(occurrence.start)) continue;
          reported.add(occurrence.start);
          const quote = text.slice(occurrence.start, occurrence.end);
          findings.push(
            makeFinding(text, {
              checkId: this.id,
              message: `“${group.source}” is rendered as “${keep.text}” and as “${rendering.text}” in this article.`,
              start: occurrence.start,
              end: occurrence.end,
              suggestion: adaptReplacement(quote, rendering.text, keep.text),
              severityHint: 'minor',
              categoryHint: 'terminology',
            }),
          );
        }
      }
    });
    return findings.sort((a, b) => a.start - b.start);
  },
};
