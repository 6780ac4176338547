import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../model';
import { annotationOn } from './test-annotations';
import { WebAnnotationFormatError, fromWebAnnotationCollection, toWebAnnotationCollection } from './web-annotation';
import type { TextualBody, WebAnnotation, WebAnnotationCollection, WebAnnotationTarget } from './web-annotation';

const TEXT = 'The provincial government held a superministerial meeting.\n\nIt promoted “driving nails” 😀 spirit.';
const DOCUMENT = { id: '01JDOC0000000000000000000A', title: 'Provincial meeting', sourceLang: 'zh', targetLang: 'en', plainText: TEXT };
const OPTIONS = { generator: { name: 'Glossa', version: '0.1.0' } };

function at(quote: string, overrides: Partial<Annotation> = {}): Annotation {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`“${quote}” is not in the text`);
  return annotationOn(TEXT, start, start + quote.length, { docId: DOCUMENT.id, ...overrides });
}

/** Everything the format can carry, on every kind. */
function fullSet(): Annotation[] {
  return [
    at('superministerial', {
      kind: 'term',
      body: 'Calque of 大部制; use “super-ministry system”.',
      termId: '01JTERM000000000000000000B',
      status: 'resolved',
    }),
    at('driving nails', {
      kind: 'flag',
      body: 'Literal rendering of 钉钉子.',
      suggestion: 'persistent, step-by-step',
      mqmCategory: 'accuracy/mistranslation',
      severity: 'major',
      status: 'accepted',
      anchorState: 'fuzzy',
      anchorConfidence: 0.62,
      quote: 'driving the nails',
    }),
    at('spirit', {
      kind: 'query',
      body: 'Which campaign is this?',
      replies: [
        { id: '01JREPLY00000000000000000C', author: 'Client', body: 'The 2019 one.', createdAt: Date.UTC(2025, 0, 4) },
        { id: '01JREPLY00000000000000000D', author: 'Lin', body: 'Thanks <b>!</b>', createdAt: Date.UTC(2025, 0, 5) },
      ],
    }),
    at('government', { kind: 'note', anchorState: 'orphan', anchorConfidence: 0, body: '' }),
  ];
}

function items(collection: WebAnnotationCollection): WebAnnotation[] {
  return collection.first.items;
}

function target(annotation: WebAnnotation | undefined): WebAnnotationTarget {
  if (!annotation || typeof annotation.target === 'string') throw new Error('expected a text target');
  return annotation.target;
}

