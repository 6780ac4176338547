import { describe, expect, it } from 'vitest';
import { glossaryViolations } from './glossary-violations';
import type { GlossaryEntry } from '../finding';

const glossary: GlossaryEntry[] = [
  { preferred: 'dual growth', forbidden: ['double growth'] },
  { preferred: 'super-ministry system', forbidden: ['superministerial + plan system'] },
  { preferred: 'action plan', forbidden: ['plan'] },
  { preferred: 'tackle problems head-on', forbidden: ['driving nails'] },
];
const run = (text: string, entries: GlossaryEntry[] = glossary) =>
  glossaryViolations.run(text, { glossary: entries }).map(({ quote, suggestion }) => [quote, suggestion]);

describe('glossary-violations', () => {
  it('finds forbidden renderings, whole words, case-insensitively, with the preferred one in matching case', () => {
    expect(run('the “double growth” of companies and Double Growth again, in the spirit of DRIVING NAILS.')).toEqual([
      ['double growth', 'dual growth'],
      ['Double Growth', 'Dual growth'],
      ['DRIVING NAILS', 'Tackle problems head-on'],
    ]);
  });

  it('matches terms with symbols exactly, and never inside other words', () => {
    expect(run('the reform of the “superministerial + plan system” and a superministerial plan system')).toEqual([
      ['superministerial + plan system', 'super-ministry system'],
      ['plan', 'action plan'],
    ]);
    expect(run('planning and planned and airplane')).toEqual([]);
  });

  it('does not flag a forbidden word inside the preferred rendering', () => {
    expect(run('the action plan and the Action Plan, but a plan')).toEqual([['plan', 'action plan']]);
  });

  it('does not match across a line break, and ignores empty or self-contradicting entries', () => {
    expect(run('double\n\ngrowth')).toEqual([]);
    expect(run('double growth', [])).toEqual([]);
    expect(run('double growth', [{ preferred: 'double growth', forbidden: ['Double  Growth', ''] }])).toEqual([]);
  });

  it('finds plurals of the last word and suggests the plural of the preferred rendering', () => {
    expect(run('two Double Growths and the plans’ aims')).toEqual([
      ['Double Growths', 'Dual growths'],
      ['plans', 'action plans'],
    ]);
  });

  it('reports a forbidden rendering without a preferred one, with no suggestion', () => {
    const findings = glossaryViolations.run('a driving nail', { glossary: [{ preferred: '', forbidden: ['driving nail'] }] });
    expect(findings).toEqual([expect.objectContaining({ quote: 'driving nail', message: '“driving nail” is a forbidden rendering' })]);
    expect(findings[0]).not.toHaveProperty('suggestion');
  });
});
