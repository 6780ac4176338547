// Renderer: the four kinds of annotation, in the translator's words.
import type { AnnotationKind, AnnotationStatus } from '@core/model';
import type { MenuCommand } from '@core/host';

interface KindInfo {
  kind: AnnotationKind;
  label: string;
  command: MenuCommand;
  bodyLabel: string;
  suggestionLabel: string;
}

export const KINDS: readonly KindInfo[] = [
  { kind: 'term', label: 'Term', command: 'annotate.term', bodyLabel: 'Term note', suggestionLabel: 'Preferred translation' },
  { kind: 'flag', label: 'Flag', command: 'annotate.flag', bodyLabel: 'What is wrong', suggestionLabel: 'Suggested fix' },
  { kind: 'note', label: 'Note', command: 'annotate.note', bodyLabel: 'Note', suggestionLabel: 'Suggested wording' },
  { kind: 'query', label: 'Query', command: 'annotate.query', bodyLabel: 'Question for the client or author', suggestionLabel: 'Proposed answer' },
];

export function kindInfo(kind: AnnotationKind): KindInfo {
  return KINDS.find((info) => info.kind === kind) ?? KINDS[2]!;
}

export const STATUS_LABELS: Record<AnnotationStatus, string> = {
  open: 'Open',
  resolved: 'Resolved',
  accepted: 'Accepted',
  rejected: 'Rejected',
  fixed: 'Fixed',
};
