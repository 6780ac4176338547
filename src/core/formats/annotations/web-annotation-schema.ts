/**
 * The shape fromWebAnnotationCollection accepts: what toWebAnnotationCollection writes, plus
 * the spellings the model allows for the same thing (one value or an array, a missing
 * prefix or suffix). Unknown properties are kept out of the way, not refused.
 */
import { z } from 'zod';
import { ANNOTATION_CONTEXT } from './web-annotation-terms';

const STATUSES = ['open', 'resolved', 'accepted', 'rejected', 'fixed'] as const;
const ANCHOR_STATES = ['anchored', 'fuzzy', 'orphan'] as const;

const iri = z.string().min(1, 'must be a non-empty IRI');
const dateTime = z.iso.datetime({ offset: true, error: 'must be an xsd:dateTime such as 2025-01-01T12:00:00Z' });

function oneOrMany<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.array(schema)]).transform((value): z.output<T>[] => (Array.isArray(value) ? value : [value]));
}

const textualBody = z.looseObject({
  type: z.literal('TextualBody'),
  value: z.string(),
  purpose: z.string().optional(),
  'glossa:scheme': z.string().optional(),
});

const specificResourceBody = z.looseObject({
  type: z.literal('SpecificResource'),
  source: iri,
  purpose: z.string().optional(),
});

const quoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
});

const positionSelector = z
  .looseObject({ type: z.literal('TextPositionSelector'), start: z.int().nonnegative(), end: z.int().nonnegative() })
  .refine((selector) => selector.end >= selector.start, 'a TextPositionSelector cannot end before it starts');

const textTarget = z.looseObject({
  source: iri,
  selector: oneOrMany(z.discriminatedUnion('type', [quoteSelector, positionSelector])),
  'glossa:anchorState': z.enum(ANCHOR_STATES).default('anchored'),
  'glossa:anchorConfidence': z.number().min(0).max(1).optional(),
});

const webAnnotationSchema = z.looseObject({
  id: iri,
  type: z.union([z.literal('Annotation'), z.array(z.string()).refine((types) => types.includes('Annotation'), 'must include "Annotation"')]),
  motivation: oneOrMany(z.string()),
  created: dateTime,
  modified: dateTime.optional(),
  creator: z.union([z.looseObject({ name: z.string() }), z.string()]).optional(),
  body: oneOrMany(z.discriminatedUnion('type', [textualBody, specificResourceBody])).optional(),
  // A reply targets the annotation it answers by IRI.
  target: z.union([iri, textTarget]),
  'glossa:status': z.enum(STATUSES).default('open'),
  'glossa:quote': z.string().optional(),
});

export const webAnnotationCollectionSchema = z.looseObject({
  '@context': z.union([
    z.literal(ANNOTATION_CONTEXT),
    z.array(z.unknown()).refine((contexts) => contexts.includes(ANNOTATION_CONTEXT), `must include "${ANNOTATION_CONTEXT}"`),
  ]),
  type: z.literal('AnnotationCollection'),
  total: z.int().nonnegative().optional(),
  'glossa:document': z.looseObject({
    id: iri,
    language: z.string().min(1),
    'glossa:title': z.string(),
    'glossa:sourceLanguage': z.string().min(1),
  }),
  first: z.looseObject({ type: z.literal('AnnotationPage'), items: z.array(webAnnotationSchema) }),
});

export type ParsedWebAnnotation = z.output<typeof webAnnotationSchema>;
