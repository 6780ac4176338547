import { foldCodePoint, normaliseTerm } from './normalise';
import { FNV_OFFSET, FNV_PRIME } from '../text/hash';

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
 */

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

// Character classes, by code point.
const WORD = 1;
const SPACE = 2;
const BREAK = 3;
const OTHER = 4;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;
/** Classes of BMP code points, filled in as they are met (0 = not yet known). */
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function classify(codePoint: number): number {
  // Line feed, vertical tab, form feed, carriage return, next line, line and paragraph separators.
  if ((codePoint >= 10 && codePoint <= 13) || codePoint === 0x85 || codePoint === 0x2028 || codePoint === 0x2029) return BREAK;
  // Zero-width space and word joiner, which scraped pages leave between words, separate like a space.
  if (codePoint === 0x200b || codePoint === 0x2060) return SPACE;
  const char = String.fromCodePoint(codePoint);
  if (WORD_CHAR.test(char)) return WORD;
  if (SPACE_CHAR.test(char)) return SPACE;
  return OTHER;
}

for (let code = 0; code < 128; code += 1) bmpClasses[code] = classify(code);

function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let known = bmpClasses[codePoint]!;
    if (known === 0) {
      known = classify(codePoint);
      bmpClasses[codePoint] = known;
    }
    return known;
  }
  let known = astralClasses.get(codePoint);
  if (known === undefined) {
    known = classify(codePoint);
    astralClasses.set(codePoint, known);
  }
  return known;
}

/** The code point at index (a lone surrogate is a code point of its own). */
function codePointAt(text: string, index: number): number {
  return text.codePointAt(index) ?? 0;
}

