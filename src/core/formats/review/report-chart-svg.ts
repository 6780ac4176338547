/**
 * The scorecard's chart: one horizontal bar per category, as long as its penalty points and
 * split by severity. Inline SVG (no script, no external resource) so it prints sharply; each
 * part has a <title> and the table beside it carries the same numbers for screen readers.
 * Colours come from the style sheet's fill-<severity> classes, shared with the legend.
 */
import { SEVERITIES, SEVERITY_LABELS } from '../../mqm';
import type { ScoreRow } from '../../mqm';
import { escapeHtml } from '../annotations/html-escape';
import { categoryLabel, formatPoints } from './report-format';

const LABEL_WIDTH = 250;
const BAR_WIDTH = 330;
const VALUE_WIDTH = 60;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;

/** '' when no category has points (nothing to draw). */
export function categoryChartSvg(rows: readonly ScoreRow[]): string {
  const categories = [...new Set(rows.map((row) => row.category))]
    .map((category) => ({ category, rows: rows.filter((row) => row.category === category) }))
    .map((entry) => ({ ...entry, points: entry.rows.reduce((sum, row) => sum + row.points, 0) }))
    .filter((entry) => entry.points > 0);
  const most = Math.max(0, ...categories.map((entry) => entry.points));
  if (most === 0) return '';
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = categories.length * ROW_HEIGHT;
  const bars = categories.map((entry, index) => {
    const y = index * ROW_HEIGHT;
    let x = LABEL_WIDTH;
    const parts = SEVERITIES.flatMap((severity) => {
      const row = entry.rows.find((candidate) => candidate.severity === severity);
      if (!row || row.points <= 0) return [];
      const length = (row.points / most) * BAR_WIDTH;
      const rect =
        `<rect x="${round(x)}" y="${y + (ROW_HEIGHT - BAR_HEIGHT) / 2}" width="${round(length)}" height="${BAR_HEIGHT}" class="fill-${severity}" data-severity="${severity}">` +
        `<title>${escapeHtml(categoryLabel(entry.category))}, ${SEVERITY_LABELS[severity]}: ${formatPoints(row.points)} points</title></rect>`;
      x += length;
      return [rect];
    });
    const middle = y + ROW_HEIGHT / 2 + 4;
    return (
      `<g data-category="${escapeHtml(entry.category)}">` +
      `<text x="${LABEL_WIDTH - 8}" y="${middle}" text-anchor="end">${escapeHtml(categoryLabel(entry.category))}</text>` +
      `${parts.join('')}<text x="${round(x + 6)}" y="${middle}">${formatPoints(entry.points)}</text></g>`
    );
  });
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title">` +
    `<title id="chart-title">Penalty points by category and severity</title>${bars.join('')}</svg>`
  );
}

export function chartLegend(): string {
  const items = SEVERITIES.map((severity) => `<li><span class="swatch fill-${severity}"></span>${SEVERITY_LABELS[severity]}</li>`);
  return `<ul class="chart-legend" aria-hidden="true">${items.join('')}</ul>`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
