import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Check } from './finding';
import { CHECKS, defaultEnabledCheckIds, getCheck, runChecks, withKeys } from './registry';

const context = {
  glossary: [{ preferred: 'dual growth', forbidden: ['double growth'] }],
  userPatterns: [{ id: 'wordy', pattern: 'in order to', message: 'Say “to”' }],
};

describe('registry', () => {
  it('lists every check once, with a kebab-case id, label and description', () => {
    const ids = CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'scraper-artifacts',
        'unpaired-quotes',
        'space-before-punctuation',
        'missing-space-after-punctuation',
        'double-spaces',
        'stray-punctuation-runs',
        'repeated-words',
        'untranslated-source-script',
        'name-variants',
        'glossary-violations',
        'term-not-preferred',
        'term-inconsistent',
        'user-regex',
      ]),
    );
    for (const check of CHECKS) {
      expect(check.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(check.label).not.toBe('');
      expect(check.description).not.toBe('');
    }
    expect(getCheck('double-spaces')?.label).toBe('Double spaces');
    expect(defaultEnabledCheckIds()).toEqual(ids);
  });

  it('runs the checks and sorts their findings by position', () => {
    const text = '[ad_1]\nThe the  plan,and the double growth in order to win';
    const { findings, problems } = runChecks(text, context);
    expect(problems).toEqual([]);
    expect(findings.map((f) => [f.checkId, f.quote])).toEqual([
      ['scraper-artifacts', '[ad_1]'],
      ['repeated-words', 'The the'],
      ['double-spaces', 'the  plan,and'],
      ['missing-space-after-punctuation', 'plan,and'],
      ['glossary-violations', 'double growth'],
      ['user-regex', 'in order to'],
    ]);
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('runs only the enabled checks, ignoring unknown ids', () => {
    const text = 'The the  plan';
    expect(runChecks(text, {}, ['double-spaces', 'no-such-check']).findings.map((f) => f.checkId)).toEqual(['double-spaces']);
    expect(runChecks(text, {}, []).findings).toEqual([]);
  });

  it('collects configuration problems without stopping', () => {
    const { findings, problems } = runChecks('a plan', { userPatterns: [{ id: 'bad', pattern: '(', message: 'x' }] });
    expect(problems).toEqual([expect.objectContaining({ checkId: 'user-regex', ruleId: 'bad' })]);
    expect(findings).toEqual([]);
  });

  it('keys findings by check, occurrence and quote, stable under edits elsewhere', () => {
    const before = runChecks('the the cat. Then the the dog.', {}, ['repeated-words']).findings.map((f) => f.key);
    expect(before).toEqual(['repeated-words:0:the the', 'repeated-words:1:the the']);
    const after = runChecks('A long new opening sentence. the the cat. Then, later, the the dog.', {}, ['repeated-words']).findings.map((f) => f.key);
    expect(after).toEqual(before);
  });

  it('keeps rules of one check apart in the key', () => {
    const keyed = withKeys([
      { checkId: 'user-regex', ruleId: 'a', message: '', start: 0, end: 1, quote: 'x', severityHint: 'minor', categoryHint: 'style' },
      { checkId: 'user-regex', ruleId: 'b', message: '', start: 0, end: 1, quote: 'x', severityHint: 'minor', categoryHint: 'style' },
    ]);
    expect(keyed.map((f) => f.key)).toEqual(['user-regex/a:0:x', 'user-regex/b:0:x']);
  });

  it('never throws, and every finding quotes its own offsets, whatever the text', () => {
    const pieces = fc.constantFrom('the', 'The', 'Zheng', 'Zhajie', 'Shajie', ' ', '  ', '\n', '\n\n', ',', '.', '“', '”', '"', '(', ')', '[ad_1]', '中', '，', 'double growth', '...', ':', 'Source: ');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const { findings } = runChecks(text, context);
        const keys = new Set<string>();
        for (const finding of findings) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          expect(finding.start).toBeLessThan(finding.end);
          expect(finding.quote).toBe(text.slice(finding.start, finding.end));
          expect(keys.has(finding.key)).toBe(false);
          keys.add(finding.key);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('runChecks with a broken check', () => {
  it('reports the failure as a problem and keeps the other checks’ findings', async () => {
    const { vi } = await import('vitest');
    const check = getCheck('double-spaces') as Check;
    const spy = vi.spyOn(check, 'run').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      const { findings, problems } = runChecks('the the  cat');
      expect(problems).toEqual([{ checkId: 'double-spaces', message: 'The check failed: boom' }]);
      expect(findings.map((f) => f.checkId)).toEqual(['repeated-words']);
    } finally {
      spy.mockRestore();
    }
  });
});
