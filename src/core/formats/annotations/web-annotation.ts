/**
 * A document's annotations as a W3C Web Annotation Data Model collection (JSON-LD), for
 * tools that read the standard, and back (see web-annotation-read.ts).
 *
 * The mapping, and why:
 * - One AnnotationCollection with the whole list embedded as its first AnnotationPage: the
 *   file is a download, not a paged server response.
 * - Motivation per kind (term → tagging, flag → assessing, note → commenting, query →
 *   questioning): the model's own motivations, so any client can tell them apart.
 * - Bodies are TextualBodies told apart by purpose: the translator's text (purpose as the
 *   motivation; 'describing' for a term), the suggested replacement ('editing', in the target
 *   language), the MQM category and severity of a flag ('classifying', with `glossa:scheme`
 *   naming which). A term's glossary entry is a SpecificResource body ('identifying').
 * - Replies are Annotations of their own, motivation 'replying', whose target is the parent
 *   annotation: this is how the model represents a thread (a body would make the reply part
 *   of the parent's content and lose its author and time). Each follows its parent in items.
 * - The target is the document (`urn:glossa:document:<id>`) refined by a TextQuoteSelector and
 *   a TextPositionSelector. Positions are in Unicode code points, as the model requires
 *   (Glossa counts UTF-16 units, so they are converted with the document's text).
 * - What the model has no word for travels as `glossa:` terms in an extended context:
 *   status, anchor state and confidence (orphans keep their last selectors), the original
 *   quote when it differs from the current one, and the document's title and languages.
 * - Deleted annotations (tombstones) are not exported.
 */
import type { Annotation, LanguageTag } from '../../model';
import { codePointIndex } from './code-points';
import type { CodePointIndex } from './code-points';
import {
  ANNOTATION_CONTEXT,
  BODY_PURPOSE_OF,
  GLOSSA_VOCABULARY,
  MOTIVATION_OF,
  MQM_CATEGORY_SCHEME,
  MQM_SEVERITY_SCHEME,
  glossaIris,
} from './web-annotation-terms';
import type { GlossaIris, Motivation } from './web-annotation-terms';

export { fromWebAnnotationCollection, WebAnnotationFormatError } from './web-annotation-read';

interface WebAnnotationDocument {
  id: string;
  title: string;
  sourceLang: LanguageTag;
  targetLang: LanguageTag;
  /** The text the selectors' positions refer to (the document's plain-text snapshot). */
  plainText: string;
}

interface WebAnnotationOptions {
  generator: { name: string; version: string };
  /** Where the annotations are published, e.g. "https://example.org/glossa"; URNs are used without one. */
  baseIri?: string;
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: string;
  language?: LanguageTag;
  'glossa:scheme'?: string;
}

interface SpecificResourceBody {
  type: 'SpecificResource';
  source: string;
  purpose: 'identifying';
}

type WebAnnotationSelector =
  | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
  | { type: 'TextPositionSelector'; start: number; end: number };

export interface WebAnnotationTarget {
  source: string;
  selector: WebAnnotationSelector[];
  'glossa:anchorState': Annotation['anchorState'];
  'glossa:anchorConfidence'?: number;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  created: string;
  modified: string;
  creator: { type: 'Person'; name: string };
  generator: { type: 'Software'; name: string; 'schema:softwareVersion': string };
  body?: (TextualBody | SpecificResourceBody)[];
  /** The annotated words, or for a reply the IRI of the annotation it answers. */
  target: WebAnnotationTarget | string;
  'glossa:status'?: Annotation['status'];
  'glossa:quote'?: string;
}

