import { describe, expect, it } from 'vitest';
import { MAX_MATCHES, compileUserPatterns, userRegex } from './user-regex';
import type { UserPattern } from '../finding';

const run = (text: string, userPatterns: UserPattern[]) => userRegex.run(text, { userPatterns });

describe('user-regex', () => {
  it('reports each match with the pattern’s message, severity and category', () => {
    const findings = run('In order to grow, in order to win.', [
      { id: 'wordy', pattern: '\\bin order to\\b', flags: 'i', message: 'Say “to”', severity: 'neutral', category: 'style' },
    ]);
    expect(findings.map((f) => [f.quote, f.start, f.ruleId, f.message, f.severityHint, f.categoryHint])).toEqual([
      ['In order to', 0, 'wordy', 'Say “to”', 'neutral', 'style'],
      ['in order to', 18, 'wordy', 'Say “to”', 'neutral', 'style'],
    ]);
  });

  it('defaults severity and category, uses the pattern as rule id, and ignores a sticky flag', () => {
    const [finding] = run('a colour', [{ pattern: 'colou?r', flags: 'y', message: 'spelling' }]);
    expect(finding).toMatchObject({ quote: 'colour', ruleId: 'colou?r', severityHint: 'minor', categoryHint: 'style' });
  });

  it('reports bad patterns as configuration problems instead of throwing, and runs the good ones', () => {
    const patterns: UserPattern[] = [
      { id: 'broken', pattern: '(unclosed', message: 'x' },
      { id: 'flags', pattern: 'a', flags: 'q', message: 'x' },
      { id: 'empty', pattern: '', message: 'x' },
      { id: 'redos', pattern: '(a+)+$', message: 'x' },
      { id: 'long', pattern: 'a'.repeat(600), message: 'x' },
      { id: 'good', pattern: 'plan', message: 'x' },
    ];
    expect(run('the plan', patterns).map((f) => f.ruleId)).toEqual(['good']);
    const problems = userRegex.problems!({ userPatterns: patterns });
    expect(problems.map((p) => p.ruleId)).toEqual(['broken', 'flags', 'empty', 'redos', 'long']);
    expect(problems[0]!.message).toContain('(unclosed');
    expect(compileUserPatterns(patterns).compiled).toHaveLength(1);
  });

  it('steps over zero-width matches instead of looping, and skips them', () => {
    expect(run('abc', [{ pattern: '\\b', message: 'x' }])).toEqual([]);
    expect(run('a😀b', [{ pattern: '(?:)', flags: 'u', message: 'x' }])).toEqual([]);
    expect(run('aXbX', [{ pattern: 'X*', message: 'x' }]).map((f) => f.start)).toEqual([1, 3]);
  });

  it('stops at MAX_MATCHES matches per pattern', () => {
    expect(run('a'.repeat(MAX_MATCHES + 50), [{ pattern: 'a', message: 'x' }])).toHaveLength(MAX_MATCHES);
  });
});
