// The systems table reproduces the published MQM scores of WMT21 TED en→de (Freitag et al.
// 2021), read from the real file by the real reader and scored by core/mqm with the Google WMT
// preset, against every figure of the table in ../shared/corpus/wmt-mqm-ted-ende/README.md (2 decimals).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOGLE_WMT_PRESET, scoreSegments, sortSystemScores } from '../../mqm';
import { ratedErrorsOf } from './rated-errors';
import { readMqmTsv, readMqmTsvBytes } from './read';
import { writeMqmTsv } from './write';

const CORPUS = resolve(__dirname, '../../../../../shared/corpus');
const TED_ENDE = { name: 'mqm_ted_ende.tsv', path: resolve(CORPUS, 'wmt-mqm-ted-ende/mqm_ted_ende.tsv') };
const corpusBytes = (file: { path: string }) => new Uint8Array(readFileSync(file.path));

// The README's table, as published (lower is better).
const PUBLISHED: Record<string, number> = {
  ref: 0.91,
  'Facebook-AI': 1.06,
  'Online-W': 1.12,
  'VolcTrans-AT': 1.24,
  metricsystem3: 1.44,
  'VolcTrans-GLAT': 1.49,
  HuaweiTSC: 1.5,
  metricsystem1: 1.63,
  metricsystem2: 1.69,
  metricsystem5: 1.72,
  UEdin: 1.77,
  metricsystem4: 1.78,
  eTranslation: 1.96,
  Nemo: 2.14,
};

describe('WMT21 TED en→de systems table', () => {
  const file = readMqmTsvBytes(corpusBytes(TED_ENDE), TED_ENDE.name);
  const table = scoreSegments(ratedErrorsOf(file), GOOGLE_WMT_PRESET);

  it('has every published system, each rated on 529 segments by one rater', () => {
    expect(table.map((row) => row.system).sort()).toEqual(Object.keys(PUBLISHED).sort());
    for (const row of table) expect([row.segments, row.ratings]).toEqual([529, 529]);
  });

  // 13 of the 14 figures come out exactly to the published 2 decimals.
  it.each(Object.entries(PUBLISHED).filter(([system]) => system !== 'eTranslation'))('%s: average penalty per segment per rater %s', (system, published) => {
    const row = table.find((r) => r.system === system);
    expect(row?.averagePenalty.toFixed(2)).toBe(published.toFixed(2));
  });

  // eTranslation: the file gives 1041.5 points over 529 ratings = 1.9688, which rounds to 1.97,
  // not the published 1.96 (it truncates to 1.96, but truncation would turn HuaweiTSC's 1.4975
  // into 1.49, not its published 1.50). No weighting or averaging we tried (Other or Display at 0,
  // per-rater or per-document means, a cap of 25 per segment) gives all 14; most likely the
  // published figure was computed from an earlier version of the file. We keep the README's
  // number as the expectation, within one unit of its last digit, and pin the exact sum.
  it('eTranslation: 1.9688, within 0.01 of the published 1.96', () => {
    const row = table.find((r) => r.system === 'eTranslation')!;
    expect([row.penalty, row.ratings]).toEqual([1041.5, 529]);
    expect(Math.abs(row.averagePenalty - PUBLISHED['eTranslation']!)).toBeLessThanOrEqual(0.01);
  });

  it('ranks them in the published order', () => {
    const published = Object.entries(PUBLISHED).sort((a, b) => a[1] - b[1]).map(([system]) => system);
    expect(sortSystemScores(table, 'averagePenalty').map((row) => row.system)).toEqual(published);
  });

  it('written back as MQM TSV and read again, gives the same errors and the same scores', () => {
    const again = readMqmTsv(writeMqmTsv({ systems: file.systems }), 'again.tsv');
    const errorsOf = (f: typeof file) => f.systems.map((s) => ({ system: s.system, errors: s.errors.map(({ line: _line, ...error }) => error) }));
    expect(errorsOf(again)).toEqual(errorsOf(file));
    expect(again.systems.map((s) => s.segments)).toEqual(file.systems.map((s) => s.segments));
    expect(scoreSegments(ratedErrorsOf(again), GOOGLE_WMT_PRESET)).toEqual(table);
  });
});
