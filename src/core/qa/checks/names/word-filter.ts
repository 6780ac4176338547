import { FNV_OFFSET, fnvStep as fnvCodeStep } from '../../../text/hash';

/**
 * What the filter reads of a table of words (WordTable in tokens.ts is one): the slot each word
 * hashed to during the scan (−1 beyond ASCII), its lower case and its length. Declared here, by
 * the reader, so the filter does not import the table that imports it.
 */
export interface HashedWords {
  readonly hash: Int32Array;
  lower(i: number): string;
  length(i: number): number;
}

/** One FNV-1a step over an ASCII code, lower-cased. */
export function fnvStep(hash: number, code: number): number {
  return fnvCodeStep(hash, code >= 65 && code <= 90 ? code + 32 : code);
}

/**
 * A one-hash Bloom filter of lower-case words, asked about words of the table
 * straight from the character codes: most words of a long text fail it and are
 * never sliced into a string or hashed into a Set lookup.
 */
export class WordFilter {
  private static readonly BITS = 1 << 21;
  private readonly bits = new Uint32Array(WordFilter.BITS >>> 5);

  constructor(words: Iterable<string>) {
    for (const word of words) this.set(WordFilter.hash(word, 0, word.length));
  }

  /** May the table's word i, in lower case, be one of the words? False means certainly not. */
  mayContain(table: HashedWords, i: number): boolean {
    let hash = table.hash[i]!;
    if (hash < 0) hash = WordFilter.hash(table.lower(i), 0, table.length(i));
    return hash >= 0 && (this.bits[hash >>> 5]! & (1 << (hash & 31))) !== 0;
  }

  private set(hash: number): void {
    if (hash >= 0) this.bits[hash >>> 5]! |= 1 << (hash & 31);
  }

  /** FNV-1a over the ASCII-lower-cased codes; −1 when a code is beyond ASCII (hash the lower-cased string). */
  static hash(text: string, start: number, end: number): number {
    let hash = FNV_OFFSET;
    for (let k = start; k < end; k += 1) {
      const code = text.charCodeAt(k);
      if (code > 127) return -1;
      hash = fnvStep(hash, code);
    }
    return WordFilter.slot(hash);
  }

  static slot(hash: number): number {
    return (hash >>> 0) % WordFilter.BITS;
  }
}
