import type { TermPattern } from '../../terms';
import type { GlossaryEntry } from '../finding';

/**
 * The term matcher's patterns for the glossary checks, in glossary order: each entry's
 * preferred rendering, then (with `targets`, and only where a preferred one exists) the MT's
 * target it replaces, then its forbidden variants. `preferredOf[i]` is the preferred
 * rendering of pattern i's entry ('' when it has none); blank renderings are skipped.
 */
export function glossaryPatterns(
  glossary: readonly GlossaryEntry[],
  options: { targets: boolean },
): { patterns: TermPattern[]; preferredOf: string[] } {
  const patterns: TermPattern[] = [];
  const preferredOf: string[] = [];
  glossary.forEach((entry, index) => {
    const termId = entry.termId ?? String(index);
    const preferred = typeof entry.preferred === 'string' ? entry.preferred.trim() : '';
    if (preferred !== '') {
      patterns.push({ termId, text: preferred, kind: 'preferred' });
      preferredOf.push(preferred);
      const target = typeof entry.target === 'string' ? entry.target.trim() : '';
      if (options.targets && target !== '') {
        patterns.push({ termId, text: target, kind: 'target' });
        preferredOf.push(preferred);
      }
    }
    for (const variant of entry.forbidden ?? []) {
      if (typeof variant !== 'string' || variant.trim() === '') continue;
      patterns.push({ termId, text: variant, kind: 'forbidden' });
      preferredOf.push(preferred);
    }
  });
  return { patterns, preferredOf };
}
