import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BILINGUAL_CHECKS } from './checks';
import type { BilingualInput } from './input';
import { runBilingualChecks } from './run';

const CORPUS = resolve(__dirname, '../../../../../shared/corpus/wmt21-zh-en');
const lines = (file: string) => readFileSync(resolve(CORPUS, file), 'utf8').split('\n').slice(0, 1948);
const SYSTEMS = ['Facebook-AI', 'NiuTrans', 'Online-W'];

/** One document per MT output; all three one after another with allSystems. */
function document(system: string): BilingualInput[] {
  const source = lines('newstest2021.zh-en.src.zh');
  const target = lines(`newstest2021.zh-en.hyp.${system}.en`);
  return source.map((text, index) => ({ id: `${system}/${index + 1}`, source: text, target: target[index]! }));
}

describe('all bilingual checks on WMT21 zh-en', () => {
  it.each(SYSTEMS)('run over the 1,948 segments of %s with no failing check, offsets that fit and unique keys', (system) => {
    const segments = document(system);
    const targets = new Map(segments.map((segment) => [segment.id, segment.target]));
    const result = runBilingualChecks(segments, { sourceLocale: 'zh', targetLocale: 'en' }, BILINGUAL_CHECKS.map((check) => check.id));
    expect(result.problems).toEqual([]);
    for (const finding of result.findings) {
      const target = targets.get(finding.segmentId)!;
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.end).toBeLessThanOrEqual(target.length);
      expect(finding.quote).toBe(target.slice(finding.start, finding.end));
    }
    expect(new Set(result.findings.map((finding) => finding.key)).size).toBe(result.findings.length);
    // Numbers, consistency, end punctuation and length ratio find something in every output (empty targets only Online-W has,
    // plain text has no tags, no glossary is given, the MT kept the one URL line), and no check floods the queue.
    const perCheck = new Map<string, number>();
    for (const finding of result.findings) perCheck.set(finding.checkId, (perCheck.get(finding.checkId) ?? 0) + 1);
    for (const check of BILINGUAL_CHECKS) {
      const finds = ['bilingual-numbers', 'bilingual-consistency', 'bilingual-edge-punctuation', 'bilingual-length-ratio'].includes(check.id);
      if (finds) expect(perCheck.get(check.id) ?? 0, check.id).toBeGreaterThan(0);
      expect(perCheck.get(check.id) ?? 0, check.id).toBeLessThan(segments.length * 0.05);
    }
  });

  it('complete over a 10,000-segment document (the three outputs and part of them again), as the bench will run them', { timeout: 60_000 }, () => {
    const three = SYSTEMS.flatMap(document);
    const segments = [...three, ...three.slice(0, 10_000 - three.length).map((segment) => ({ ...segment, id: `again/${segment.id}` }))];
    expect(segments).toHaveLength(10_000);
    const result = runBilingualChecks(segments, { sourceLocale: 'zh', targetLocale: 'en' });
    expect(result.problems).toEqual([]);
    // Repeating segments with other targets makes the consistency check fire, nothing else changes per segment.
    const again = result.findings.filter((finding) => finding.segmentId.startsWith('again/') && finding.checkId === 'bilingual-numbers').length;
    const repeated = new Set(three.slice(0, 10_000 - three.length).map((segment) => segment.id));
    const original = result.findings.filter((finding) => finding.checkId === 'bilingual-numbers' && repeated.has(finding.segmentId)).length;
    expect(again).toBe(original);
  });
});
