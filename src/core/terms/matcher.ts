/**
 * Finds glossary terms in an article: every occurrence of any of (say) 50,000
 * phrases in one pass over a 200k-word text.
 *
 * Text and patterns are cut into the same tokens: a run of letters, marks and
 * digits, or any other single non-space character (so "superministerial + plan
 * system" matches only with its "+", and "plan" never inside "planning"). A
 * phrase is a token sequence; its tokens must follow each other in the text
 * separated by nothing or by spaces (tabs, no-break spaces…), never by a line
 * break. Tokens are compared by key: lower case, NFC, curly quotes straight,
 * dashes "-", the same folds as normaliseTerm.
 *
 * The phrases live in a token trie: the text's tokens are read once, and at
 * each token the trie is walked as far as the following tokens allow. The
 * longest phrase wins at a position, the leftmost occurrence first, and the
 * scan resumes after it, so occurrences never overlap. Cost: per token of the
 * text, one lookup of the hash computed while reading it (no string is made for
 * an ASCII token), and a few more lookups only where a phrase actually starts.
 *
 * Inflection (English, deliberately simple): the last word of a phrase also
 * matches its plural ("plan" → "plans", "tax" → "taxes", "policy" →
 * "policies", "potato" → "potatos"/"potatoes"), if the word has at least three
 * letters and ends in an ASCII letter, so "a", "it" or "hi" never turn into
 * "as", "its" or "his". Only the last word inflects: "action plans", never
 * "actions plan". Possessives need no rule: "’s" and a trailing "’" are tokens
 * of their own, so "State Council" is found in "the State Council’s decision"
 * and "ministry" in "the ministries’ plans", and the highlight stops before the
 * apostrophe (a replacement of the quote keeps the "’s"; and a trailing "’"
 * cannot be told from a closing quote anyway). An apostrophe inside a word is
 * not a boundary, though: "Xi" is not found in "Xi’an", nor "an" in it; only a
 * possessive "’s" may follow a match.
 *
 * The parts, one concept a module: term-key.ts (a term's tokens as strings), inflection.ts (plurals,
 * fitted replacements), token-scan.ts (the scanner, by core/text's character classes),
 * vocabulary.ts and table-hash.ts (token ids by hash), trie.ts (the phrase trie); this file compiles
 * patterns and matches texts.
 */
import { pluralsOfKey } from './inflection';
import { AFTER_BREAK, endsInsideWord, IS_WORD, scan, startsInsideWord, TokenBuffer } from './token-scan';
import { Trie } from './trie';
import { Vocabulary } from './vocabulary';

export type TermPatternKind = 'target' | 'preferred' | 'forbidden';

export interface TermPattern {
  termId: string;
  text: string;
  kind: TermPatternKind;
}

export interface TermOccurrence {
  start: number;
  end: number;
  /**
   * indices into the patterns array given to compileTermMatcher, all patterns whose text matches here
   * (ascending; one array shared by every occurrence of the same phrase, so read it, never modify it)
   */
  patterns: number[];
}

export interface TermMatcher {
  match(text: string): TermOccurrence[];
  /** number of distinct usable phrases */
  readonly size: number;
}

/** A matcher that also tells which patterns are the same phrase to it. */
export interface PhraseMatcher extends TermMatcher {
  /**
   * The phrase of patterns[index]: 0 … size - 1, equal for two patterns exactly
   * when the matcher cannot tell their texts apart (same tokens); -1 for a
   * pattern it ignores (empty). Lets callers compare terms without keys.
   */
  phraseOf(index: number): number;
}

/**
 * Compiles the patterns into a matcher. Patterns whose text has no token (empty,
 * whitespace) are ignored; patterns with the same tokens share one phrase and
 * are all reported at its occurrences. Linear in the patterns' total length.
 */
export function compileTermMatcher(patterns: readonly TermPattern[]): TermMatcher {
  return compilePhraseMatcher(patterns);
}

