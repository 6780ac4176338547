import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../finding';
import { termInconsistent } from './term-inconsistent';

const superMinistry: GlossaryEntry[] = [
  { termId: 'a', source: '超部制', target: 'super-ministry system', preferred: '', forbidden: [] },
  { termId: 'b', source: ' 超部制', target: 'superministerial system', preferred: '', forbidden: [] },
];
const run = (text: string, entries: readonly GlossaryEntry[]) =>
  termInconsistent.run(text, { glossary: entries }).map(({ quote, suggestion }) => [quote, suggestion]);

describe('term-inconsistent', () => {
  it('reports the less frequent rendering of one source term, with the usual one as the fix', () => {
    const text = 'The super-ministry system works. Superministerial systems fail. A super-ministry system again.';
    const findings = termInconsistent.run(text, { glossary: superMinistry });
    expect(findings.map(({ quote, suggestion }) => [quote, suggestion])).toEqual([['Superministerial systems', 'Super-ministry systems']]);
    expect(findings[0]).toMatchObject({
      checkId: 'term-inconsistent',
      message: '“超部制” is rendered as “super-ministry system” and as “superministerial system” in this article.',
      severityHint: 'minor',
      categoryHint: 'terminology',
    });
  });

  it('breaks a tie by the first rendering in the text', () => {
    expect(run('superministerial system, then super-ministry system', superMinistry)).toEqual([['super-ministry system', 'superministerial system']]);
  });

  it('keeps the one preferred rendering that occurs, however rare', () => {
    const entries: GlossaryEntry[] = [...superMinistry, { source: '超部制', target: '', preferred: 'super ministry system', forbidden: [] }];
    expect(run('super-ministry system, super-ministry system, superministerial system, super ministry system', entries)).toEqual([
      ['super-ministry system', 'super ministry system'],
      ['super-ministry system', 'super ministry system'],
      ['superministerial system', 'super ministry system'],
    ]);
  });

  it('stays quiet with one rendering, with renderings of different sources, and without sources', () => {
    expect(run('super-ministry system and super-ministry system', superMinistry)).toEqual([]);
    const different: GlossaryEntry[] = [
      { source: '超部制', target: 'super-ministry system', preferred: '', forbidden: [] },
      { source: '大部制', target: 'superministerial system', preferred: '', forbidden: [] },
    ];
    expect(run('super-ministry system and superministerial system', different)).toEqual([]);
    expect(run('super-ministry system and superministerial system', superMinistry.map(({ source: _, ...entry }) => entry))).toEqual([]);
    expect(run('anything', [])).toEqual([]);
    expect(termInconsistent.run('anything', {})).toEqual([]);
  });

  it('leaves to the other checks the targets the glossary prefers something else to, and forbidden variants', () => {
    const entries: GlossaryEntry[] = [
      { source: '双增长', target: 'double growth', preferred: 'dual growth', forbidden: [] },
      { source: '双增长', target: 'twofold growth', preferred: '', forbidden: [] },
      { source: '双增长', target: 'two-way growth', preferred: '', forbidden: ['two-way growth'] },
    ];
    // "double growth" is term-not-preferred's, "two-way growth" glossary-violations'; "twofold growth" is this check's.
    expect(run('dual growth, double growth, double growth, twofold growth, two-way growth', entries)).toEqual([['twofold growth', 'dual growth']]);
    // Without an occurring preferred rendering, the most frequent one no other check reports is kept.
    expect(run('double growth, double growth, twofold growth, two-way growth', entries)).toEqual([]);
  });

  it('does not count a rendering inside a longer preferred phrase', () => {
    const entries: GlossaryEntry[] = [
      { source: '计划', target: 'plan', preferred: '', forbidden: [] },
      { source: '计划', target: 'scheme', preferred: '', forbidden: [] },
      { source: '行动计划', target: '', preferred: 'action plan', forbidden: [] },
    ];
    expect(run('the action plan and the scheme', entries)).toEqual([]);
    expect(run('the plan and the plans and the scheme', entries)).toEqual([['scheme', 'plan']]);
  });

  it('never throws, and every finding quotes its own offsets', () => {
    const pieces = fc.constantFrom('super-ministry system', 'superministerial system', 'Systems', 'super', '-', ' ', '\n', '’s', '中');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const findings = termInconsistent.run(text, { glossary: superMinistry });
        for (const finding of findings) {
          expect(finding.quote).toBe(text.slice(finding.start, finding.end));
          expect(finding.start).toBeLessThan(finding.end);
        }
        expect(findings.map((finding) => finding.start)).toEqual([...findings.map((finding) => finding.start)].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });
});
