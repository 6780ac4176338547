import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../finding';
import { termNotPreferred } from './term-not-preferred';

const glossary: GlossaryEntry[] = [
  { termId: 't1', source: '超部制', target: 'superministerial + plan system', preferred: 'super-ministry system', forbidden: [] },
  { termId: 't2', source: '行动计划', target: 'plan', preferred: 'action plan', forbidden: [] },
  { termId: 't3', source: '双增长', target: 'double growth', preferred: 'dual growth', forbidden: ['double growth'] },
  { termId: 't4', source: '钉钉子', target: 'driving nails', preferred: '', forbidden: [] },
  { termId: 't5', source: '两会', target: 'Two Sessions', preferred: 'two sessions', forbidden: [] },
];
const run = (text: string, entries: GlossaryEntry[] = glossary) =>
  termNotPreferred.run(text, { glossary: entries }).map(({ quote, suggestion }) => [quote, suggestion]);

describe('term-not-preferred', () => {
  it('finds the MT’s rendering where the glossary prefers another, with the preferred one in matching case', () => {
    const findings = termNotPreferred.run('The Superministerial + Plan System and the superministerial + plan system.', { glossary });
    expect(findings.map(({ quote, suggestion }) => [quote, suggestion])).toEqual([
      ['Superministerial + Plan System', 'Super-ministry system'],
      ['superministerial + plan system', 'super-ministry system'],
    ]);
    expect(findings[1]).toMatchObject({
      checkId: 'term-not-preferred',
      message: 'The glossary prefers “super-ministry system” to “superministerial + plan system”.',
      severityHint: 'minor',
      categoryHint: 'terminology',
    });
  });

  it('finds plurals and suggests the plural of the preferred rendering', () => {
    expect(run('two superministerial + plan systems and three plans')).toEqual([
      ['superministerial + plan systems', 'super-ministry systems'],
      ['plans', 'action plans'],
    ]);
  });

  it('does not report a target inside a preferred rendering, or a target that is preferred somewhere', () => {
    expect(run('the action plan and the Action Plans, but a plan')).toEqual([['plan', 'action plan']]);
    const both: GlossaryEntry[] = [...glossary, { source: '计划', target: 'scheme', preferred: 'plan', forbidden: [] }];
    expect(run('a plan and a scheme', both)).toEqual([['scheme', 'plan']]);
  });

  it('leaves forbidden targets to glossary-violations, and ignores entries without a different preferred rendering', () => {
    expect(run('double growth, driving nails, the Two Sessions, the two sessions')).toEqual([]);
    const forbiddenElsewhere: GlossaryEntry[] = [glossary[0]!, { preferred: 'scheme', forbidden: ['superministerial + plan system'] }];
    expect(run('the superministerial + plan system', forbiddenElsewhere)).toEqual([]);
  });

  it('needs whole words on one line, and copes with entries that lack a target', () => {
    expect(run('planning, airplane, superministerial +\nplan system')).toEqual([['plan', 'action plan']]);
    expect(run('a plan', [{ preferred: 'action plan', forbidden: ['plan'] }])).toEqual([]);
    expect(run('a plan', [])).toEqual([]);
    expect(termNotPreferred.run('a plan', {})).toEqual([]);
  });

  it('never throws, and every finding quotes its own offsets', () => {
    const pieces = fc.constantFrom('plan', 'Plans', 'action plan', 'superministerial', '+', 'system', ' ', '\n', '’s', 'double growth', '中');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const finding of termNotPreferred.run(text, { glossary })) {
          expect(finding.quote).toBe(text.slice(finding.start, finding.end));
          expect(finding.start).toBeLessThan(finding.end);
        }
      }),
      { numRuns: 200 },
    );
  });
});
