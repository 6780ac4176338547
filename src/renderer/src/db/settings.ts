/** App settings, one row per key, typed by the key map below. */
import { DEFAULT_PASS_THRESHOLD, type ReviewPresetChoice } from '@core/mqm';
import type { GlossaDatabase } from './database';
import { writeAll } from './transaction';

/** Which weight preset scores a review: Google WMT, MQM standard, or the user's own (customPreset). */
export type { ReviewPresetChoice };

/** A user-defined QA check, as the settings editor stores it (core/qa's UserPattern without the optional fields). */
interface UserRegexRule {
  pattern: string;
  /** JavaScript regular expression flags. */
  flags: string;
  message: string;
}

export interface SettingValues {
  /** The document to reopen at start-up; null when there is none. */
  lastOpenedDocumentId: string | null;
  /** The documents opened last, most recent first (File › Open Recent). */
  recentDocumentIds: readonly string[];
  /**
   * Set while a document is being opened, cleared once its article is shown: still set at
   * start-up means the last opening crashed, so that document is not reopened automatically.
   */
  documentBeingOpened: string | null;
  /** Set once the bundled sample has been imported, so it is never imported again. */
  sampleImported: boolean;
  /** Written on annotations and terms the translator creates. */
  authorName: string;
  libraryVisible: boolean;
  reviewPreset: ReviewPresetChoice;
  /** The custom weight preset as the user wrote it: validated with core/mqm parsePreset where it is used, so a bad one can be shown and fixed. */
  customPreset: unknown;
  /** The quality score a review must reach to pass (0–100). */
  passThreshold: number;
  /** The MQM 2.0 scoring model (ADR 0016): calibrated linear (100 − points per 1000 words) or raw linear. */
  scoringModel: 'calibrated-linear' | 'raw-linear';
  /** MQM's option: any Critical error fails the review whatever its score. */
  criticalFails: boolean;
  /** Ids of the QA checks the translator switched off. */
  disabledChecks: readonly string[];
  userRegexRules: readonly UserRegexRule[];
  /** Whether glossary terms are highlighted in the article (View › Term Highlights). */
  showTermHighlights: boolean;
  /** Whether bilingual documents show the source beside the target (View › Source Column). */
  showSourceColumn: boolean;
  /** Whether paragraphs marked reviewed are folded away (Review › Show Only What Is Not Reviewed). */
  showUnreviewedOnly: boolean;
  /** How many backups the desktop app keeps in its backups folder (1–100). */
  backupsToKeep: number;
}

export type SettingKey = keyof SettingValues;

type Guards = { [K in SettingKey]: (value: unknown) => value is SettingValues[K] };

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString);
}

function isUserRegexRule(value: unknown): value is UserRegexRule {
  if (typeof value !== 'object' || value === null) return false;
  const rule = value as Record<string, unknown>;
  return isString(rule.pattern) && isString(rule.flags) && isString(rule.message);
}

// Stored values outlive the code that wrote them; one of the wrong type reads as the fallback.
const guards: Guards = {
  lastOpenedDocumentId: (value): value is string | null => value === null || typeof value === 'string',
  documentBeingOpened: (value): value is string | null => value === null || typeof value === 'string',
  recentDocumentIds: isStringArray,
  sampleImported: isBoolean,
  authorName: isString,
  libraryVisible: isBoolean,
  showUnreviewedOnly: isBoolean,
  reviewPreset: (value): value is ReviewPresetChoice => value === 'wmt' || value === 'mqm' || value === 'custom',
  // Anything goes: parsePreset reports what is wrong with it when it is used.
  customPreset: (value): value is unknown => value !== undefined,
  passThreshold: (value): value is number => typeof value === 'number' && value >= 0 && value <= 100,
  scoringModel: (value): value is SettingValues['scoringModel'] => value === 'calibrated-linear' || value === 'raw-linear',
  criticalFails: isBoolean,
  disabledChecks: isStringArray,
  userRegexRules: (value): value is UserRegexRule[] => Array.isArray(value) && value.every(isUserRegexRule),
  showTermHighlights: isBoolean,
  showSourceColumn: isBoolean,
  backupsToKeep: (value): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 100,
};

/**
 * The defaults of the review settings, for getSetting and useSetting. Shared constants on purpose:
 * useSetting re-subscribes when its fallback changes identity, so a fresh [] per render would loop.
 */
export const REVIEW_SETTING_DEFAULTS: Readonly<
  Pick<SettingValues, 'reviewPreset' | 'customPreset' | 'passThreshold' | 'scoringModel' | 'criticalFails' | 'disabledChecks' | 'userRegexRules'>
> = Object.freeze({
  reviewPreset: 'mqm',
  customPreset: null,
  passThreshold: DEFAULT_PASS_THRESHOLD,
  scoringModel: 'calibrated-linear',
  criticalFails: false,
  disabledChecks: Object.freeze([]),
  userRegexRules: Object.freeze([]),
});

export async function getSetting<K extends SettingKey>(db: GlossaDatabase, key: K, fallback: SettingValues[K]): Promise<SettingValues[K]> {
  const row = await db.settings.get(key);
  if (row === undefined) return fallback;
  const isValid: (value: unknown) => value is SettingValues[K] = guards[key];
  return isValid(row.value) ? row.value : fallback;
}

/** Stores the value; one its key's guard refuses (a threshold of 150) is an error and nothing is written. */
export async function setSetting<K extends SettingKey>(db: GlossaDatabase, key: K, value: SettingValues[K]): Promise<void> {
  const isValid: (value: unknown) => value is SettingValues[K] = guards[key];
  if (!isValid(value)) throw new RangeError(`${JSON.stringify(value) ?? String(value)} is not a valid value for the setting “${key}”.`);
  await writeAll(db, ['settings'], (connection) => connection.settings.put({ key, value, updatedAt: connection.clock() }));
}