/** The class of the code point that ends just before index. */
function classBefore(text: string, index: number): number {
  if (index <= 0) return SPACE;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return classOf(((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  return classOf(low);
}

function classAt(text: string, index: number): number {
  return index < text.length ? classOf(codePointAt(text, index)) : SPACE;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018;
}

/**
 * The keys of a term's tokens. Keys are what the matcher compares: a word
 * lower-cased (and NFC), a symbol folded as normaliseTerm folds it.
 */
export function termTokens(term: string): string[] {
  const text = normaliseTerm(term);
  const keys: string[] = [];
  let i = 0;
  while (i < text.length) {
    const point = codePointAt(text, i);
    const cls = classOf(point);
    const start = i;
    i += point > 0xffff ? 2 : 1;
    if (cls === SPACE || cls === BREAK) continue;
    let ascii = point < 128;
    if (cls === WORD) {
      while (i < text.length) {
        const next = codePointAt(text, i);
        if (classOf(next) !== WORD) break;
        if (next >= 128) ascii = false;
        i += next > 0xffff ? 2 : 1;
      }
      const raw = text.slice(start, i);
      keys.push(ascii ? raw : raw.toLowerCase().normalize('NFC'));
    } else {
      keys.push(String.fromCodePoint(foldCodePoint(point)));
    }
  }
  return keys;
}

/** Two terms with the same key are the same phrase to the matcher (which also ignores spacing around symbols). */
export function termKey(term: string): string {
  return termTokens(term).join(' ');
}

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
function pluralsOfKey(word: string): string[] {
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

/** A word token may not start right after "word’", nor end right before "’word" unless that word is a possessive "s". */
function startsInsideWord(text: string, start: number): boolean {
  return start >= 2 && isApostrophe(text.charCodeAt(start - 1)) && classBefore(text, start - 1) === WORD;
}

function endsInsideWord(text: string, end: number): boolean {
  if (end >= text.length || !isApostrophe(text.charCodeAt(end)) || classAt(text, end + 1) !== WORD) return false;
  const after = text.charCodeAt(end + 1);
  return !((after === 115 || after === 83) && classAt(text, end + 2) !== WORD);
}


/** Murmur3's finaliser: FNV and the edge hash mix their low bits poorly, and the tables index by low bits. */
function mix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** One step of FNV-1a over an ASCII code, lower-cased: the scanner hashes a word while it reads it. */
function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), FNV_PRIME);
}

/** Integers per slot of the open-addressing tables. */
const SLOT = 4;

/**
 * The token vocabulary of the patterns: each distinct key gets a number. ASCII
 * keys sit in an open-addressing table by FNV hash, so the scanner finds a text
 * word's number from the hash it computed while reading the word, without
 * making a string; other keys (rare in English) are looked up by string.
 */
class Vocabulary {
  readonly keys: string[] = [];
  private readonly others = new Map<string, number>();
  /**
   * Open addressing, four integers a slot: hash, id (-1: empty), offset and
   * length of the key in `pool`. Checking a candidate then reads one slot and a
   * few bytes of one compact pool rather than a string somewhere in the heap.
   */
  private slots = new Int32Array(1024 * SLOT).fill(-1);
  private pool = new Uint8Array(4096);
  private poolLength = 0;
  private asciiCount = 0;
  /** Ids of the one-character ASCII keys, by code: symbols are looked up without hashing. */
  private readonly asciiSymbols = new Int32Array(128).fill(-1);

  /** The id of the text range [start, end), all ASCII, lower-cased, with the given hash; -1 if unknown and not interned. */
  ascii(text: string, start: number, end: number, hash: number, intern: boolean): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    const length = end - start;
    let slot = mix(hash) & mask;
    for (; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const id = slots[at + 1]!;
      if (id < 0) break;
      if (slots[at] === hash && slots[at + 3] === length && this.samePooled(slots[at + 2]!, text, start, length)) return id;
    }
    if (!intern) return -1;
    const id = this.keys.length;
    const key = text.slice(start, end).toLowerCase();
    this.keys.push(key);
    if (this.poolLength + length > this.pool.length) {
      const more = new Uint8Array(Math.max(this.pool.length * 2, this.poolLength + length));
      more.set(this.pool);
      this.pool = more;
    }
    for (let k = 0; k < length; k += 1) this.pool[this.poolLength + k] = key.charCodeAt(k);
    const at = slot << 2;
    slots[at] = hash;
    slots[at + 1] = id;
    slots[at + 2] = this.poolLength;
    slots[at + 3] = length;
    this.poolLength += length;
    this.asciiCount += 1;
    if (this.asciiCount << 1 > mask + 1) this.grow();
    return id;
  }

  /** Whether the ASCII text range, lower-cased, equals the pooled key at offset. */
  private samePooled(offset: number, text: string, start: number, length: number): boolean {
    const pool = this.pool;
    for (let k = 0; k < length; k += 1) {
      let code = text.charCodeAt(start + k);
      if (code >= 65 && code <= 90) code += 32;
      if (code !== pool[offset + k]) return false;
    }
    return true;
  }

  /** The id of a word key (lower case, NFC), interned: for the plurals the matcher adds. */
  word(key: string): number {
    return isAscii(key) ? this.ascii(key, 0, key.length, hashAscii(key), true) : this.other(key, true);
  }

  /** The id of a one-character token (not a letter, mark or digit), folded; -1 if unknown and not interned. */
  symbol(point: number, intern: boolean): number {
    const folded = foldCodePoint(point);
    if (folded < 128) {
      const known = this.asciiSymbols[folded]!;
      if (known >= 0 || !intern) return known;
      const key = String.fromCharCode(folded);
      const id = this.ascii(key, 0, 1, hashAscii(key), true);
      this.asciiSymbols[folded] = id;
      return id;
    }
    // NFC maps a few symbols to others (Greek question mark → ";"), as normaliseTerm does for termTokens.
    const key = String.fromCodePoint(folded).normalize('NFC');
    const code = key.charCodeAt(0);
    return key.length === 1 && code < 128 ? this.symbol(code, intern) : this.other(key, intern);
  }

  /** The id of a key with non-ASCII characters; -1 if unknown and not interned. */
  other(key: string, intern: boolean): number {
    const known = this.others.get(key);
    if (known !== undefined || !intern) return known ?? -1;
    const id = this.keys.length;
    this.keys.push(key);
    this.others.set(key, id);
    return id;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2).fill(-1);
    const mask = (slots.length >> 2) - 1;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + 1]! < 0) continue;
      let slot = mix(old[from]!) & mask;
      while (slots[(slot << 2) + 1]! >= 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(from, from + SLOT), slot << 2);
    }
    this.slots = slots;
  }
}

/** The key of a word with non-ASCII characters, as termTokens makes it. */
function nonAsciiWordKey(text: string, start: number, end: number): string {
  return text.slice(start, end).toLowerCase().normalize('NFC');
}

// Token flags.
const IS_WORD = 1;
/** A line break lies between this token and the one before it. */
const AFTER_BREAK = 2;

/** Tokens as offsets and vocabulary ids (-1: in no pattern), reused from text to text. */
class TokenBuffer {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  ids = new Int32Array(64);
  flags = new Uint8Array(64);
  count = 0;

