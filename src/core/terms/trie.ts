/**
 * The phrase trie of a compiled matcher, all integers: nodes reached by token id, the phrases that
 * end at a node exactly or through an inflected last word, and each phrase's patterns.
 */
import { mix, SLOT } from './table-hash';

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
export class Trie {
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
