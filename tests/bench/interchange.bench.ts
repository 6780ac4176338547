import { test } from '@playwright/test';
import { exportXliff, readBilingual, writeTmx, type SegmentEdit } from '../../src/core/formats/xliff';
import { plainText, restoreTags } from '../../src/core/bilingual';
import { buildBenchXliff12 } from '../../src/core/formats/xliff/test-fixtures';
import { countWords } from '../../src/core/text';
import { bilingualInput, runBilingualChecks } from '../../src/core/qa';
import { corpusLines } from '../fixtures/bilingual';
import { round } from './big-article';

const SEGMENTS = Number(process.env.GLOSSA_BENCH_SEGMENTS ?? 10_000);
const RUNS = Number(process.env.GLOSSA_BENCH_INTERCHANGE_RUNS ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.floor(sorted.length / 2)]!);
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

// Node-side, as the import and export workers will run them (V8, no page): reading a
// 10,000-segment XLIFF 1.2 built from WMT21 zh→en with inline tags, and writing it back with
// every segment edited and one flag in ten, then the TMX of the reviewed pairs. The issue's
// targets (import ≤ 3 s, export ≤ 1 s) include storing and opening in the app, which this
// core-only bench does not: it is the part of those budgets the formats take.
test('interchange: read and export a 10,000-segment XLIFF 1.2, its TMX, and the bilingual checks over it', () => {
  test.setTimeout(20 * 60_000);
  const xliff = buildBenchXliff12(corpusLines(), SEGMENTS);
  const reads: number[] = [];
  const exports: number[] = [];
  const tmx: number[] = [];
  const checks: number[] = [];
  let findings = 0;
  let segments = 0;
  let targetWords = 0;
  let exportedMB = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const read = timed(() => readBilingual(xliff, 'bench.xlf'));
    reads.push(read.ms);
    const document = read.value;
    segments = document.segments.length;
    targetWords = document.segments.reduce((sum, segment) => sum + countWords(plainText(segment.target)), 0);
    // Every target edited around its tags (placeholders kept), one in ten flagged.
    const edits: SegmentEdit[] = document.segments.map((segment, index) => {
      const edited = `${plainText(segment.target, 'placeholder')} (reviewed)`;
      const flags = index % 10 === 0 ? [{ category: 'accuracy/mistranslation', severity: 'major' as const, comment: 'bench' }] : undefined;
      return { id: segment.id, target: restoreTags(segment.target, edited).content, ...(flags ? { flags } : {}) };
    });
    const exported = timed(() => exportXliff(xliff, 'bench.xlf', edits));
    exports.push(exported.ms);
    exportedMB = exported.value.length / 1024 / 1024;
    const reviewed = document.segments.map((segment) => ({ ...segment, state: 'reviewed' as const }));
    tmx.push(timed(() => writeTmx(reviewed, { srcLang: document.srcLang, tgtLang: document.tgtLang })).ms);
    // The bilingual checks over the whole document, as the QA worker will run them.
    const inputs = document.segments.map(bilingualInput);
    const checked = timed(() => runBilingualChecks(inputs, { sourceLocale: document.srcLang, targetLocale: document.tgtLang }));
    checks.push(checked.ms);
    findings = checked.value.findings.length;
  }
  console.log(
    JSON.stringify({
      bench: 'interchange',
      segments,
      targetWords,
      xliffMB: round(xliff.length / 1024 / 1024),
      exportedMB: round(exportedMB),
      runs: RUNS,
      node: process.version,
      medianMs: { readXliff12: median(reads), exportXliff12AllEdited: median(exports), writeTmx: median(tmx), bilingualChecks: median(checks) },
      bilingualFindings: findings,
      targets: { importMs: 3000, exportMs: 1000, bilingualChecksMs: 500, note: 'targets are for the whole app path; these are the format parts' },
    }),
  );
});
