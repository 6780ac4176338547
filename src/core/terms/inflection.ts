/**
 * Inflection (English, deliberately simple): the plurals a term's last word also matches, and a
 * replacement fitted to the text it replaces (plural, capital). See matcher.ts for what the
 * matcher does with them.
 */
import { termTokens } from './term-key';

const WORD_KEY = /^[\p{L}\p{M}\p{N}]+$/u;

/**
 * The plural forms a word of a term also matches, lower case: "plan" →
 * ["plans"], "tax" → ["taxes"], "policy" → ["policies"], "potato" →
 * ["potatos", "potatoes"]. None for words under three letters or not ending in
 * an ASCII letter.
 */
export function pluralForms(word: string): string[] {
  return WORD_KEY.test(word) ? pluralsOfKey(word.toLowerCase()) : [];
}

/** pluralForms for a lower-case word token (the matcher's keys), without checking it is one. */
export function pluralsOfKey(word: string): string[] {
  const length = word.length;
  const last = word.charCodeAt(length - 1);
  if (length < 3 || last < 97 || last > 122) return [];
  const beforeLast = word.charCodeAt(length - 2);
  // y after a consonant: policy → policies (but day → days).
  if (last === 121 && !isVowel(beforeLast)) return [`${word.slice(0, -1)}ies`];
  // s, x, z, ch, sh: tax → taxes, church → churches.
  if (last === 115 || last === 120 || last === 122 || (last === 104 && (beforeLast === 99 || beforeLast === 115))) return [`${word}es`];
  if (last === 111) return [`${word}s`, `${word}es`];
  return [`${word}s`];
}

function isVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117;
}
const LAST_WORD = /([\p{L}\p{M}\p{N}]+)$/u;

/**
 * A replacement fitted to the text it replaces: plural when the surface is a
 * plural of the pattern ("plan systems" found for "plan system": "super-ministry
 * system" → "super-ministry systems"), and capitalised when the surface starts
 * with a capital. Other inflections and casings are left to the translator.
 */
export function adaptReplacement(surface: string, pattern: string, replacement: string): string {
  let out = replacement.trim();
  const found = termTokens(surface);
  const base = termTokens(pattern);
  const foundLast = found[found.length - 1];
  const baseLast = base[base.length - 1];
  if (found.length === base.length && foundLast !== undefined && baseLast !== undefined && foundLast !== baseLast) {
    const lastWord = LAST_WORD.exec(out)?.[1];
    const forms = lastWord === undefined || looksPlural(lastWord) ? [] : pluralForms(lastWord.toLowerCase());
    if (lastWord !== undefined && forms.length > 0 && pluralForms(baseLast).includes(foundLast)) {
      const usesEs = foundLast.endsWith('es');
      const form = forms.find((candidate) => candidate.endsWith('es') === usesEs) ?? forms[0]!;
      const kept = form.endsWith('ies') && lastWord.toLowerCase().endsWith('y') ? lastWord.length - 1 : lastWord.length;
      let suffix = form.slice(kept);
      const shouting = lastWord.length > 1 && lastWord === lastWord.toUpperCase() && /\p{Lu}$/u.test(surface.trim());
      if (shouting) suffix = suffix.toUpperCase();
      out = out.slice(0, out.length - lastWord.length) + lastWord.slice(0, kept) + suffix;
    }
  }
  const first = surface.trim().charAt(0);
  if (first !== first.toLowerCase()) out = out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

/** "sessions", but not "process", "status" or "crisis": a replacement already plural is left alone. */
function looksPlural(word: string): boolean {
  return /[^siu]s$/i.test(word);
}
