/**
 * Library search over titles. Every word of the query must appear in the title,
 * in any order, ignoring case and width (so "ＡＩ" finds "AI": pasted CJK text
 * often carries full-width Latin letters).
 */

// toLowerCase, not toLocaleLowerCase: the same query must match the same titles whatever the OS locale (Turkish İ).
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The words of a search, folded; an empty list matches everything. */
export function searchWords(search: string | undefined): string[] {
  return fold(search ?? '')
    .split(/\s+/u)
    .filter((word) => word !== '');
}

export function titleMatches(title: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const folded = fold(title);
  return words.every((word) => folded.includes(word));
}
