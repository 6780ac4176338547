import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const CORPUS = resolve(__dirname, '../../../shared/corpus/wmt21-zh-en');
const SYSTEMS = ['Facebook-AI', 'NiuTrans', 'Online-W'];

/** ~190k words of genuine MT English: the three WMT21 zh→en outputs one after another. */
export function bigArticleText(): string {
  return SYSTEMS.map((system) => readFileSync(resolve(CORPUS, `newstest2021.zh-en.hyp.${system}.en`), 'utf8').trim()).join('\n');
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
