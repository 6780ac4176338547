/**
 * How Glossa's annotations map onto the W3C Web Annotation vocabulary, shared by the writer
 * and the reader so the two cannot drift apart. The reasons are in docs (see
 * web-annotation.ts): a term tags words, a flag assesses them, a note comments, a query asks.
 */
import type { AnnotationKind } from '../../model';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Prefix of Glossa's own terms (status, anchor state, MQM schemes…) in the extended context.
 * A URN rather than a web address: it names the vocabulary without promising a page there.
 */
export const GLOSSA_VOCABULARY = 'urn:glossa:vocab:';

export type Motivation = 'tagging' | 'assessing' | 'commenting' | 'questioning' | 'replying';

export const MOTIVATION_OF: Readonly<Record<AnnotationKind, Motivation>> = {
  term: 'tagging',
  flag: 'assessing',
  note: 'commenting',
  query: 'questioning',
};

/** The purpose of the TextualBody holding what the translator wrote. A term's text describes the term. */
export const BODY_PURPOSE_OF: Readonly<Record<AnnotationKind, string>> = {
  term: 'describing',
  flag: 'assessing',
  note: 'commenting',
  query: 'questioning',
};

/** Told apart by `glossa:scheme`, since both are plain 'classifying' bodies to other tools. */
export const MQM_CATEGORY_SCHEME = 'mqm-category';
export const MQM_SEVERITY_SCHEME = 'mqm-severity';

export function kindOfMotivation(motivation: string): AnnotationKind | undefined {
  const kinds = Object.keys(MOTIVATION_OF) as AnnotationKind[];
  return kinds.find((kind) => MOTIVATION_OF[kind] === motivation);
}

type Resource = 'annotation' | 'reply' | 'term' | 'document';

const PLURAL: Readonly<Record<Resource, string>> = { annotation: 'annotations', reply: 'replies', term: 'terms', document: 'documents' };

/**
 * IRIs of Glossa's records. With a base IRI, annotations, replies and terms are
 * `${base}/annotations/<id>` and so on; without one, `urn:glossa:annotation:<id>`: stable and
 * unique (ids are ULIDs) but not resolvable, which the model allows. A document is always
 * `urn:glossa:document:<id>`: it lives on the translator's machine, wherever the annotations
 * are published.
 */
export interface GlossaIris {
  of(resource: Exclude<Resource, 'document'>, id: string): string;
  document(documentId: string): string;
  collection(documentId: string): string;
  page(documentId: string): string;
}

export function glossaIris(baseIri?: string): GlossaIris {
  const base = baseIri?.replace(/\/+$/, '');
  if (base !== undefined && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(base)) {
    throw new Error(`The base IRI “${baseIri}” is not an absolute IRI (such as https://example.org/glossa).`);
  }
  const urn = (resource: Resource, id: string) => `urn:glossa:${resource}:${encodeURIComponent(id)}`;
  const collection = (documentId: string) =>
    base === undefined ? `${urn('document', documentId)}:annotations` : `${base}/documents/${encodeURIComponent(documentId)}/annotations`;
  return {
    of: (resource, id) => (base === undefined ? urn(resource, id) : `${base}/${PLURAL[resource]}/${encodeURIComponent(id)}`),
    document: (documentId) => urn('document', documentId),
    collection,
    page: (documentId) => `${collection(documentId)}${base === undefined ? ':page:1' : '?page=1'}`,
  };
}

/** The record id inside an IRI that glossaIris made, with or without a base; undefined for any other IRI. */
export function idFromIri(resource: Resource, iri: string): string | undefined {
  const match = new RegExp(`^urn:glossa:${resource}:([^:/?#]+)$`).exec(iri) ?? new RegExp(`/${PLURAL[resource]}/([^/?#]+)$`).exec(iri);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}
