/**
 * Counts in words the way English says them ("1 term", "2 terms", "0 flags"), chosen by
 * Intl.PluralRules rather than `count === 1`, and the number written in the user's locale
 * (1,000 or 1.000). The words are English: Glossa's interface is.
 */
const rules = new Intl.PluralRules('en');

export interface Noun {
  readonly one: string;
  readonly other: string;
}

/** "1 flag", "1,204 flags"; locale writes the number (the user's, by default). */
export function countOf(count: number, noun: Noun | string, locale?: string): string {
  const forms = typeof noun === 'string' ? { one: noun, other: `${noun}s` } : noun;
  return `${count.toLocaleString(locale)} ${rules.select(count) === 'one' ? forms.one : forms.other}`;
}
