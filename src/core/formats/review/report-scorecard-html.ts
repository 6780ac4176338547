/**
 * The scorecard section of the review report: the verdict, the figures, the category × severity
 * table and the chart. Every figure is read from the Scorecard; nothing is scored here.
 */
import { scoringModelText } from './scoring-model-text';
import type { AnnotationStatus } from '../../model';
import { SEVERITIES, SEVERITY_LABELS, verdictLabel, verdictOf } from '../../mqm';
import type { ScoreRow, Scorecard } from '../../mqm';
import { escapeHtml } from '../annotations/html-escape';
import { STATUS_LABELS } from '../annotations/html-notes';
import { categoryChartSvg, chartLegend } from './report-chart-svg';
import { categoryLabel, formatPoints, formatScore, plural } from './report-format';

interface ScorecardSection {
  scorecard: Scorecard;
  presetName: string;
  /** How many live flags have each status, for the summary line. */
  statusCounts: ReadonlyMap<AnnotationStatus, number>;
}


export function scorecardSectionHtml({ scorecard, presetName, statusCounts }: ScorecardSection): string {
  const verdict = verdictOf(scorecard);
  const comparison = scorecard.pass ? '≥' : '&lt;';
  return `<section id="scorecard" aria-labelledby="scorecard-heading">
<h2 id="scorecard-heading">Scorecard</h2>
<p class="verdict ${verdict}">${escapeHtml(verdictLabel(scorecard))} <span class="verdict-reason">· ${
    scorecard.failedBy === 'critical-error'
      ? `a Critical error fails the review whatever its score (quality score ${formatScore(scorecard.qualityScore)})`
      : verdict === 'unrated'
        ? `no verdict until every flag has a severity (quality score ${formatScore(scorecard.qualityScore)} so far, threshold ${formatScore(scorecard.threshold)})`
        : `quality score ${formatScore(scorecard.qualityScore)} ${comparison} threshold ${formatScore(scorecard.threshold)}`
  }</span></p>
<dl class="figures">
${figure('quality-score', 'Quality score', formatScore(scorecard.qualityScore))}
${figure('model', 'Scoring model', escapeHtml(scoringModelText(scorecard)))}
${figure('threshold', 'Pass threshold', formatScore(scorecard.threshold))}
${figure('penalty', 'Penalty points', formatPoints(scorecard.penalty))}
${figure('penalty-per-1000', 'Penalty per 1000 words', formatPoints(scorecard.penaltyPer1000Words))}
${figure('word-count', 'Words', String(scorecard.wordCount))}
${figure('weights', 'Weights', escapeHtml(presetName))}
${figure('counted', 'Flags counted', String(scorecard.counted))}
${figure('rejected', 'Rejected (not counted)', String(scorecard.rejected))}
${figure('unrated', 'Without severity (not counted)', String(scorecard.unrated))}
</dl>
<p class="summary">${statusSummary(statusCounts)}</p>
${breakdownHtml(scorecard.breakdown)}
</section>`;
}

function figure(name: string, label: string, valueHtml: string): string {
  return `<div data-figure="${name}"><dt>${label}</dt><dd>${valueHtml}</dd></div>`;
}

function statusSummary(counts: ReadonlyMap<AnnotationStatus, number>): string {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return 'No flags.';
  const parts = (Object.keys(STATUS_LABELS) as AnnotationStatus[])
    .filter((status) => (counts.get(status) ?? 0) > 0)
    .map((status) => `${counts.get(status)} ${STATUS_LABELS[status].toLowerCase()}`);
  return `${plural(total, 'flag')}: ${parts.join(', ')}.`;
}

function breakdownHtml(rows: readonly ScoreRow[]): string {
  if (rows.length === 0) return '<p class="empty">No errors counted.</p>';
  const categories = [...new Set(rows.map((row) => row.category))];
  const cell = (tally: Tally | undefined) => (tally ? `${tally.count} <span class="points">(${formatPoints(tally.points)})</span>` : '');
  const body = categories.map((category) => {
    const own = rows.filter((row) => row.category === category);
    const cells = SEVERITIES.map((severity) => `<td data-severity="${severity}">${cell(own.find((row) => row.severity === severity))}</td>`);
    return `<tr data-category="${escapeHtml(category)}"><th scope="row">${escapeHtml(categoryLabel(category))}</th>${cells.join('')}<td data-total>${cell(total(own))}</td></tr>`;
  });
  const totals = SEVERITIES.map((severity) => {
    const own = rows.filter((row) => row.severity === severity);
    return `<td data-severity="${severity}">${own.length === 0 ? '' : cell(total(own))}</td>`;
  });
  const chart = categoryChartSvg(rows);
  return `<table class="breakdown">
<caption>Errors by category and severity: count (points)</caption>
<thead><tr><th scope="col">Category</th>${SEVERITIES.map((severity) => `<th scope="col">${SEVERITY_LABELS[severity]}</th>`).join('')}<th scope="col">Total</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody>
<tfoot><tr><th scope="row">Total</th>${totals.join('')}<td data-total>${cell(total(rows))}</td></tr></tfoot>
</table>
${chart === '' ? '' : `<figure class="chart-figure">${chart}${chartLegend()}</figure>`}`;
}

interface Tally {
  count: number;
  points: number;
}

function total(rows: readonly ScoreRow[]): Tally {
  return { count: rows.reduce((sum, row) => sum + row.count, 0), points: rows.reduce((sum, row) => sum + row.points, 0) };
}
