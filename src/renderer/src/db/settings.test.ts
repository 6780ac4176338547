import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GlossaDatabase } from './database';
import { GOOGLE_WMT_PRESET, customPresetFrom } from '@core/mqm';
import { REVIEW_SETTING_DEFAULTS, getSetting, setSetting } from './settings';
import type { ManualClock } from './test-database';
import { deleteTestDatabase, openTestDatabase } from './test-database';

let db: GlossaDatabase;
let clock: ManualClock;

beforeEach(() => {
  ({ db, clock } = openTestDatabase());
});

afterEach(async () => {
  await deleteTestDatabase(db);
});

describe('settings', () => {
  it('return the fallback until set, then the stored value', async () => {
    expect(await getSetting(db, 'authorName', 'Anonymous')).toBe('Anonymous');

    await setSetting(db, 'authorName', 'Lin');
    await setSetting(db, 'libraryVisible', false);
    await setSetting(db, 'lastOpenedDocumentId', null);

    expect(await getSetting(db, 'authorName', 'Anonymous')).toBe('Lin');
    expect(await getSetting(db, 'libraryVisible', true)).toBe(false);
    expect(await getSetting(db, 'lastOpenedDocumentId', 'fallback')).toBeNull();
    expect(await db.settings.get('authorName')).toEqual({ key: 'authorName', value: 'Lin', updatedAt: clock() });
  });

  it('overwrite the previous value', async () => {
    await setSetting(db, 'sampleImported', false);
    await setSetting(db, 'sampleImported', true);

    expect(await getSetting(db, 'sampleImported', false)).toBe(true);
    expect(await db.settings.count()).toBe(1);
  });

  it('read a stored value of the wrong type as the fallback', async () => {
    await db.settings.put({ key: 'libraryVisible', value: 'yes', updatedAt: 0 });
    await db.settings.put({ key: 'lastOpenedDocumentId', value: 42, updatedAt: 0 });

    expect(await getSetting(db, 'libraryVisible', true)).toBe(true);
    expect(await getSetting(db, 'lastOpenedDocumentId', null)).toBeNull();
  });
});

describe('review settings', () => {
  const defaults = REVIEW_SETTING_DEFAULTS;

  it('default to MQM standard, threshold 90 (core/mqm’s), all checks on and no user rules', async () => {
    expect(defaults).toEqual({ reviewPreset: 'mqm', customPreset: null, passThreshold: 90, scoringModel: 'calibrated-linear', criticalFails: false, disabledChecks: [], userRegexRules: [] });
    expect(Object.isFrozen(defaults) && Object.isFrozen(defaults.disabledChecks) && Object.isFrozen(defaults.userRegexRules)).toBe(true);
    expect(await getSetting(db, 'reviewPreset', defaults.reviewPreset)).toBe('mqm');
    expect(await getSetting(db, 'passThreshold', defaults.passThreshold)).toBe(90);
    expect(await getSetting(db, 'disabledChecks', defaults.disabledChecks)).toBe(defaults.disabledChecks);
  });

  it('store and read back each review setting', async () => {
    const custom = customPresetFrom(GOOGLE_WMT_PRESET, 'client-x', 'Client X');
    const rules = [{ pattern: '\\bdriving nails\\b', flags: 'i', message: 'Calque: say “getting things done”.' }];
    await setSetting(db, 'reviewPreset', 'custom');
    await setSetting(db, 'customPreset', custom);
    await setSetting(db, 'passThreshold', 97.5);
    await setSetting(db, 'disabledChecks', ['double-spaces', 'name-variants']);
    await setSetting(db, 'userRegexRules', rules);

    expect(await getSetting(db, 'reviewPreset', defaults.reviewPreset)).toBe('custom');
    expect(await getSetting(db, 'customPreset', defaults.customPreset)).toEqual(custom);
    expect(await getSetting(db, 'passThreshold', defaults.passThreshold)).toBe(97.5);
    expect(await getSetting(db, 'disabledChecks', defaults.disabledChecks)).toEqual(['double-spaces', 'name-variants']);
    expect(await getSetting(db, 'userRegexRules', defaults.userRegexRules)).toEqual(rules);
  });

  it('read stored values of the wrong shape as the fallback', async () => {
    const stored: [string, unknown][] = [
      ['reviewPreset', 'google-wmt'],
      ['passThreshold', 101],
      ['disabledChecks', ['double-spaces', 3]],
      ['userRegexRules', [{ pattern: 'x', flags: 'g' }]],
    ];
    await db.settings.bulkPut(stored.map(([key, value]) => ({ key, value, updatedAt: 0 })));

    expect(await getSetting(db, 'reviewPreset', defaults.reviewPreset)).toBe('mqm');
    expect(await getSetting(db, 'passThreshold', defaults.passThreshold)).toBe(90);
    expect(await getSetting(db, 'disabledChecks', defaults.disabledChecks)).toEqual([]);
    expect(await getSetting(db, 'userRegexRules', defaults.userRegexRules)).toEqual([]);

    await db.settings.put({ key: 'passThreshold', value: Number.NaN, updatedAt: 0 });
    expect(await getSetting(db, 'passThreshold', defaults.passThreshold)).toBe(90);
  });

  it('keep any custom preset as it was written, even an invalid one, for the editor to show', async () => {
    await setSetting(db, 'customPreset', { id: 'half-typed' });
    expect(await getSetting(db, 'customPreset', null)).toEqual({ id: 'half-typed' });
  });

  it('refuse to store an invalid value and keep the old one', async () => {
    await setSetting(db, 'passThreshold', 95);

    await expect(setSetting(db, 'passThreshold', 150)).rejects.toThrow(/not a valid value for the setting “passThreshold”/);
    await expect(setSetting(db, 'passThreshold', Number.NaN)).rejects.toThrow(RangeError);
    await expect(setSetting(db, 'reviewPreset', 'wmt-2024' as never)).rejects.toThrow(RangeError);

    expect(await getSetting(db, 'passThreshold', defaults.passThreshold)).toBe(95);
    expect(await db.settings.get('reviewPreset')).toBeUndefined();
  });
});