describe('toWebAnnotationCollection', () => {
  it('writes an AnnotationCollection with the anno.jsonld context and one embedded page', () => {
    const collection = toWebAnnotationCollection(DOCUMENT, fullSet(), OPTIONS);

    expect(collection['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { glossa: 'urn:glossa:vocab:' }]);
    expect(collection).toMatchObject({
      id: `urn:glossa:document:${DOCUMENT.id}:annotations`,
      type: 'AnnotationCollection',
      label: 'Annotations on “Provincial meeting”',
      total: 6,
      first: { id: `urn:glossa:document:${DOCUMENT.id}:annotations:page:1`, type: 'AnnotationPage', startIndex: 0 },
    });
    expect(items(collection)).toHaveLength(6);
  });

  it('gives every annotation the required properties and a motivation per kind', () => {
    const written = items(toWebAnnotationCollection(DOCUMENT, fullSet(), OPTIONS));

    for (const item of written) {
      expect(item.id).toMatch(/^urn:glossa:(annotation|reply):01J[0-9A-Z]+$/);
      expect(item.type).toBe('Annotation');
      expect(item.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(item.creator.type).toBe('Person');
      expect(item.generator).toEqual({ type: 'Software', name: 'Glossa', 'schema:softwareVersion': '0.1.0' });
    }
    expect(written.map((item) => item.motivation)).toEqual(['tagging', 'assessing', 'questioning', 'replying', 'replying', 'commenting']);
  });

  it('targets the document with a TextQuoteSelector and a TextPositionSelector counted in code points', () => {
    const written = items(toWebAnnotationCollection(DOCUMENT, fullSet(), OPTIONS));
    const spirit = target(written[2]);

    expect(spirit.source).toBe(`urn:glossa:document:${DOCUMENT.id}`);
    expect(spirit.selector[0]).toEqual({ type: 'TextQuoteSelector', exact: 'spirit', prefix: expect.any(String), suffix: '.' });
    // The emoji before "spirit" is two UTF-16 units but one code point.
    const start = TEXT.indexOf('spirit');
    expect(spirit.selector[1]).toEqual({ type: 'TextPositionSelector', start: start - 1, end: start + 5 });
    expect([...TEXT].slice(start - 1, start + 5).join('')).toBe('spirit');
  });

  it('writes text, suggestion, MQM and glossary entry as bodies told apart by purpose', () => {
    const [term, flag] = items(toWebAnnotationCollection(DOCUMENT, fullSet(), OPTIONS));

    expect(term?.body).toEqual([
      { type: 'TextualBody', value: 'Calque of 大部制; use “super-ministry system”.', format: 'text/plain', purpose: 'describing' },
      { type: 'SpecificResource', source: 'urn:glossa:term:01JTERM000000000000000000B', purpose: 'identifying' },
    ]);
    expect(flag?.body).toEqual([
      { type: 'TextualBody', value: 'Literal rendering of 钉钉子.', format: 'text/plain', purpose: 'assessing' },
      { type: 'TextualBody', value: 'persistent, step-by-step', format: 'text/plain', purpose: 'editing', language: 'en' },
      { type: 'TextualBody', value: 'accuracy/mistranslation', format: 'text/plain', purpose: 'classifying', 'glossa:scheme': 'mqm-category' },
      { type: 'TextualBody', value: 'major', format: 'text/plain', purpose: 'classifying', 'glossa:scheme': 'mqm-severity' },
    ]);
    expect(flag).toMatchObject({ 'glossa:status': 'accepted', 'glossa:quote': 'driving the nails' });
    expect(target(flag)).toMatchObject({ 'glossa:anchorState': 'fuzzy', 'glossa:anchorConfidence': 0.62 });
  });

  it('writes replies as replying annotations that target their parent, right after it', () => {
    const written = items(toWebAnnotationCollection(DOCUMENT, fullSet(), OPTIONS));
    const [query, reply] = [written[2], written[3]];

    expect(reply).toMatchObject({
      id: 'urn:glossa:reply:01JREPLY00000000000000000C',
      motivation: 'replying',
      target: query?.id,
      creator: { type: 'Person', name: 'Client' },
      created: '2025-01-04T00:00:00.000Z',
      body: [{ type: 'TextualBody', value: 'The 2019 one.', format: 'text/plain', purpose: 'replying' }],
    });
  });

  it('keeps an orphan’s selectors and says it is one; an empty body is no body', () => {
    const orphan = items(toWebAnnotationCollection(DOCUMENT, fullSet(), OPTIONS))[5];

    expect(target(orphan)).toMatchObject({ 'glossa:anchorState': 'orphan', selector: [{ exact: 'government' }, { type: 'TextPositionSelector' }] });
    expect(orphan && 'body' in orphan).toBe(false);
  });

  it('uses the base IRI for annotations, replies, terms and the collection, but keeps the document URN', () => {
    const annotations = fullSet();
    const collection = toWebAnnotationCollection(DOCUMENT, annotations, { ...OPTIONS, baseIri: 'https://example.org/glossa/' });
    const [term, , query, reply] = items(collection);

    expect(collection.id).toBe(`https://example.org/glossa/documents/${DOCUMENT.id}/annotations`);
    expect(term?.id).toBe(`https://example.org/glossa/annotations/${annotations[0]?.id}`);
    expect(term?.body?.[1]).toMatchObject({ source: 'https://example.org/glossa/terms/01JTERM000000000000000000B' });
    expect(reply).toMatchObject({ id: 'https://example.org/glossa/replies/01JREPLY00000000000000000C', target: query?.id });
    expect(target(term).source).toBe(`urn:glossa:document:${DOCUMENT.id}`);
    expect(() => toWebAnnotationCollection(DOCUMENT, [], { ...OPTIONS, baseIri: 'not an iri' })).toThrow(/absolute IRI/);
  });

  it('leaves deleted annotations out', () => {
    const collection = toWebAnnotationCollection(DOCUMENT, [at('spirit', { deletedAt: 5 })], OPTIONS);
    expect(collection.total).toBe(0);
  });
});

describe('fromWebAnnotationCollection', () => {
  function roundTrip(annotations: Annotation[], options: { baseIri?: string; plainText?: string } = {}) {
    const written = toWebAnnotationCollection(DOCUMENT, annotations, { ...OPTIONS, baseIri: options.baseIri });
    return fromWebAnnotationCollection(JSON.parse(JSON.stringify(written)), { plainText: options.plainText ?? TEXT });
  }

  it('reads back every field, with or without a base IRI', () => {
    const annotations = fullSet();
    for (const baseIri of [undefined, 'https://example.org/glossa']) {
      const read = roundTrip(annotations, { baseIri });
      expect(read.document).toEqual({ id: DOCUMENT.id, title: DOCUMENT.title, sourceLang: 'zh', targetLang: 'en' });
      expect(read.annotations).toEqual(annotations);
    }
  });

  it('keeps special characters: quotes, markup, line breaks, CJK, emoji, JSON escapes', () => {
    const body = 'He said "<script>alert(1)</script>" \\ \u2028 ¿\n\t会议 😀 &amp;';
    const annotations = [at('😀 spirit', { body, suggestion: '“nails”\n', author: 'Zoë "Z" <z@example.org>' })];

    expect(roundTrip(annotations).annotations).toEqual(annotations);
  });

  it('reads an empty collection', () => {
    const written = toWebAnnotationCollection(DOCUMENT, [], OPTIONS);
    expect(written).toMatchObject({ total: 0, first: { items: [] } });
    expect(fromWebAnnotationCollection(written).annotations).toEqual([]);
  });

  it('takes positions as they are without the text (exact before any emoji)', () => {
    const annotations = [at('government')];
    expect(roundTrip(annotations, { plainText: undefined }).annotations).toEqual(annotations);
  });

  it('refuses what is not a collection, saying where and what', () => {
    expect(() => fromWebAnnotationCollection('nope')).toThrow(WebAnnotationFormatError);
    expect(() => fromWebAnnotationCollection({ '@context': 'http://example.org/other', type: 'AnnotationCollection' })).toThrow(/@context/);

    const collection = JSON.parse(JSON.stringify(toWebAnnotationCollection(DOCUMENT, fullSet(), OPTIONS))) as WebAnnotationCollection;
    const second = collection.first.items[1];
    if (second) (target(second).selector as unknown[]).splice(1, 1, { type: 'TextPositionSelector', start: 9, end: 2 });
    try {
      fromWebAnnotationCollection(collection);
      throw new Error('expected a WebAnnotationFormatError');
    } catch (error) {
      expect(error).toBeInstanceOf(WebAnnotationFormatError);
      expect((error as WebAnnotationFormatError).issues).toEqual(['first.items[1].target.selector[1]: a TextPositionSelector cannot end before it starts']);
      expect((error as Error).message).toMatch(/^This is not a Web Annotation collection Glossa can read: first\.items\[1\]/);
    }
  });

  it('refuses unknown motivations, statuses a kind cannot have, bad severities, lost replies and a wrong total', () => {
    const written = () => JSON.parse(JSON.stringify(toWebAnnotationCollection(DOCUMENT, fullSet(), OPTIONS))) as WebAnnotationCollection;
    const issuesOf = (collection: unknown) => {
      try {
        fromWebAnnotationCollection(collection);
        return [];
      } catch (error) {
        return error instanceof WebAnnotationFormatError ? [...error.issues] : [String(error)];
      }
    };

    const motivation = written();
    Object.assign(motivation.first.items[0] ?? {}, { motivation: 'highlighting' });
    expect(issuesOf(motivation)).toEqual([expect.stringMatching(/^first\.items\[0\]\.motivation: “highlighting” is none of/)]);

    const status = written();
    Object.assign(status.first.items[2] ?? {}, { 'glossa:status': 'accepted' });
    expect(issuesOf(status)).toEqual([expect.stringMatching(/^first\.items\[2\]\.glossa:status: only a flag/)]);

    const severity = written();
    const severityBody = severity.first.items[1]?.body?.[3] as TextualBody;
    severityBody.value = 'huge';
    expect(issuesOf(severity)).toEqual([expect.stringMatching(/“huge” is not an MQM severity/)]);

    const orphanReply = written();
    orphanReply.first.items.splice(2, 1);
    orphanReply.total -= 1;
    expect(issuesOf(orphanReply)).toHaveLength(2);
    expect(issuesOf(orphanReply)[0]).toMatch(/the reply answers urn:glossa:annotation:.*which is not in the collection/);

    const total = written();
    total.total = 99;
    expect(issuesOf(total)).toEqual(['total: the collection says it holds 99 annotations but has 6']);

    expect(issuesOf({ ...written(), first: 'https://example.org/page1' })).toEqual(['first: the annotations must be embedded in the file, not only linked']);
  });
});
