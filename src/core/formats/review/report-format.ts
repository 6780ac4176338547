/** Numbers and names as the review report prints them: at most two decimals, no locale, no float noise. */
import { UNCATEGORISED, categoryPath, roundPoints } from '../../mqm';

export function formatPoints(value: number): string {
  return String(Math.round(roundPoints(value * 100)) / 100);
}

/**
 * A quality score is cut, never rounded up, to two decimals, so that a failing score never
 * prints as the threshold it missed (89.996 shows as 89.99, not 90).
 */
export function formatScore(value: number): string {
  return String(Math.floor(roundPoints(value * 100)) / 100);
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "Accuracy › Mistranslation"; an id the typology does not know is shown as it is. */
export function categoryLabel(category: string): string {
  return category === UNCATEGORISED ? 'Uncategorised' : categoryPath(category);
}