  push(start: number, end: number, id: number, flags: number): void {
    if (this.count === this.ids.length) this.grow();
    const at = this.count;
    this.starts[at] = start;
    this.ends[at] = end;
    this.ids[at] = id;
    this.flags[at] = flags;
    this.count = at + 1;
  }

  private grow(): void {
    const capacity = this.ids.length * 2;
    const starts = new Int32Array(capacity);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(capacity);
    ends.set(this.ends);
    this.ends = ends;
    const ids = new Int32Array(capacity);
    ids.set(this.ids);
    this.ids = ids;
    const flags = new Uint8Array(capacity);
    flags.set(this.flags);
    this.flags = flags;
  }
}

/**
 * Reads a text's tokens into the buffer, with their vocabulary ids; interning
 * adds unknown tokens to the vocabulary (patterns are read so, texts are not).
 * Patterns and texts go through this one scanner, so they cannot disagree on
 * what a token is.
 */
function scan(text: string, vocabulary: Vocabulary, intern: boolean, out: TokenBuffer): void {
  out.count = 0;
  const length = text.length;
  let breakBefore = 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const start = i;
    let cls: number;
    if (code < 128) {
      cls = bmpClasses[code]!;
      i += 1;
    } else {
      const point = codePointAt(text, i);
      cls = classOf(point);
      i += point > 0xffff ? 2 : 1;
    }
    if (cls === SPACE) continue;
    if (cls === BREAK) {
      breakBefore = AFTER_BREAK;
      continue;
    }
    let id: number;
    if (cls === WORD) {
      let ascii = code < 128;
      let hash = hashStep(FNV_OFFSET, code);
      while (i < length) {
        const next = text.charCodeAt(i);
        if (next < 128) {
          if (bmpClasses[next] !== WORD) break;
          hash = hashStep(hash, next);
          i += 1;
        } else {
          const point = codePointAt(text, i);
          if (classOf(point) !== WORD) break;
          ascii = false;
          i += point > 0xffff ? 2 : 1;
        }
      }
      id = ascii ? vocabulary.ascii(text, start, i, hash, intern) : vocabulary.other(nonAsciiWordKey(text, start, i), intern);
    } else {
      id = vocabulary.symbol(code < 128 ? code : codePointAt(text, start), intern);
    }
    out.push(start, i, id, (cls === WORD ? IS_WORD : 0) | breakBefore);
    breakBefore = 0;
  }
}

/** The trie's edges below the root, (node, token id) → child node: open addressing, a slot is [node (-1: empty), token, child, unused]. */
class Edges {
  private slots = new Int32Array(1024 * SLOT).fill(-1);
  private count = 0;

  get(node: number, token: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    for (let slot = edgeHash(node, token) & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const from = slots[at]!;
      if (from < 0) return -1;
      if (from === node && slots[at + 1] === token) return slots[at + 2]!;
    }
  }

  /** Adds an edge that get() just reported missing. */
  add(node: number, token: number, child: number): void {
    this.count += 1;
    if (this.count << 1 > this.slots.length >> 2) this.grow();
    this.place(this.slots, node, token, child);
  }

  private place(slots: Int32Array, node: number, token: number, child: number): void {
    const mask = (slots.length >> 2) - 1;
    let slot = edgeHash(node, token) & mask;
    while (slots[slot << 2]! >= 0) slot = (slot + 1) & mask;
    const at = slot << 2;
    slots[at] = node;
    slots[at + 1] = token;
    slots[at + 2] = child;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2).fill(-1);
    for (let at = 0; at < old.length; at += SLOT) if (old[at]! >= 0) this.place(slots, old[at]!, old[at + 1]!, old[at + 2]!);
    this.slots = slots;
  }
}

function edgeHash(node: number, token: number): number {
  return mix(Math.imul(node, 0x9e3779b1) ^ token);
}

/** A growable array of 32-bit integers, for the trie's per-node and per-phrase tables. */
class IntList {
  data: Int32Array;
  length = 0;

  /** fill: the value of entries never set. */
  constructor(private readonly fill: number) {
    this.data = new Int32Array(1024).fill(fill);
  }

  push(value: number): number {
    if (this.length === this.data.length) {
      const more = new Int32Array(this.data.length * 2).fill(this.fill);
      more.set(this.data);
      this.data = more;
    }
    this.data[this.length] = value;
    this.length += 1;
    return this.length - 1;
  }

