/**
 * Hashing for the matcher's open-addressing tables (vocabulary and trie edges): FNV-1a over
 * lower-cased ASCII codes, computed by the scanner while it reads a word, and Murmur3's finaliser
 * to spread the low bits the tables index by.
 */
import { FNV_OFFSET, FNV_PRIME } from '../text/hash';

/** Murmur3's finaliser: FNV and the edge hash mix their low bits poorly, and the tables index by low bits. */
export function mix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** One step of FNV-1a over an ASCII code, lower-cased: the scanner hashes a word while it reads it. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), FNV_PRIME);
}

/** Integers per slot of the open-addressing tables. */
export const SLOT = 4;

/** Whether every code unit of the key is ASCII. */
export function isAscii(key: string): boolean {
  for (let k = 0; k < key.length; k += 1) if (key.charCodeAt(k) >= 128) return false;
  return true;
}

/** FNV-1a of a lower-case ASCII key, as the scanner computes it. */
export function hashAscii(key: string): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < key.length; k += 1) hash = hashStep(hash, key.charCodeAt(k));
  return hash;
}
