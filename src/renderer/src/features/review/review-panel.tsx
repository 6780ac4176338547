// Renderer: the review panel: scorecard, the queue of flags and automatic findings, and
// review settings. F8 / Shift+F8 (anywhere) and J / K (in the queue) walk the queue.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { GOOGLE_WMT_PRESET, MQM_DIMENSIONS, MQM_STANDARD_PRESET, SEVERITIES, SEVERITY_LABELS, getCategory } from '@core/mqm';
import { BILINGUAL_CHECKS, CHECKS } from '@core/qa';
import type { AnnotationStatus } from '@core/model';
import { REVIEW_SETTING_DEFAULTS, setSetting, useDatabase, useSetting } from '../../db';
import { STATUS_LABELS, useAnnotationActions, useAnnotationRows } from '../annotations';
import { useCommand } from '../../commands';
import { useReviewApi } from './review-context';
import { DEFAULT_FILTER, buildQueue, stepQueue, type QueueFilter, type QueueItem } from './review-queue';
import { ScorecardView } from './scorecard-view';
import { CustomWeights, startingCustomPreset } from './custom-weights';
import type { ReviewScore } from './use-scorecard';

interface ReviewPanelProps {
  score: ReviewScore | null;
  onExport(format: 'html' | 'csv' | 'jsonld'): void;
}


