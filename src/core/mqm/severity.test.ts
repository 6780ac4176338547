import { describe, expect, it } from 'vitest';
import { SEVERITIES, SEVERITY_LABELS, compareSeverity, isSeverity, parseSeverity } from './severity';

describe('severity', () => {
  it('orders neutral < minor < major < critical', () => {
    expect(SEVERITIES).toEqual(['neutral', 'minor', 'major', 'critical']);
    const shuffled = ['critical', 'neutral', 'major', 'minor'] as const;
    expect([...shuffled].sort(compareSeverity)).toEqual(['neutral', 'minor', 'major', 'critical']);
    expect(SEVERITY_LABELS.major).toBe('Major');
  });

  it('parses labels the way tools write them, and not WMT "no-error"', () => {
    expect(parseSeverity('Major')).toBe('major');
    expect(parseSeverity(' MINOR ')).toBe('minor');
    expect(parseSeverity('Neutral')).toBe('neutral');
    expect(parseSeverity('no-error')).toBeUndefined();
    expect(parseSeverity('')).toBeUndefined();
    expect(parseSeverity(undefined)).toBeUndefined();
    expect(isSeverity('critical')).toBe(true);
    expect(isSeverity('Critical')).toBe(false);
  });
});
