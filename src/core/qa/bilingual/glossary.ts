/**
 * A glossary term in the source whose approved rendering is not in the target. Source terms are
 * found on the source side (CJK by substring, see phrase-finder), the preferred rendering on the
 * target side (whole words, plurals allowed). Entries need both a source and a preferred text.
 */
import type { BilingualCheck, BilingualFinding } from './input';
import { segmentFinding } from './input';
import { compilePhraseFinder } from './phrase-finder';

export const bilingualGlossary: BilingualCheck = {
  id: 'bilingual-glossary',
  label: 'Glossary term not translated as approved',
  description: "A glossary term occurs in the source, but the target does not use the term's approved translation.",
  defaultEnabled: true,
  run(segments, context) {
    const entries = (context.glossary ?? []).filter(
      (entry) => typeof entry.source === 'string' && entry.source.trim() !== '' && typeof entry.preferred === 'string' && entry.preferred.trim() !== '',
    );
    if (entries.length === 0) return [];
    const sources = compilePhraseFinder(entries.map((entry) => entry.source!));
    const targets = compilePhraseFinder(entries.map((entry) => entry.preferred));
    const findings: BilingualFinding[] = [];
    for (const segment of segments) {
      const inSource = sources.find(segment.source);
      if (inSource.size === 0) continue;
      // Entries sharing a source term are one concept: any of their approved renderings will do.
      const satisfied = new Set([...targets.find(segment.target)].map((index) => entries[index]!.source!.trim()));
      const reported = new Set<string>();
      for (const index of [...inSource].sort((a, b) => a - b)) {
        const entry = entries[index]!;
        const concept = entry.source!.trim();
        if (satisfied.has(concept) || reported.has(concept)) continue;
        reported.add(concept);
        findings.push(
          segmentFinding(segment, {
            checkId: this.id,
            subject: entry.termId ?? entry.source!,
            message: `The source has ${entry.source!.trim()}, but the target lacks its approved translation "${entry.preferred.trim()}"`,
            severityHint: 'minor',
            categoryHint: 'terminology',
          }),
        );
      }
    }
    return findings;
  },
};
