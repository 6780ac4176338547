// Renderer: the MQM scorecard: score, verdict, breakdown table and a bar chart.
import { SEVERITIES, SEVERITY_LABELS, getCategory, verdictLabel, verdictOf, type Scorecard } from '@core/mqm';
import { scoringModelText } from '@core/formats/review/scoring-model-text';

export function ScorecardView({ scorecard, presetLabel }: { scorecard: Scorecard; presetLabel: string }) {
  const byCategory = new Map<string, number>();
  for (const row of scorecard.breakdown) byCategory.set(row.category, (byCategory.get(row.category) ?? 0) + row.points);
  const largest = Math.max(1, ...byCategory.values());
  return (
    <section className="scorecard" aria-label="Scorecard">
      <p className="score-line">
        <strong data-testid="quality-score">{scorecard.qualityScore.toFixed(1)}</strong>
        <span className="verdict" data-pass={scorecard.pass} data-verdict={verdictOf(scorecard)}>
          {verdictLabel(scorecard)}
        </span>
        <span className="score-detail">
          {scorecard.penalty.toLocaleString()} penalty points · {scorecard.penaltyPer1000Words.toFixed(2)} per 1000 words · threshold {scorecard.threshold} ·{' '}
          {presetLabel}
        </span>
      </p>
      <p className="score-model" data-testid="score-model">
        {scoringModelText(scorecard)}
      </p>
      {scorecard.failedBy === 'critical-error' ? <p className="score-failed-by">Failed: a Critical error fails the review whatever its score.</p> : null}
      {verdictOf(scorecard) === 'unrated' ? (
        <p className="score-failed-by">No verdict yet: give every flag a severity (flags without one are not counted).</p>
      ) : null}
      {scorecard.breakdown.length > 0 ? (
        <>
          <table className="breakdown">
            <caption className="visually-hidden">Flags by category and severity (count / points)</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                {SEVERITIES.map((severity) => (
                  <th key={severity} scope="col">
                    {SEVERITY_LABELS[severity]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...byCategory.keys()].map((category) => (
                <tr key={category}>
                  <th scope="row">{getCategory(category)?.label ?? 'Uncategorised'}</th>
                  {SEVERITIES.map((severity) => {
                    const row = scorecard.breakdown.find((cell) => cell.category === category && cell.severity === severity);
                    return <td key={severity}>{row ? `${row.count} / ${row.points}` : ''}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <div className="chart" role="img" aria-label="Penalty points by category">
            {[...byCategory].map(([category, points]) => (
              <div key={category} className="chart-row">
                <span>{getCategory(category)?.label ?? 'Uncategorised'}</span>
                <span className="chart-bar" style={{ width: `${(points / largest) * 100}%` }} />
                <span>{points}</span>
              </div>
            ))}
          </div>
        </>
      ) : (
        <p className="score-detail">No rated flags yet.</p>
      )}
      {scorecard.unrated > 0 ? <p className="score-detail">{scorecard.unrated} flag(s) have no severity yet and are not scored.</p> : null}
    </section>
  );
}
