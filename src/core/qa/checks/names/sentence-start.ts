/**
 * Whether a capital at this offset is explained by its position: the start of
 * a text, line, sentence, quotation or dateline. The name checks ignore such
 * capitals on common words ("The", "According").
 */

// Characters after which a capital means a new sentence: sentence ends, a colon, a line break,
// an opening quotation, and a closing bracket (the "(Xinhua) The reporter…" dateline).
const SENTENCE_BOUNDARY = new Set(['.', '!', '?', ':', '…', '\n', '“', '‘', '"', '「', '『', ')', '）']);
const SKIPPABLE = new Set([' ', '\t', '\u00A0', '(', '[', '—', '–', '-']);
const ORDINAL_ENDS = new Set(['st', 'nd', 'rd', 'th']);

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether a word at this offset starts a sentence, a quotation or a dateline's text. */
export function startsSentence(text: string, start: number): boolean {
  for (let i = start - 1, steps = 0; steps < 12; i -= 1, steps += 1) {
    if (i < 0) return true;
    const ch = text[i]!;
    if (SENTENCE_BOUNDARY.has(ch)) return true;
    if (SKIPPABLE.has(ch)) continue;
    // A capital right after a date or number ("July 26th According to…") starts a dateline's sentence.
    return isDigitCode(text.charCodeAt(i)) || (ORDINAL_ENDS.has(text.slice(i - 1, i + 1)) && isDigitCode(text.charCodeAt(i - 2)));
  }
  return false;
}