export interface WebAnnotationCollection {
  '@context': [typeof ANNOTATION_CONTEXT, { glossa: typeof GLOSSA_VOCABULARY }];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  'glossa:document': { id: string; type: 'Text'; language: LanguageTag; 'glossa:title': string; 'glossa:sourceLanguage': LanguageTag };
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export function toWebAnnotationCollection(
  document: WebAnnotationDocument,
  annotations: readonly Annotation[],
  options: WebAnnotationOptions,
): WebAnnotationCollection {
  const iris = glossaIris(options.baseIri);
  const context: Context = {
    iris,
    positions: codePointIndex(document.plainText),
    targetLang: document.targetLang,
    documentIri: iris.document(document.id),
    generator: { type: 'Software', name: options.generator.name, 'schema:softwareVersion': options.generator.version },
  };
  const items = annotations.filter((annotation) => annotation.deletedAt == null).flatMap((annotation) => withReplies(annotation, context));
  return {
    '@context': [ANNOTATION_CONTEXT, { glossa: GLOSSA_VOCABULARY }],
    id: iris.collection(document.id),
    type: 'AnnotationCollection',
    label: `Annotations on “${document.title}”`,
    total: items.length,
    'glossa:document': {
      id: context.documentIri,
      type: 'Text',
      language: document.targetLang,
      'glossa:title': document.title,
      'glossa:sourceLanguage': document.sourceLang,
    },
    first: { id: iris.page(document.id), type: 'AnnotationPage', startIndex: 0, items },
  };
}

interface Context {
  iris: GlossaIris;
  positions: CodePointIndex;
  targetLang: LanguageTag;
  documentIri: string;
  generator: WebAnnotation['generator'];
}

function withReplies(annotation: Annotation, context: Context): WebAnnotation[] {
  const parentIri = context.iris.of('annotation', annotation.id);
  const { quote, position } = annotation.selectors;
  const item: WebAnnotation = {
    id: parentIri,
    type: 'Annotation',
    motivation: MOTIVATION_OF[annotation.kind],
    created: isoTime(annotation.createdAt),
    modified: isoTime(annotation.updatedAt),
    creator: { type: 'Person', name: annotation.author },
    generator: context.generator,
    'glossa:status': annotation.status,
    target: {
      source: context.documentIri,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: context.positions.toCodePoint(position.start), end: context.positions.toCodePoint(position.end) },
      ],
      'glossa:anchorState': annotation.anchorState,
      ...(annotation.anchorConfidence === undefined ? {} : { 'glossa:anchorConfidence': annotation.anchorConfidence }),
    },
  };
  if (annotation.quote !== quote.exact) item['glossa:quote'] = annotation.quote;
  const bodies = bodiesOf(annotation, context);
  if (bodies.length > 0) item.body = bodies;
  const replies = annotation.replies.map(
    (reply): WebAnnotation => ({
      id: context.iris.of('reply', reply.id),
      type: 'Annotation',
      motivation: 'replying',
      created: isoTime(reply.createdAt),
      modified: isoTime(reply.createdAt),
      creator: { type: 'Person', name: reply.author },
      generator: context.generator,
      body: [textualBody(reply.body, 'replying')],
      target: parentIri,
    }),
  );
  return [item, ...replies];
}

function bodiesOf(annotation: Annotation, context: Context): (TextualBody | SpecificResourceBody)[] {
  const bodies: (TextualBody | SpecificResourceBody)[] = [];
  if (annotation.body !== '') bodies.push(textualBody(annotation.body, BODY_PURPOSE_OF[annotation.kind]));
  if (annotation.suggestion !== undefined) bodies.push({ ...textualBody(annotation.suggestion, 'editing'), language: context.targetLang });
  if (annotation.mqmCategory !== undefined) bodies.push({ ...textualBody(annotation.mqmCategory, 'classifying'), 'glossa:scheme': MQM_CATEGORY_SCHEME });
  if (annotation.severity !== undefined) bodies.push({ ...textualBody(annotation.severity, 'classifying'), 'glossa:scheme': MQM_SEVERITY_SCHEME });
  if (annotation.termId !== undefined) bodies.push({ type: 'SpecificResource', source: context.iris.of('term', annotation.termId), purpose: 'identifying' });
  return bodies;
}

function textualBody(value: string, purpose: string): TextualBody {
  return { type: 'TextualBody', value, format: 'text/plain', purpose };
}

/** xsd:dateTime in UTC, with milliseconds so a round trip keeps the exact timestamp. */
function isoTime(timestamp: number): string {
  return new Date(timestamp).toISOString();
}
