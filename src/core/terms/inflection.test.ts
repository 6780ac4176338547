import { describe, expect, it } from 'vitest';
import { adaptReplacement, pluralForms } from './inflection';

describe('pluralForms', () => {
  it('makes the plurals English makes by rule, for words of three letters or more', () => {
    expect(pluralForms('plan')).toEqual(['plans']);
    expect(pluralForms('Policy')).toEqual(['policies']);
    expect(pluralForms('day')).toEqual(['days']);
    expect(pluralForms('tax')).toEqual(['taxes']);
    expect(pluralForms('bus')).toEqual(['buses']);
    expect(pluralForms('church')).toEqual(['churches']);
    expect(pluralForms('push')).toEqual(['pushes']);
    expect(pluralForms('potato')).toEqual(['potatos', 'potatoes']);
    expect(pluralForms('it')).toEqual([]);
    expect(pluralForms('G20')).toEqual([]);
    expect(pluralForms('café')).toEqual([]);
    expect(pluralForms('two words')).toEqual([]);
  });
});

describe('adaptReplacement', () => {
  it('matches the capital and the plural of the text it replaces', () => {
    expect(adaptReplacement('Double growth', 'double growth', 'dual growth')).toBe('Dual growth');
    expect(adaptReplacement('superministerial + plan systems', 'superministerial + plan system', 'super-ministry system')).toBe('super-ministry systems');
    expect(adaptReplacement('Plan policies', 'plan policy', 'action strategy')).toBe('Action strategies');
    expect(adaptReplacement('taxes', 'tax', 'levy')).toBe('levies');
    expect(adaptReplacement('action plan', 'action plan', 'plan of action')).toBe('plan of action');
    expect(adaptReplacement('ACTION PLANS', 'action plan', 'SOE')).toBe('SOES');
    expect(adaptReplacement('action plans', 'action plan', 'U.S.')).toBe('U.S.');
    expect(adaptReplacement('meetings', 'meeting', 'two sessions')).toBe('two sessions');
    expect(adaptReplacement('procedures', 'procedure', 'process')).toBe('processes');
  });
});
