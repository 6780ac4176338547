// Renderer: the review panel: scorecard, the queue of flags and automatic findings, and
// review settings. F8 / Shift+F8 (anywhere) and J / K (in the queue) walk the queue.
//
// The queue has one current item, and it is the one with focus: Tab, a click or J/K move both
// together, and every key acts on the item whose entry has focus. After an action the next item
// becomes current and takes focus (as memoQ and Trados move on), so F8 and J go on from there.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { GOOGLE_WMT_PRESET, MQM_DIMENSIONS, MQM_STANDARD_PRESET, SEVERITIES, SEVERITY_LABELS, getCategory } from '@core/mqm';
import { BILINGUAL_CHECKS, CHECKS } from '@core/qa';
import type { AnnotationStatus } from '@core/model';
import { REVIEW_SETTING_DEFAULTS, setSetting, useDatabase, useSetting } from '../../db';
import { STATUS_LABELS, useAnnotationActions, useAnnotationRows } from '../annotations';
import { useCommand } from '../../commands';
import { useReviewApi } from './review-context';
import { DEFAULT_FILTER, buildQueue, nextAfter, stepQueue, type QueueFilter, type QueueItem } from './review-queue';
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

  const items = useMemo(
    () => buildQueue(annotationRows, review.findings, filter, review.dismissedFindings),
    [annotationRows, review.findings, filter, review.dismissedFindings],
  );
  // Where the current item was in the queue: the walk goes on from there once it has left it.
  const lastIndex = useRef<number | undefined>(undefined);
  // An item to give focus to as soon as it is in the queue (a finding an undo brings back).
  const focusWhenShown = useRef<string | null>(null);

  const focusEntry = (key: string) => list.current?.querySelector<HTMLElement>(`.panel-item[data-key="${CSS.escape(key)}"]`)?.focus();

  /** Makes the item current and shows it in the article; `focus` moves focus to its entry (not needed when focus is what made it current). */
  const select = (item: QueueItem | null, { focus = true }: { focus?: boolean } = {}) => {
    setCurrentKey(item?.key ?? null);
    if (!item) return;
    const index = items.findIndex((entry) => entry.key === item.key);
    if (index >= 0) lastIndex.current = index;
    if (item.type === 'flag') {
      review.selectFinding(null);
      annotationsApi.activate(item.annotation.id, { scroll: item.annotation.anchorState !== 'orphan' });
    } else {
      review.selectFinding(item.finding);
    }
    if (focus) requestAnimationFrame(() => focusEntry(item.key));
  };

  // F8 that opened the panel before the checks had answered: taken once the queue has items.
  const pendingStep = useRef<1 | -1 | null>(null);
  const step = (direction: 1 | -1) => {
    if (items.length === 0) pendingStep.current = direction;
    else select(stepQueue(items, currentKey, direction, lastIndex.current));
  };
  // F8 / Shift+F8 from anywhere walk the queue while the panel is open.
  useCommand('review.next', () => step(1));
  useCommand('review.previous', () => step(-1));

  useEffect(() => {
    if (pendingStep.current !== null && items.length > 0) {
      const direction = pendingStep.current;
      pendingStep.current = null;
      step(direction);
      return;
    }
    const key = focusWhenShown.current;
    if (key === null || !items.some((item) => item.key === key)) return;
    focusWhenShown.current = null;
    const item = items.find((entry) => entry.key === key)!;
    select(item);
  });

  /** Acts on the item and moves on to the next one, which takes focus. */
  const actOn = (item: QueueItem, action: () => Promise<unknown>) => {
    const next = nextAfter(items, item.key);
    void action();
    if (next) select(next);
    else {
      setCurrentKey(null);
      requestAnimationFrame(() => list.current?.focus());
    }
  };

  const flagFinding = (item: QueueItem) => item.type === 'finding' && actOn(item, () => review.toFlag(item.finding));
  const dismissOrRestore = (item: QueueItem) =>
    item.type === 'finding' && actOn(item, () => (item.dismissed ? review.restore(item.finding) : review.dismiss(item.finding)));
  const fixAll = (item: QueueItem) =>
    item.type === 'finding' &&
    actOn(item, async () => {
      review.fixAllVariants(item.finding);
    });
  const setFlagStatus = (item: QueueItem, status: AnnotationStatus) =>
    item.type === 'flag' && actOn(item, () => annotationsApi.update(item.annotation.id, { status }));

  const undoDismiss = () =>
    void review.undoDismiss().then((finding) => {
      if (finding) focusWhenShown.current = `finding:${finding.key}`;
    });

  const onQueueKey = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement || event.target instanceof HTMLTextAreaElement) return;
    // The item whose entry has focus, whatever was current before.
    const focusedKey = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.queue-entry')?.dataset.key : undefined;
    const item = items.find((entry) => entry.key === focusedKey) ?? current;
    const key = event.key.toLowerCase();
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && key === 'z') undoDismiss();
    else if (!plain) return;
    else if (key === 'j') step(1);
    else if (key === 'k') step(-1);
    else if (item?.type === 'finding' && !item.dismissed && key === 'f') flagFinding(item);
    else if (item?.type === 'finding' && (key === 'd' || event.key === 'Delete')) dismissOrRestore(item);
    else if (item?.type === 'flag' && key === 'a') setFlagStatus(item, 'accepted');
    else if (item?.type === 'flag' && key === 'r') setFlagStatus(item, 'rejected');
    else if (item?.type === 'flag' && event.key === 'Enter') annotationsApi.activate(item.annotation.id, { scroll: item.annotation.anchorState !== 'orphan', focusCard: true });
    else return;
    event.preventDefault();
  };

  const current = items.find((item) => item.key === currentKey) ?? null;

  // Another filter is another queue: the walk starts again at its top.
  const changeFilter = (change: (old: QueueFilter) => QueueFilter) => {
    lastIndex.current = undefined;
    setCurrentKey(null);
    setFilter(change);
  };
  const setStatusFilter = (value: string) => changeFilter((old) => ({ ...old, status: value as QueueFilter['status'] }));

  return (
    <aside className="review-panel annotations-panel" aria-label="Review panel">
      <h2>Review</h2>
      {score ? <ScorecardView scorecard={score.scorecard} presetLabel={score.preset.label} /> : null}
      <div className="panel-filters">
        <label>
          Show
          <select value={filter.kind} onChange={(event) => changeFilter((old) => ({ ...old, kind: event.target.value as QueueFilter['kind'] }))}>
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
            <option value="dismissed">Dismissed findings</option>
          </select>
        </label>
      </div>
      <div className="panel-filters">
        <label>
          Severity
          <select value={filter.severity} onChange={(event) => changeFilter((old) => ({ ...old, severity: event.target.value as QueueFilter['severity'] }))}>
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
          <select value={filter.dimension} onChange={(event) => changeFilter((old) => ({ ...old, dimension: event.target.value }))}>
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
          <select value={filter.sort} onChange={(event) => changeFilter((old) => ({ ...old, sort: event.target.value as QueueFilter['sort'] }))}>
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
      <UnreviewedOnlyToggle />
      <ul className="panel-list review-queue" aria-label="Review queue" ref={list} tabIndex={-1} onKeyDown={onQueueKey}>
        {items.map((item) => (
          <li key={item.key}>
            <QueueEntry
              item={item}
              current={item.key === currentKey}
              onSelect={(focus) => select(item, { focus })}
              onFlag={() => flagFinding(item)}
              onDismiss={() => dismissOrRestore(item)}
              onFixAll={() => fixAll(item)}
              onStatus={(status) => setFlagStatus(item, status)}
            />
          </li>
        ))}
      </ul>
      <p className="panel-hint">
        Keys in the queue act on the item with focus, then move on: <kbd>J</kbd>/<kbd>K</kbd> next/previous, <kbd>F</kbd> finding → flag, <kbd>D</kbd> dismiss
        (restore, under Dismissed findings), <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo the last dismissal, <kbd>A</kbd>/<kbd>R</kbd> accept/reject a flag, <kbd>Enter</kbd> open
        a flag’s card.
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

interface QueueEntryProps {
  item: QueueItem;
  current: boolean;
  /** focus false: the entry already has focus (that is what made it current). */
  onSelect(focus: boolean): void;
  onFlag(): void;
  onDismiss(): void;
  onFixAll(): void;
  onStatus(status: AnnotationStatus): void;
}

function QueueEntry({ item, current, onSelect, onFlag, onDismiss, onFixAll, onStatus }: QueueEntryProps) {
  const annotationsApi = useAnnotationActions();
  const review = useReviewApi();
  const variants = item.type === 'finding' && !item.dismissed && current ? review.variantsLike(item.finding) : [];
  const category = item.category ? (getCategory(item.category)?.label ?? item.category) : 'No category';
  const severity = item.severity ? SEVERITY_LABELS[item.severity] : 'No severity';
  const badge = item.type === 'flag' ? `Flag · ${STATUS_LABELS[item.annotation.status]}` : item.dismissed ? 'Finding · Dismissed' : 'Finding';
  return (
    <div className="queue-entry" data-type={item.type} data-current={current} data-key={item.key}>
      <button
        type="button"
        className="panel-item"
        data-key={item.key}
        aria-current={current ? 'true' : undefined}
        onFocus={() => {
          if (!current) onSelect(false);
        }}
        onClick={() => onSelect(false)}
      >
        <span className="kind-badge">{badge}</span>
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
            item.dismissed ? (
              <button type="button" onClick={onDismiss}>
                Restore
              </button>
            ) : (
              <>
                <button type="button" onClick={onFlag}>
                  Make flag
                </button>
                <button type="button" onClick={onDismiss}>
                  Dismiss
                </button>
                {variants.length > 0 && item.type === 'finding' ? (
                  <button type="button" onClick={onFixAll} title={`Write “${item.finding.suggestion}” over every variant the check found`}>
                    Fix all {variants.length} → “{item.finding.suggestion}”
                  </button>
                ) : null}
              </>
            )
          ) : (
            <>
              <button type="button" onClick={() => onStatus('accepted')}>
                Accept
              </button>
              <button type="button" onClick={() => onStatus('rejected')}>
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

/** Review › Show Only What Is Not Reviewed, as a box in the panel: the article folds its reviewed paragraphs away. */
function UnreviewedOnlyToggle() {
  const db = useDatabase();
  const on = useSetting('showUnreviewedOnly', false) ?? false;
  return (
    <label className="panel-check">
      <input type="checkbox" checked={on} onChange={(event) => void setSetting(db, 'showUnreviewedOnly', event.target.checked)} />
      Show only what is not reviewed (<kbd>Ctrl</kbd>+<kbd>Enter</kbd> marks a paragraph reviewed)
    </label>
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
