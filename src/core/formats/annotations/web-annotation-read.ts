/**
 * Reads back a collection written by toWebAnnotationCollection (web-annotation.ts explains
 * the mapping). Everything is checked first; a file that does not fit is refused whole, with
 * messages that say where ("first.items[3].target.selector") and what is wrong.
 */
import type { Annotation, AnnotationKind, AnnotationReply, AnnotationStatus, LanguageTag } from '../../model';
import { isSeverity } from '../../mqm';
import { codePointIndex } from './code-points';
import { webAnnotationCollectionSchema } from './web-annotation-schema';
import type { ParsedWebAnnotation } from './web-annotation-schema';
import { BODY_PURPOSE_OF, MQM_CATEGORY_SCHEME, MQM_SEVERITY_SCHEME, idFromIri, kindOfMotivation } from './web-annotation-terms';

interface ImportedAnnotations {
  document: { id: string; title: string; sourceLang: LanguageTag; targetLang: LanguageTag };
  /** In the order of the file, replies attached to their annotations; none is deleted. */
  annotations: Annotation[];
}

interface ReadOptions {
  /**
   * The document's text, to turn the file's code point positions back into Glossa's UTF-16
   * offsets. Without it positions are taken as they are, which is exact for text without
   * characters outside the Basic Multilingual Plane (emoji, rare CJK); re-anchoring checks
   * positions against the quote anyway.
   */
  plainText?: string;
}

export class WebAnnotationFormatError extends Error {
  override readonly name = 'WebAnnotationFormatError';
  /** Each problem as "where: what". */
  readonly issues: readonly string[];

  constructor(issues: readonly string[]) {
    const shown = issues.slice(0, 5).join('; ');
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    super(`This is not a Web Annotation collection Glossa can read: ${shown}${more}.`);
    this.issues = issues;
  }
}

const FLAG_ONLY_STATUSES: readonly AnnotationStatus[] = ['accepted', 'rejected', 'fixed'];

export function fromWebAnnotationCollection(json: unknown, options: ReadOptions = {}): ImportedAnnotations {
  if (isRecord(json) && typeof json['first'] === 'string') {
    throw new WebAnnotationFormatError(['first: the annotations must be embedded in the file, not only linked']);
  }
  const parsed = webAnnotationCollectionSchema.safeParse(json);
  if (!parsed.success) {
    throw new WebAnnotationFormatError(parsed.error.issues.map((issue) => `${pathOf(issue.path)}: ${issue.message}`));
  }
  const collection = parsed.data;
  const items = collection.first.items;
  const issues: string[] = [];
  if (collection.total !== undefined && collection.total !== items.length) {
    issues.push(`total: the collection says it holds ${collection.total} annotations but has ${items.length}`);
  }
  const positions = options.plainText === undefined ? undefined : codePointIndex(options.plainText);
  const toCodeUnit = (offset: number) => positions?.toCodeUnit(offset) ?? offset;

  const byIri = new Map<string, Annotation>();
  // Annotations already reported: their replies need no second message.
  const refused = new Set<string>();
  const replies: { index: number; item: ParsedWebAnnotation; parentIri: string }[] = [];
  items.forEach((item, index) => {
    const where = `first.items[${index}]`;
    if (typeof item.target === 'string') {
      if (!item.motivation.includes('replying')) issues.push(`${where}.target: only a reply may target another annotation`);
      else replies.push({ index, item, parentIri: item.target });
      return;
    }
    const kind = item.motivation.map(kindOfMotivation).find((found) => found !== undefined);
    if (!kind) {
      issues.push(`${where}.motivation: “${item.motivation.join(', ')}” is none of tagging, assessing, commenting, questioning or replying`);
      refused.add(item.id);
      return;
    }
    const annotation = toAnnotation(item, kind, toCodeUnit, (problem) => issues.push(`${where}${problem}`));
    if (annotation) byIri.set(item.id, annotation);
    else refused.add(item.id);
  });
  for (const { index, item, parentIri } of replies) {
    const parent = byIri.get(parentIri);
    if (parent) parent.replies.push(toReply(item));
    else if (!refused.has(parentIri)) issues.push(`first.items[${index}].target: the reply answers ${parentIri}, which is not in the collection`);
  }
  if (issues.length > 0) throw new WebAnnotationFormatError(issues);

  const document = collection['glossa:document'];
  return {
    document: {
      id: idFromIri('document', document.id) ?? document.id,
      title: document['glossa:title'],
      sourceLang: document['glossa:sourceLanguage'],
      targetLang: document.language,
    },
    annotations: [...byIri.values()],
  };
}

function toAnnotation(
  item: ParsedWebAnnotation,
  kind: AnnotationKind,
  toCodeUnit: (offset: number) => number,
  report: (problem: string) => void,
): Annotation | undefined {
  if (typeof item.target === 'string') return undefined;
  const quote = item.target.selector.find((selector) => selector.type === 'TextQuoteSelector');
  const position = item.target.selector.find((selector) => selector.type === 'TextPositionSelector');
  if (!quote || !position) {
    report('.target.selector: needs both a TextQuoteSelector and a TextPositionSelector');
    return undefined;
  }
  const status = item['glossa:status'];
  if (kind !== 'flag' && FLAG_ONLY_STATUSES.includes(status)) {
    report(`.glossa:status: only a flag (assessing) can be “${status}”`);
    return undefined;
  }
  const createdAt = Date.parse(item.created);
  const annotation: Annotation = {
    id: idFromIri('annotation', item.id) ?? item.id,
    createdAt,
    updatedAt: item.modified === undefined ? createdAt : Date.parse(item.modified),
    deletedAt: null,
    docId: idFromIri('document', item.target.source) ?? item.target.source,
    kind,
    quote: item['glossa:quote'] ?? quote.exact,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { type: 'TextPositionSelector', start: toCodeUnit(position.start), end: toCodeUnit(position.end) },
    },
    anchorState: item.target['glossa:anchorState'],
    body: '',
    status,
    replies: [],
    author: authorOf(item),
  };
  const confidence = item.target['glossa:anchorConfidence'];
  if (confidence !== undefined) annotation.anchorConfidence = confidence;
  for (const body of item.body ?? []) {
    if (body.type === 'SpecificResource') {
      if (body.purpose === 'identifying') annotation.termId = idFromIri('term', body.source) ?? body.source;
    } else if (body.purpose === 'editing') {
      annotation.suggestion = body.value;
    } else if (body.purpose === 'classifying' && body['glossa:scheme'] === MQM_CATEGORY_SCHEME) {
      annotation.mqmCategory = body.value;
    } else if (body.purpose === 'classifying' && body['glossa:scheme'] === MQM_SEVERITY_SCHEME) {
      if (!isSeverity(body.value)) report(`.body: “${body.value}” is not an MQM severity (neutral, minor, major, critical)`);
      else annotation.severity = body.value;
    } else if (body.purpose === BODY_PURPOSE_OF[kind] || body.purpose === undefined) {
      annotation.body = body.value;
    }
  }
  return annotation;
}

function toReply(item: ParsedWebAnnotation): AnnotationReply {
  const text = item.body?.find((body) => body.type === 'TextualBody');
  return {
    id: idFromIri('reply', item.id) ?? item.id,
    author: authorOf(item),
    body: text?.type === 'TextualBody' ? text.value : '',
    createdAt: Date.parse(item.created),
  };
}

function authorOf(item: ParsedWebAnnotation): string {
  if (item.creator === undefined) return '';
  return typeof item.creator === 'string' ? item.creator : item.creator.name;
}

function pathOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
