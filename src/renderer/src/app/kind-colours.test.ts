import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REVIEW_REPORT_STYLE } from '@core/formats/review/review-report-style';
import { ANNOTATED_HTML_STYLE } from '@core/formats/annotations/annotated-html-style';

// One colour per kind everywhere (issue 15, item 8): the exported report and annotated article
// use the app's light-theme kind colours, so a Query is the same green on screen and on paper.
const theme = readFileSync(fileURLToPath(new URL('./theme.css', import.meta.url)), 'utf8');
const light = theme.slice(theme.indexOf(':root'), theme.indexOf('}', theme.indexOf(':root')));

function appColour(kind: string): string {
  const hex = new RegExp(`--${kind}:\\s*#([0-9a-f]{6})`, 'i').exec(light)?.[1];
  if (!hex) throw new Error(`theme.css has no --${kind}`);
  return [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(' ');
}

function exportColour(style: string, kind: string): string | undefined {
  return new RegExp(`--${kind}:\\s*(\\d+ \\d+ \\d+)`).exec(style)?.[1];
}

describe('kind colours', () => {
  for (const kind of ['flag', 'note', 'query']) {
    it(`--${kind} is the app's in the review report and the annotated HTML`, () => {
      expect(exportColour(REVIEW_REPORT_STYLE, kind)).toBe(appColour(kind));
      expect(exportColour(ANNOTATED_HTML_STYLE, kind)).toBe(appColour(kind));
    });
  }
  it("--term is the app's in the annotated HTML", () => {
    expect(exportColour(ANNOTATED_HTML_STYLE, 'term')).toBe(appColour('term'));
  });
});