export function ReviewPanel({ score, onExport }: ReviewPanelProps) {
  const annotationsApi = useAnnotationActions();
  const annotationRows = useAnnotationRows();
  const review = useReviewApi();
  const db = useDatabase();
  const [filter, setFilter] = useState<QueueFilter>(DEFAULT_FILTER);
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const presetChoice = useSetting('reviewPreset', REVIEW_SETTING_DEFAULTS.reviewPreset);
  const customPreset = useSetting('customPreset', REVIEW_SETTING_DEFAULTS.customPreset);
  const threshold = useSetting('passThreshold', REVIEW_SETTING_DEFAULTS.passThreshold);
  const disabled = useSetting('disabledChecks', REVIEW_SETTING_DEFAULTS.disabledChecks);

  const items = useMemo(() => buildQueue(annotationRows, review.findings, filter), [annotationRows, review.findings, filter]);

  const select = (item: QueueItem | null) => {
    setCurrentKey(item?.key ?? null);
    if (!item) return;
    if (item.type === 'flag') {
      review.selectFinding(null);
      annotationsApi.activate(item.annotation.id, { scroll: item.annotation.anchorState !== 'orphan' });
    } else {
      review.selectFinding(item.finding);
    }
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(item.key)}"]`)?.focus());
  };

  const step = (direction: 1 | -1) => select(stepQueue(items, currentKey, direction));
  // F8 / Shift+F8 from anywhere walk the queue while the panel is open.
  useCommand('review.next', () => step(1));
  useCommand('review.previous', () => step(-1));

  const current = items.find((item) => item.key === currentKey) ?? null;

  const onQueueKey = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement || event.target instanceof HTMLTextAreaElement) return;
    const item = current;
    const key = event.key.toLowerCase();
    if (key === 'j') step(1);
    else if (key === 'k') step(-1);
    else if (item?.type === 'finding' && key === 'f') void review.toFlag(item.finding);
    else if (item?.type === 'finding' && (key === 'd' || event.key === 'Delete')) void review.dismiss(item.finding);
    else if (item?.type === 'flag' && key === 'a') void annotationsApi.update(item.annotation.id, { status: 'accepted' });
    else if (item?.type === 'flag' && key === 'r') void annotationsApi.update(item.annotation.id, { status: 'rejected' });
    else return;
    event.preventDefault();
  };

  const setStatusFilter = (value: string) => setFilter((old) => ({ ...old, status: value as QueueFilter['status'] }));

  return (
    <aside className="review-panel annotations-panel" aria-label="Review panel">
      <h2>Review</h2>
      {score ? <ScorecardView scorecard={score.scorecard} presetLabel={score.preset.label} /> : null}
      <div className="panel-filters">
        <label>
          Show
          <select value={filter.kind} onChange={(event) => setFilter((old) => ({ ...old, kind: event.target.value as QueueFilter['kind'] }))}>
            <option value="all">Flags and findings</option>
            <option value="flag">Flags</option>
            <option value="finding">Automatic findings</option>
          </select>
        </label>
        <label>
          Status
          <select value={filter.status} onChange={(event) => setStatusFilter(event.target.value)}>
            <option value="all">Any status</option>
            {(['open', 'accepted', 'rejected', 'fixed'] as AnnotationStatus[]).map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="panel-filters">
        <label>
          Severity
          <select value={filter.severity} onChange={(event) => setFilter((old) => ({ ...old, severity: event.target.value as QueueFilter['severity'] }))}>
            <option value="all">Any severity</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {SEVERITY_LABELS[severity]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Category
          <select value={filter.dimension} onChange={(event) => setFilter((old) => ({ ...old, dimension: event.target.value }))}>
            <option value="all">Any category</option>
            {MQM_DIMENSIONS.map((dimension) => (
              <option key={dimension.id} value={dimension.id}>
                {dimension.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort
          <select value={filter.sort} onChange={(event) => setFilter((old) => ({ ...old, sort: event.target.value as QueueFilter['sort'] }))}>
            <option value="position">By position</option>
            <option value="severity">By severity</option>
          </select>
        </label>
      </div>
      <div className="queue-bar">
        <button type="button" onClick={() => review.runChecks()} disabled={review.running}>
          {review.running ? 'Checking…' : 'Run checks'}
        </button>
        <button type="button" aria-label="Previous item (Shift+F8 or K)" onClick={() => step(-1)}>
          ↑
        </button>
        <button type="button" aria-label="Next item (F8 or J)" onClick={() => step(1)}>
          ↓
        </button>
        <span className="panel-count" aria-live="polite">
          {items.length} in queue
          {review.lastRunMs !== null ? ` · checks ${Math.round(review.lastRunMs)} ms` : ''}
        </span>
      </div>
      <ul className="panel-list review-queue" aria-label="Review queue" ref={list} onKeyDown={onQueueKey}>
        {items.map((item) => (
          <li key={item.key}>
            <QueueEntry item={item} current={item.key === currentKey} onSelect={() => select(item)} />
          </li>
        ))}
      </ul>
      <p className="panel-hint">
        Keys in the queue: <kbd>J</kbd>/<kbd>K</kbd> next/previous, <kbd>F</kbd> finding → flag, <kbd>D</kbd> dismiss, <kbd>A</kbd>/<kbd>R</kbd> accept/reject a flag.
      </p>
      <details className="review-settings">
        <summary>Scoring and checks</summary>
        <label className="panel-field">
          Weights
          <select
            value={presetChoice ?? 'mqm'}
            onChange={(event) => {
              const choice = event.target.value as 'wmt' | 'mqm' | 'custom';
              if (choice === 'custom' && (customPreset === null || customPreset === undefined)) void setSetting(db, 'customPreset', startingCustomPreset());
              void setSetting(db, 'reviewPreset', choice);
            }}
          >
            <option value="mqm">{MQM_STANDARD_PRESET.label}</option>
            <option value="wmt">{GOOGLE_WMT_PRESET.label}</option>
            <option value="custom">Custom</option>
          </select>
        </label>
        {presetChoice === 'custom' && customPreset !== undefined ? <CustomWeights stored={customPreset} problems={score?.presetProblems ?? []} /> : null}
        <ScoringModelFields />
        <label className="panel-field">
          Pass threshold (quality score)
          <input
            type="number"
            min={0}
            max={100}
            value={threshold ?? 90}
            onChange={(event) => {
              const value = Number(event.target.value);
              if (Number.isFinite(value) && value >= 0 && value <= 100) void setSetting(db, 'passThreshold', value);
            }}
          />
        </label>
        <CheckToggles legend="Automatic checks" checks={CHECKS} disabled={disabled} />
        {review.bilingual ? <CheckToggles legend="Source against target" checks={BILINGUAL_CHECKS} disabled={disabled} /> : null}
        <UserRules />
        {review.problems.map((problem) => (
          <p key={`${problem.checkId}:${problem.ruleId ?? ''}`} role="alert" className="card-warning">
            {problem.message}
          </p>
        ))}
      </details>
      <div className="panel-export">
        <button type="button" onClick={() => onExport('html')}>
          Report HTML
        </button>
        <button type="button" onClick={() => onExport('csv')}>
          Report CSV
        </button>
        <button type="button" onClick={() => onExport('jsonld')}>
          JSON-LD
        </button>
      </div>
    </aside>
  );
}

function QueueEntry({ item, current, onSelect }: { item: QueueItem; current: boolean; onSelect(): void }) {
  const annotationsApi = useAnnotationActions();
  const review = useReviewApi();
  const category = item.category ? (getCategory(item.category)?.label ?? item.category) : 'No category';
  const severity = item.severity ? SEVERITY_LABELS[item.severity] : 'No severity';
  return (
    <div className="queue-entry" data-type={item.type} data-current={current}>
      <button type="button" className="panel-item" data-key={item.key} aria-current={current ? 'true' : undefined} onClick={onSelect}>
        <span className="kind-badge">{item.type === 'flag' ? `Flag · ${STATUS_LABELS[item.annotation.status]}` : 'Finding'}</span>
        {item.type === 'finding' && item.finding.quote === '' ? (
          <span className="panel-quote">(no words: an empty target)</span>
        ) : (
          <span className="panel-quote">“{item.type === 'flag' ? item.annotation.selectors.quote.exact || item.annotation.quote : item.finding.quote}”</span>
        )}
        <span className="panel-meta">
          {severity} · {category}
          {item.type === 'finding' ? ` · ${item.finding.message}` : item.annotation.body ? ` · ${item.annotation.body.slice(0, 80)}` : ''}
        </span>
      </button>
      {current ? (
        <div className="queue-actions">
          {item.type === 'finding' ? (
            <>
              <button type="button" onClick={() => void review.toFlag(item.finding)}>
                Make flag
              </button>
              <button type="button" onClick={() => void review.dismiss(item.finding)}>
                Dismiss
              </button>
            </>
          ) : (
            <>
              <button type="button" onClick={() => void annotationsApi.update(item.annotation.id, { status: 'accepted' })}>
                Accept
              </button>
              <button type="button" onClick={() => void annotationsApi.update(item.annotation.id, { status: 'rejected' })}>
                Reject
              </button>
              {item.annotation.suggestion !== undefined && item.annotation.status !== 'fixed' ? (
                <button type="button" onClick={() => void annotationsApi.applySuggestion(item.annotation.id)}>
                  Apply suggestion
                </button>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}

/** Custom checks: a regular expression and the message a match shows. */
function UserRules() {
  const db = useDatabase();
  const rules = useSetting('userRegexRules', REVIEW_SETTING_DEFAULTS.userRegexRules) ?? [];
  const [pattern, setPattern] = useState('');
  const [message, setMessage] = useState('');
  const add = () => {
    if (!pattern.trim() || !message.trim()) return;
    void setSetting(db, 'userRegexRules', [...rules, { pattern, flags: 'i', message: message.trim() }]);
    setPattern('');
    setMessage('');
  };
  return (
    <fieldset className="check-toggles">
      <legend>Custom patterns</legend>
      {rules.map((rule, index) => (
        <div key={`${rule.pattern}:${index}`} className="user-rule">
          <code>/{rule.pattern}/{rule.flags}</code> {rule.message}
          <button
            type="button"
            aria-label={`Remove pattern ${rule.pattern}`}
            onClick={() => void setSetting(db, 'userRegexRules', rules.filter((_, position) => position !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <label className="panel-field">
        Regular expression
        <input value={pattern} onChange={(event) => setPattern(event.target.value)} placeholder="e.g. \bsuperministerial\b" />
      </label>
      <label className="panel-field">
        Message
        <input
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && add()}
          placeholder="Calque: use the glossary term"
        />
      </label>
      <button type="button" onClick={add}>
        Add pattern
      </button>
    </fieldset>
  );
}

/** One checkbox per check: unticked ones are kept in the disabledChecks setting. */
function CheckToggles({ legend, checks, disabled }: { legend: string; checks: readonly { id: string; label: string; description: string }[]; disabled: readonly string[] | undefined }) {
  const db = useDatabase();
  return (
    <fieldset className="check-toggles">
      <legend>{legend}</legend>
      {checks.map((check) => (
        <label key={check.id} title={check.description}>
          <input
            type="checkbox"
            checked={!(disabled ?? []).includes(check.id)}
            onChange={(event) =>
              void setSetting(db, 'disabledChecks', event.target.checked ? (disabled ?? []).filter((id) => id !== check.id) : [...(disabled ?? []), check.id])
            }
          />
          {check.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The MQM 2.0 model the score is, and whether a Critical error fails the review whatever its score (ADR 0016). */
function ScoringModelFields() {
  const db = useDatabase();
  const model = useSetting('scoringModel', REVIEW_SETTING_DEFAULTS.scoringModel);
  const criticalFails = useSetting('criticalFails', REVIEW_SETTING_DEFAULTS.criticalFails);
  return (
    <>
      <label className="panel-field">
        Scoring model
        <select value={model ?? 'calibrated-linear'} onChange={(event) => void setSetting(db, 'scoringModel', event.target.value as 'calibrated-linear' | 'raw-linear')}>
          <option value="calibrated-linear">Calibrated linear (100 − points per 1000 words)</option>
          <option value="raw-linear">Raw linear (100 × (1 − points / words))</option>
        </select>
      </label>
      <label className="panel-check">
        <input type="checkbox" checked={criticalFails ?? false} onChange={(event) => void setSetting(db, 'criticalFails', event.target.checked)} />
        Any Critical error fails the review
      </label>
    </>
  );
}
