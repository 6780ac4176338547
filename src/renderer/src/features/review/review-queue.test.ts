import { describe, expect, it } from 'vitest';
import type { Annotation } from '@core/model';
import type { KeyedFinding } from '@core/qa';
import { DEFAULT_FILTER, buildQueue, nextAfter, stepQueue } from './review-queue';

function flag(id: string, start: number, fields: Partial<Annotation> = {}): Annotation {
  return {
    id,
    docId: 'd',
    kind: 'flag',
    quote: 'q',
    selectors: { quote: { type: 'TextQuoteSelector', exact: 'q', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + 1 } },
    anchorState: 'anchored',
    body: '',
    status: 'open',
    replies: [],
    author: 'A',
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}

function finding(key: string, start: number, severity: KeyedFinding['severityHint'], category: KeyedFinding['categoryHint']): KeyedFinding {
  return { key, checkId: 'c', message: 'm', start, end: start + 1, quote: 'x', severityHint: severity, categoryHint: category };
}

const annotations = [
  flag('f1', 50, { severity: 'minor', mqmCategory: 'accuracy/mistranslation' }),
  flag('f2', 10, { severity: 'critical', mqmCategory: 'terminology', status: 'accepted' }),
  flag('n1', 5, { kind: 'note' }),
];
const findings = [finding('k1', 30, 'major', 'linguistic-conventions/punctuation'), finding('k2', 1, 'minor', 'style')];

describe('the review queue', () => {
  it('holds flags and findings (not notes) in reading order', () => {
    expect(buildQueue(annotations, findings, DEFAULT_FILTER).map((item) => item.key)).toEqual([
      'finding:k2',
      'flag:f2',
      'finding:k1',
      'flag:f1',
    ]);
  });

  it('sorts by severity, then position', () => {
    expect(buildQueue(annotations, findings, { ...DEFAULT_FILTER, sort: 'severity' }).map((item) => item.key)).toEqual([
      'flag:f2',
      'finding:k1',
      'finding:k2',
      'flag:f1',
    ]);
  });

  it('filters by kind, status, severity and MQM dimension', () => {
    const keys = (filter: Partial<typeof DEFAULT_FILTER>) => buildQueue(annotations, findings, { ...DEFAULT_FILTER, ...filter }).map((item) => item.key);
    expect(keys({ kind: 'flag' })).toEqual(['flag:f2', 'flag:f1']);
    expect(keys({ kind: 'finding' })).toEqual(['finding:k2', 'finding:k1']);
    expect(keys({ status: 'accepted' })).toEqual(['flag:f2']);
    expect(keys({ severity: 'minor' })).toEqual(['finding:k2', 'flag:f1']);
    expect(keys({ dimension: 'linguistic-conventions' })).toEqual(['finding:k1']);
    expect(keys({ dimension: 'accuracy' })).toEqual(['flag:f1']);
  });

  it('steps forwards and backwards with wrap-around', () => {
    const items = buildQueue(annotations, findings, DEFAULT_FILTER);
    expect(stepQueue(items, null, 1)?.key).toBe('finding:k2');
    expect(stepQueue(items, null, -1)?.key).toBe('flag:f1');
    expect(stepQueue(items, 'flag:f1', 1)?.key).toBe('finding:k2');
    expect(stepQueue(items, 'finding:k2', -1)?.key).toBe('flag:f1');
    expect(stepQueue([], null, 1)).toBeNull();
  });

  it('goes on from where a dismissed item was, not from the top', () => {
    const before = buildQueue(annotations, findings, DEFAULT_FILTER);
    // k1 (index 2) is dismissed: the queue closes up, and F8 goes on to what followed it.
    const after = buildQueue(annotations, [findings[1]!], DEFAULT_FILTER);
    expect(before.map((item) => item.key).indexOf('finding:k1')).toBe(2);
    expect(stepQueue(after, 'finding:k1', 1, 2)?.key).toBe('flag:f1');
    expect(stepQueue(after, 'finding:k1', -1, 2)?.key).toBe('flag:f2');
    // The last one gone: forward wraps to the first.
    expect(stepQueue(after, 'gone', 1, 3)?.key).toBe('finding:k2');
  });

  it('moves on after an action: to the next item, or the one before at the end', () => {
    const items = buildQueue(annotations, findings, DEFAULT_FILTER);
    expect(nextAfter(items, 'flag:f2')?.key).toBe('finding:k1');
    expect(nextAfter(items, 'flag:f1')?.key).toBe('finding:k1');
    expect(nextAfter(items.slice(0, 1), 'finding:k2')).toBeNull();
    expect(nextAfter(items, 'unknown')).toBeNull();
  });

  it('lists only the dismissed findings under the Dismissed filter, marked so', () => {
    const dismissed = [finding('k3', 40, 'minor', 'style')];
    const queue = buildQueue(annotations, findings, { ...DEFAULT_FILTER, status: 'dismissed' }, dismissed);
    expect(queue.map((item) => item.key)).toEqual(['finding:k3']);
    expect(queue[0]).toMatchObject({ type: 'finding', dismissed: true });
    expect(buildQueue(annotations, findings, DEFAULT_FILTER, dismissed).map((item) => item.key)).not.toContain('finding:k3');
    expect(buildQueue(annotations, findings, { ...DEFAULT_FILTER, status: 'dismissed', kind: 'flag' }, dismissed)).toEqual([]);
  });
});