  /** Sets an index, growing the list to reach it (new entries hold the fill value). */
  set(index: number, value: number): void {
    while (index >= this.data.length) {
      const more = new Int32Array(this.data.length * 2).fill(this.fill);
      more.set(this.data);
      this.data = more;
    }
    this.data[index] = value;
    if (index >= this.length) this.length = index + 1;
  }
}

/**
 * The phrase trie, all integers: no object or array per node or per phrase, so
 * compiling 50,000 terms allocates little. Node 0 is the root; its children are
 * found by token id in an array, deeper ones through the edge table. A phrase's
 * patterns are a chain through `nextPattern`; the phrases whose last word
 * inflects to a node's token are a chain of entries from `inflectedHead`.
 */
class Trie {
  readonly edges = new Edges();
  /** Per token id: the root's child, or -1. */
  readonly rootChild = new IntList(-1);
  /** Per node: 1 when it has children (spares a probe at the leaves), else 0. */
  readonly hasChildren = new IntList(0);
  /** Per node: the phrase that ends there exactly, or -1. */
  readonly exactPhrase = new IntList(-1);
  /** Per node: the first entry of its inflected-phrase chain, or -1. */
  readonly inflectedHead = new IntList(-1);
  readonly entryPhrase = new IntList(-1);
  readonly entryNext = new IntList(-1);
  /** Per phrase: its first and last pattern index. */
  readonly firstPattern = new IntList(-1);
  readonly lastPattern = new IntList(-1);
  /** Per pattern index: the next pattern of the same phrase, or -1. */
  readonly nextPattern: Int32Array;
  nodes = 1;

  constructor(patternCount: number) {
    this.nextPattern = new Int32Array(patternCount).fill(-1);
  }

  child(node: number, token: number): number {
    const known = node === 0 ? (token < this.rootChild.length ? this.rootChild.data[token]! : -1) : this.edges.get(node, token);
    if (known >= 0) return known;
    const created = this.nodes;
    this.nodes += 1;
    if (node === 0) this.rootChild.set(token, created);
    else this.edges.add(node, token, created);
    this.hasChildren.set(node, 1);
    return created;
  }

  /** Records that pattern `index` ends exactly at node; returns its phrase (phrases are numbered 0, 1, … as they are first met). */
  endExact(node: number, index: number): number {
    let phrase = node < this.exactPhrase.length ? this.exactPhrase.data[node]! : -1;
    if (phrase >= 0) {
      this.nextPattern[this.lastPattern.data[phrase]!] = index;
      this.lastPattern.data[phrase] = index;
      return phrase;
    }
    phrase = this.firstPattern.push(index);
    this.lastPattern.push(index);
    this.exactPhrase.set(node, phrase);
    return phrase;
  }

  endInflected(node: number, phrase: number): void {
    const entry = this.entryPhrase.push(phrase);
    this.entryNext.push(node < this.inflectedHead.length ? this.inflectedHead.data[node]! : -1);
    this.inflectedHead.set(node, entry);
  }

  isEnd(node: number): boolean {
    return (node < this.exactPhrase.length && this.exactPhrase.data[node]! >= 0) || (node < this.inflectedHead.length && this.inflectedHead.data[node]! >= 0);
  }

  /** The distinct pattern indices of the phrases ending at node, ascending. */
  patternsAt(node: number): number[] {
    const out: number[] = [];
    const collect = (phrase: number): void => {
      for (let index = this.firstPattern.data[phrase]!; index >= 0; index = this.nextPattern[index]!) out.push(index);
    };
    const exact = node < this.exactPhrase.length ? this.exactPhrase.data[node]! : -1;
    if (exact >= 0) collect(exact);
    let phrases = exact >= 0 ? 1 : 0;
    for (let entry = node < this.inflectedHead.length ? this.inflectedHead.data[node]! : -1; entry >= 0; entry = this.entryNext.data[entry]!) {
      collect(this.entryPhrase.data[entry]!);
      phrases += 1;
    }
    // Phrases have disjoint patterns: merging them needs a sort, not a dedupe.
    return phrases > 1 ? out.sort((a, b) => a - b) : out;
  }
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

function isAscii(key: string): boolean {
  for (let k = 0; k < key.length; k += 1) if (key.charCodeAt(k) >= 128) return false;
  return true;
}

/** FNV-1a of a lower-case ASCII key, as the scanner computes it. */
function hashAscii(key: string): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < key.length; k += 1) hash = hashStep(hash, key.charCodeAt(k));
  return hash;
}
