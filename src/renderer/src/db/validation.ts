/** Checks on what the translator types before it is stored: bad input gets a clear message and leaves the data as it was. */
import type { LanguagePair, LanguageTag } from '@core/model';
import { StorageError } from './errors';

const MAX_TITLE_LENGTH = 200;

/** The title as stored: trimmed, non-empty, at most MAX_TITLE_LENGTH characters (code points, so CJK and emoji count as one). */
export function validTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed === '') throw new StorageError('invalid-title', 'A document title cannot be empty.');
  const length = [...trimmed].length;
  if (length > MAX_TITLE_LENGTH) {
    throw new StorageError('invalid-title', `A document title can be at most ${MAX_TITLE_LENGTH} characters; this one has ${length}.`);
  }
  return trimmed;
}

/** The canonical form of a BCP-47 tag ("EN-gb" → "en-GB"), or a clear error for one that is not well-formed. */
function canonicalLanguageTag(tag: string, role: 'source' | 'target'): LanguageTag {
  const trimmed = tag.trim();
  try {
    const [canonical] = Intl.getCanonicalLocales(trimmed);
    // Intl accepts 4–8 letter primary subtags ("english"), which BCP-47 reserves and no
    // one means; a translator typing a language name should be told to use its code.
    if (canonical !== undefined && /^[a-z]{2,3}(-|$)/.test(canonical)) return canonical;
  } catch {
    // RangeError for a malformed tag: reported below in the translator's words.
  }
  throw new StorageError('invalid-language', `"${tag}" is not a valid ${role} language tag. Use a BCP-47 tag such as "zh", "en" or "en-GB".`);
}

export function validLanguagePair(pair: LanguagePair): LanguagePair {
  return { sourceLang: canonicalLanguageTag(pair.sourceLang, 'source'), targetLang: canonicalLanguageTag(pair.targetLang, 'target') };
}
