import type { Severity } from '../model';

export type { Severity } from '../model';

/** Severities from least to most serious: the order of columns and of "sort by severity". */
export const SEVERITIES: readonly Severity[] = ['neutral', 'minor', 'major', 'critical'];

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  neutral: 'Neutral',
  minor: 'Minor',
  major: 'Major',
  critical: 'Critical',
};

export const SEVERITY_DESCRIPTIONS: Readonly<Record<Severity, string>> = {
  neutral: 'Worth noting, but not an error: a preference or a question.',
  minor: 'Noticeable, but the reader still understands the text correctly.',
  major: 'Changes or obscures the meaning, or would embarrass the publisher.',
  critical: 'Dangerous, offensive or legally risky: the text must not be published.',
};

const rank = new Map<string, number>(SEVERITIES.map((severity, index) => [severity, index]));

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && rank.has(value);
}

/** Negative when a is less serious than b: ascending sort puts neutral first. */
export function compareSeverity(a: Severity, b: Severity): number {
  return (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
}

/**
 * Reads a severity as other tools write it ("Major", "MINOR", " critical ").
 * WMT's "no-error" and anything unknown give undefined: the row marks a segment
 * that was rated and found clean, not an error.
 */
export function parseSeverity(label: string | null | undefined): Severity | undefined {
  const normalised = (label ?? '').trim().toLowerCase();
  return isSeverity(normalised) ? normalised : undefined;
}
