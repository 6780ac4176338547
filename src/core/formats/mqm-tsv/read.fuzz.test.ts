// Property: the MQM TSV reader, given random bytes or a damaged real file, either reads it or
// refuses it with an MqmTsvFormatError that names the file; it never throws anything else.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, fuzzTimeout, mutatedBytes } from '../../../../tests/fixtures/fuzz';
import { readMqmTsvBytes } from './read';
import { MqmTsvFormatError } from './types';

const CORPUS = resolve(__dirname, '../../../../../shared/corpus');
const TED_ZHEN = { name: 'mqm_ted_zhen.talks-2-7.tsv', path: resolve(CORPUS, 'wmt-mqm-ted-zhen-part/mqm_ted_zhen.talks-2-7.tsv') };
const corpusBytes = (file: { path: string }) => new Uint8Array(readFileSync(file.path));

function readsOrRefuses(bytes: Uint8Array): void {
  try {
    const file = readMqmTsvBytes(bytes, 'fuzz.tsv');
    for (const system of file.systems) {
      for (const error of system.errors) {
        const segment = system.segments[error.segment]!;
        const text = error.side === 'source' ? segment.source : segment.target;
        expect(0 <= error.start && error.start <= error.end && error.end <= text.length).toBe(true);
      }
    }
  } catch (error) {
    if (!(error instanceof MqmTsvFormatError)) throw error;
    expect(error.message).toContain('“fuzz.tsv”');
  }
}

describe('readMqmTsvBytes never crashes', () => {
  const header = new TextEncoder().encode('system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\n');
  // The first 40 lines of a real file keep each case fast while keeping real rows to damage.
  const seed = new TextEncoder().encode(new TextDecoder().decode(corpusBytes(TED_ZHEN)).split('\n').slice(0, 40).join('\n'));
  const runs = fuzzRuns(200);

  it('on random bytes, and on random text after a valid header', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => readsOrRefuses(bytes)), { numRuns: runs });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('\t', '\n', '<v>', '</v>', 'Major', 'No-error', 'x', '"', 'é') }), (text) => {
        const body = new TextEncoder().encode(text);
        const bytes = new Uint8Array(header.length + body.length);
        bytes.set(header);
        bytes.set(body, header.length);
        readsOrRefuses(bytes);
      }),
      { numRuns: runs },
    );
  }, fuzzTimeout(runs, 20));

  it('on a damaged real file', () => {
    fc.assert(fc.property(mutatedBytes(seed), (bytes) => readsOrRefuses(bytes)), { numRuns: runs });
  }, fuzzTimeout(runs, 20));
});
