/** Test helpers: annotations on a given text, with selectors that match it. Not used by the app. */
import type { Annotation } from '../../model';

let counter = 0;

/** An open, anchored note on text.slice(start, end); overrides win. */
export function annotationOn(text: string, start: number, end: number, overrides: Partial<Annotation> = {}): Annotation {
  counter += 1;
  const exact = text.slice(start, end);
  return {
    id: `01J${String(counter).padStart(23, '0')}`,
    createdAt: Date.UTC(2025, 0, 2, 9, 30, 0, 125),
    updatedAt: Date.UTC(2025, 0, 3, 10, 0, 0, 250),
    deletedAt: null,
    docId: '01JDOC0000000000000000000A',
    kind: 'note',
    quote: exact,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 8), start), suffix: text.slice(end, end + 8) },
      position: { type: 'TextPositionSelector', start, end },
    },
    anchorState: 'anchored',
    body: '',
    status: 'open',
    replies: [],
    author: 'Lin',
    ...overrides,
  };
}
