import { makeFinding, type Check, type Finding, type GlossaryEntry } from '../finding';
import { isSpaceCode, isWordCode } from '../word-codes';

/**
 * Forbidden renderings of glossary terms used in the text, with the preferred
 * rendering as the suggestion. Matching is by whole tokens, case-insensitive:
 * "plan" never matches inside "planning", and "superministerial + plan system"
 * matches only with its "+". Text inside an occurrence of a preferred rendering
 * is not a violation (forbidden "plan" in preferred "action plan"). A phrase
 * never runs across a line break.
 *
 * Linear in the text: one pass over the character codes; a token is sliced and
 * looked up only when its first letter and length fit some glossary phrase.
 */

interface Phrase {
  tokens: string[];
  preferred: string;
  forbidden: boolean;
}

const TERM_TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

function tokensOf(term: string): string[] {
  return Array.from(term.toLowerCase().matchAll(TERM_TOKEN), (match) => match[0]);
}

/** Phrases indexed by their first token, longest first so the longest match wins. */
function indexPhrases(glossary: readonly GlossaryEntry[]): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  const add = (phrase: Phrase): void => {
    const first = phrase.tokens[0];
    if (first === undefined) return;
    const list = index.get(first) ?? [];
    list.push(phrase);
    index.set(first, list);
  };
  for (const entry of glossary) {
    const preferred = entry.preferred.trim();
    const preferredTokens = tokensOf(preferred);
    const preferredKey = preferredTokens.join(' ');
    add({ tokens: preferredTokens, preferred, forbidden: false });
    for (const variant of entry.forbidden) {
      const tokens = tokensOf(variant);
      // A "forbidden" variant equal to the preferred one is a glossary mistake: never flag the preferred text.
      if (tokens.length > 0 && tokens.join(' ') !== preferredKey) add({ tokens, preferred, forbidden: true });
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || Number(a.forbidden) - Number(b.forbidden));
  return index;
}

/** First code unit and length of a token: a filter that spares most tokens a slice and a hash. */
function signature(firstCode: number, length: number): number {
  return ((firstCode & 0xff) << 8) | Math.min(length, 255);
}

/** The preferred text in the case of the quote it replaces: "Double growth" for a capitalised quote. */
function matchCase(preferred: string, quote: string): string {
  const first = quote[0] ?? '';
  if (first === first.toLowerCase()) return preferred;
  return preferred.charAt(0).toUpperCase() + preferred.slice(1);
}

export const glossaryViolations: Check = {
  id: 'glossary-violations',
  label: 'Glossary violations',
  description: 'Renderings the glossary forbids, with the preferred rendering as the fix.',
  defaultEnabled: true,
  run(text, context) {
    const glossary = context.glossary ?? [];
    if (!glossary.some((entry) => entry.forbidden.length > 0)) return [];
    const index = indexPhrases(glossary);
    const signatures = new Uint8Array(1 << 16);
    for (const first of index.keys()) signatures[signature(first.charCodeAt(0), first.length)] = 1;

    // Lower-casing the whole text once keeps offsets only when no character changes length (İ does).
    const lowered = text.toLowerCase();
    const sameLength = lowered.length === text.length;
    const lower = sameLength ? lowered : text;
    const piece = (start: number, end: number): string => (sameLength ? lower.slice(start, end) : lower.slice(start, end).toLowerCase());

    // The token after `from`: sets tokenStart/tokenEnd and whether a line break was crossed.
    let tokenStart = 0;
    let tokenEnd = 0;
    let crossedLine = false;
    const next = (from: number): boolean => {
      let i = from;
      crossedLine = false;
      while (i < lower.length && isSpaceCode(lower.charCodeAt(i))) {
        if (lower.charCodeAt(i) === 10) crossedLine = true;
        i += 1;
      }
      if (i >= lower.length) return false;
      tokenStart = i;
      tokenEnd = i + 1;
      if (isWordCode(lower.charCodeAt(i))) while (tokenEnd < lower.length && isWordCode(lower.charCodeAt(tokenEnd))) tokenEnd += 1;
      return true;
    };

    /** End offset of the phrase if it occurs at the current token; moves the reader. */
    const matchAt = (phrase: Phrase, start: number, end: number): number | undefined => {
      tokenStart = start;
      tokenEnd = end;
      for (let k = 0; k < phrase.tokens.length; k += 1) {
        if (k > 0 && (!next(tokenEnd) || crossedLine)) return undefined;
        const expected = phrase.tokens[k]!;
        if (tokenEnd - tokenStart !== expected.length || piece(tokenStart, tokenEnd) !== expected) return undefined;
      }
      return tokenEnd;
    };

    const findings: Finding[] = [];
    let position = 0;
    while (next(position)) {
      const start = tokenStart;
      const end = tokenEnd;
      position = end;
      if (signatures[signature(lower.charCodeAt(start), end - start)] !== 1) continue;
      const candidates = index.get(piece(start, end));
      if (!candidates) continue;
      for (const phrase of candidates) {
        const matchedEnd = matchAt(phrase, start, end);
        if (matchedEnd === undefined) continue;
        if (phrase.forbidden) {
          const quote = text.slice(start, matchedEnd);
          findings.push(
            makeFinding(text, {
              checkId: this.id,
              message: `“${quote}” is a forbidden rendering: use “${phrase.preferred}”`,
              start,
              end: matchedEnd,
              suggestion: matchCase(phrase.preferred, quote),
              severityHint: 'major',
              categoryHint: 'terminology',
            }),
          );
        }
        // Skip the whole match: a preferred rendering shields the forbidden words inside it.
        position = matchedEnd;
        break;
      }
    }
    return findings;
  },
};