/** compileTermMatcher, with the phrase of each pattern. */
export function compilePhraseMatcher(patterns: readonly TermPattern[]): PhraseMatcher {
  const vocabulary = new Vocabulary();
  const trie = new Trie(patterns.length);
  const tokens = new TokenBuffer();
  const phraseOfPattern = new Int32Array(patterns.length).fill(-1);
  let size = 0;
  for (let index = 0; index < patterns.length; index += 1) {
    const text = patterns[index]?.text;
    if (typeof text !== 'string') continue;
    // The scanner folds case, quotes, dashes and spaces as normaliseTerm does, token by token.
    scan(text, vocabulary, true, tokens);
    if (tokens.count === 0) continue;
    let parent = 0;
    for (let k = 0; k < tokens.count - 1; k += 1) parent = trie.child(parent, tokens.ids[k]!);
    const lastId = tokens.ids[tokens.count - 1]!;
    const phrase = trie.endExact(trie.child(parent, lastId), index);
    phraseOfPattern[index] = phrase;
    if (phrase < size) continue;
    size += 1;
    if ((tokens.flags[tokens.count - 1]! & IS_WORD) === 0) continue;
    for (const form of pluralsOfKey(vocabulary.keys[lastId]!)) {
      trie.endInflected(trie.child(parent, vocabulary.word(form)), phrase);
    }
  }
  return new TrieMatcher(vocabulary, trie, size, phraseOfPattern);
}

// Node flags of the compiled trie.
const ENDS_PHRASE = 1;
const HAS_CHILDREN = 2;

/**
 * A compiled matcher. A class rather than a closure per compile, so every
 * matcher shares one optimised match(): a check compiles a fresh matcher on
 * each run, and a closure's code would start cold every time.
 */
class TrieMatcher implements PhraseMatcher {
  private readonly rootChild: Int32Array;
  private readonly nodeFlags: Uint8Array;
  /** Pattern lists by node, made when first found: a text meets few of 50,000 phrases. */
  private readonly hits: (number[] | undefined)[];
  private readonly tokens = new TokenBuffer();

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly trie: Trie,
    readonly size: number,
    private readonly phrases: Int32Array,
  ) {
    this.rootChild = trie.rootChild.data;
    const nodeCount = trie.nodes;
    this.nodeFlags = new Uint8Array(nodeCount);
    for (let node = 0; node < nodeCount; node += 1) {
      this.nodeFlags[node] = (trie.isEnd(node) ? ENDS_PHRASE : 0) | (node < trie.hasChildren.length && trie.hasChildren.data[node] === 1 ? HAS_CHILDREN : 0);
    }
    this.hits = new Array<number[] | undefined>(nodeCount).fill(undefined);
  }

  match(article: string): TermOccurrence[] {
    if (typeof article !== 'string' || this.size === 0) return [];
    scan(article, this.vocabulary, false, this.tokens);
    const { starts, ends, ids, flags, count } = this.tokens;
    const { rootChild, nodeFlags } = this;
    const edges = this.trie.edges;
    const occurrences: TermOccurrence[] = [];
    let t = 0;
    while (t < count) {
      const id = ids[t]!;
      let node = id < 0 || id >= rootChild.length ? -1 : rootChild[id]!;
      if (node < 0 || ((flags[t]! & IS_WORD) !== 0 && startsInsideWord(article, starts[t]!))) {
        t += 1;
        continue;
      }
      // Longest first: walk as deep as the following tokens allow, keeping the last phrase end passed.
      let best = -1;
      let bestNode = -1;
      for (let j = t; ; ) {
        const nodeFlag = nodeFlags[node]!;
        if ((nodeFlag & ENDS_PHRASE) !== 0 && ((flags[j]! & IS_WORD) === 0 || !endsInsideWord(article, ends[j]!))) {
          best = j;
          bestNode = node;
        }
        j += 1;
        if ((nodeFlag & HAS_CHILDREN) === 0 || j >= count || ids[j]! < 0 || (flags[j]! & AFTER_BREAK) !== 0) break;
        node = edges.get(node, ids[j]!);
        if (node < 0) break;
      }
      if (best >= 0) {
        // Shared: one array per phrase, not one per occurrence (a long article has 100,000s).
        occurrences.push({ start: starts[t]!, end: ends[best]!, patterns: this.hitAt(bestNode) });
        t = best + 1;
      } else {
        t += 1;
      }
    }
    return occurrences;
  }

  phraseOf(index: number): number {
    return this.phrases[index] ?? -1;
  }

  private hitAt(node: number): number[] {
    let hit = this.hits[node];
    if (!hit) {
      hit = this.trie.patternsAt(node);
      this.hits[node] = hit;
    }
    return hit;
  }
}
