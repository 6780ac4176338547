/**
 * The token vocabulary of a compiled matcher: every distinct token key of the patterns gets a
 * number, found again from a text's characters (and the hash computed while reading them) without
 * making a string for an ASCII word.
 */
import { foldCodePoint } from './normalise';
import { hashAscii, isAscii, mix, SLOT } from './table-hash';

/**
 * The token vocabulary of the patterns: each distinct key gets a number. ASCII
 * keys sit in an open-addressing table by FNV hash, so the scanner finds a text
 * word's number from the hash it computed while reading the word, without
 * making a string; other keys (rare in English) are looked up by string.
 */
export class Vocabulary {
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
export function nonAsciiWordKey(text: string, start: number, end: number): string {
  return text.slice(start, end).toLowerCase().normalize('NFC');
}
