import { test } from '@playwright/test';
import { round } from './big-article';
import { benchTbx, PARSERS, strictness, timeParsers } from './xml-parsers';

const TERMS = Number(process.env.GLOSSA_BENCH_TERMS ?? 100_000);
const RUNS = Number(process.env.GLOSSA_BENCH_XML_RUNS ?? 5);

// Node-side: no page. The parsers run in V8 as in the glossary worker (Chromium's V8).
test('xml: our parser against saxes and txml on a TBX of the glossary bench size, and what each accepts', () => {
  test.setTimeout(20 * 60_000);
  const tbx = benchTbx(TERMS);
  const timings = timeParsers(PARSERS, tbx, RUNS);
  const ours = timings.ours!.medianMs;
  // Side by side: each parser's median and its ratio to ours (saxes is adopted if its tree is within 1.5x).
  const speed = Object.fromEntries(Object.entries(timings).map(([name, timing]) => [name, { ...timing, vsOurs: round(timing.medianMs / ours) }]));
  const accepted = strictness();
  const acceptedCount = Object.fromEntries(['ours', 'saxes', 'txml'].map((name) => [name, Object.values(accepted).filter((row) => row[name]).length]));
  console.log(
    JSON.stringify({
      bench: 'xml',
      terms: TERMS,
      tbxMB: round(tbx.length / 1024 / 1024),
      runs: RUNS,
      node: process.version,
      speed,
      malformedAccepted: acceptedCount,
      malformedCases: Object.keys(accepted).length,
      accepted,
      targets: { adoptLibraryIfWithin: '1.5x of ours' },
    }),
  );
});
