import { makeFinding, type Check, type Finding } from '../finding';
import { isWordAt, isWordBefore } from '../../text/words';
import { lineSpans, wordEndAfter, wordStartBefore } from '../text-scan';

/**
 * Quotation marks and brackets that do not pair within a paragraph, and curly
 * quotes turned the wrong way round (MT often emits `reform“ one thing ”of`).
 *
 * Each kind pairs on its own stack, so legitimate nesting of one kind inside
 * another (“see (a)”, ‘…’ inside “…”) is never an error. Single curly quotes are
 * not checked: ’ is also the apostrophe. A straight " after a digit is an inch
 * or second mark unless a quotation is open ("19"); otherwise its neighbours say whether it opens (after a space
 * or bracket) or closes (before a space or punctuation), and one that could be
 * either pairs with an open one if there is one. A quotation left open at the end of a paragraph is fine when
 * the next paragraph opens with “ again (the English multi-paragraph convention).
 */

const PAIRS: Record<string, string> = { '“': '”', '(': ')', '[': ']' };
const CLOSERS: Record<string, string> = { '”': '“', ')': '(', ']': '[' };
const NAMES: Record<string, string> = {
  '“': 'Opening quotation mark',
  '”': 'Closing quotation mark',
  '"': 'Quotation mark',
  '(': 'Opening bracket',
  ')': 'Closing bracket',
  '[': 'Opening bracket',
  ']': 'Closing bracket',
};
const OPENING_CONTEXT = new Set(['(', '[', '{', '“', '‘', '—', '–']);
const CLOSING_CONTEXT = new Set([')', ']', '}', '”', '’', ',', '.', ';', ':', '?', '!', '—', '–']);
const MARK_OR_NEWLINE = /[\n"“”()[\]]/g;
const SPACE = /\s/;
const LIST_MARKER = /^\s*(?:\d{1,3}|[a-z]|[ivx]{1,4})\)/i;

/** ")" ending "1)", "a)" or "iv)" at the start of a line numbers a list item; it closes nothing. */
function isListMarker(text: string, lineStart: number, at: number): boolean {
  if (at - lineStart > 12) return false;
  const marker = LIST_MARKER.exec(text.slice(lineStart, at + 1));
  return marker !== null && lineStart + marker[0].length === at + 1;
}

function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch);
}

interface Open {
  mark: string;
  at: number;
}

export const unpairedQuotes: Check = {
  id: 'unpaired-quotes',
  label: 'Unpaired quotes and brackets',
  description: 'Quotation marks and brackets without a partner in the paragraph, and curly quotes turned the wrong way.',
  defaultEnabled: true,
  run(text) {
    const findings: Finding[] = [];
    const lines = lineSpans(text);

    const unpaired = (at: number, mark: string, expected: string): void => {
      const start = wordStartBefore(text, at);
      const end = wordEndAfter(text, at + 1);
      const before = text[at - 1];
      // A closing curly quote before a word, after a space, is an opening one turned round (and vice versa).
      let fix: string | undefined;
      // Word characters by code point (core/text): 𝐀 or 𠀀 next to a quote is a word as much as A is.
      if (mark === '”' && isSpaceOrEdge(before) && isWordAt(text, at + 1)) fix = '“';
      if (mark === '“' && isWordBefore(text, at) && !isWordAt(text, at + 1)) fix = '”';
      findings.push(
        makeFinding(text, {
          checkId: 'unpaired-quotes',
          message: fix
            ? `${NAMES[mark]} turned the wrong way: “${fix}” belongs here`
            : `${NAMES[mark]} without a matching ${expected} in this paragraph`,
          start,
          end,
          ...(fix ? { suggestion: text.slice(start, at) + fix + text.slice(at + 1, end) } : {}),
          severityHint: 'minor',
          categoryHint: 'linguistic-conventions/punctuation',
        }),
      );
    };

    const spacedPair = (open: number, close: number): void => {
      const inner = text.slice(open + 1, close);
      if (!SPACE.test(inner[0] ?? '') && !SPACE.test(inner[inner.length - 1] ?? '')) return;
      const gluedBefore = isWordBefore(text, open);
      const gluedAfter = isWordAt(text, close + 1);
      findings.push(
        makeFinding(text, {
          checkId: 'unpaired-quotes',
          message:
            gluedBefore || gluedAfter
              ? 'Quotation marks turned inside out: spaces inside, none outside'
              : 'Space inside quotation marks',
          start: open,
          end: close + 1,
          suggestion: `${gluedBefore ? ' ' : ''}“${inner.trim()}”${gluedAfter ? ' ' : ''}`,
          severityHint: 'minor',
          categoryHint: 'linguistic-conventions/punctuation',
        }),
      );
    };

    // Whether the next non-blank line opens with “: then a quotation may stay open at this line's end.
    const continuesQuote: boolean[] = new Array<boolean>(lines.length).fill(false);
    let nextLineOpensQuote = false;
    for (let index = lines.length - 1; index >= 0; index -= 1) {
      const line = lines[index]!;
      continuesQuote[index] = nextLineOpensQuote;
      const first = text.slice(line.start, line.end).trimStart()[0];
      if (first !== undefined) nextLineOpensQuote = first === '“';
    }

    // One regex jump from mark to mark (and line break to line break), not a test per character.
    let lineIndex = 0;
    let stacks: Record<string, Open[]> = { '“': [], '(': [], '[': [] };
    // Straight quotes look alike both ways; their neighbours tell which way each one faces.
    let straightOpen: number[] = [];
    const straightMark = (at: number): void => {
      const opens = isSpaceOrEdge(text[at - 1]) || OPENING_CONTEXT.has(text[at - 1]!);
      const closes = isSpaceOrEdge(text[at + 1]) || CLOSING_CONTEXT.has(text[at + 1]!);
      if (opens && !closes) straightOpen.push(at);
      else if (closes && !opens) {
        if (straightOpen.pop() === undefined) unpaired(at, '"', 'quotation mark');
      } else if (straightOpen.length > 0) straightOpen.pop();
      else straightOpen.push(at);
    };
    const endLine = (): void => {
      for (const [mark, opens] of Object.entries(stacks)) {
        if (mark === '“' && continuesQuote[lineIndex]) continue;
        for (const open of opens) unpaired(open.at, mark, PAIRS[mark]!);
      }
      for (const at of straightOpen) unpaired(at, '"', 'quotation mark');
      stacks = { '“': [], '(': [], '[': [] };
      straightOpen = [];
      lineIndex += 1;
    };

    for (const match of text.matchAll(MARK_OR_NEWLINE)) {
      const at = match.index;
      const ch = match[0];
      if (ch === '\n') {
        endLine();
        continue;
      }
      if (ch === '"') {
        // After a digit it is an inch or second mark (5'11"), unless it closes an open quotation ("19").
        if (/\d/.test(text[at - 1] ?? '') && straightOpen.length === 0) continue;
        straightMark(at);
        continue;
      }
      const prev = text[at - 1];
      if ((ch === '(' || ch === ')') && (prev === ':' || prev === ';' || (prev === '-' && text[at - 2] === ':'))) continue;
      if (PAIRS[ch] !== undefined) {
        stacks[ch]!.push({ mark: ch, at });
        continue;
      }
      const opener = CLOSERS[ch]!;
      if (ch === ')' && isListMarker(text, lines[lineIndex]!.start, at)) continue;
      const open = stacks[opener]!.pop();
      if (open === undefined) unpaired(at, ch, opener);
      else if (ch === '”') spacedPair(open.at, at);
    }
    endLine();
    return findings;
  },
};
