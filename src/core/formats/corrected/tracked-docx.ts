/**
 * Word files of the corrected text (issue 15, item 3), written with the `docx` package
 * (ADR 0022): the clean corrected text, and the same text with every change against the text as
 * imported as a Word tracked revision (w:ins, w:del, with author and date) and every note as a
 * Word comment anchored to its words (commentRangeStart / commentRangeEnd), replies threaded under
 * it. Word and LibreOffice show the revisions to accept or reject and the comments in the margin.
 *
 * The paragraphs are the article's as it is now. A paragraph break the reviewer removed is
 * written as a deleted space, and one the reviewer added simply starts a paragraph: a revision
 * of the paragraph mark itself (w:rPr/w:ins on w:pPr) is not written.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { DiffPart } from '../../post-edit';
import type { BlockKind, CorrectedDocument } from './corrected-text';

export interface DocxReply {
  readonly author: string;
  readonly date: Date;
  readonly text: string;
}

export interface DocxComment {
  readonly id: string;
  /** [start, end) in the article's current plain text. */
  readonly start: number;
  readonly end: number;
  readonly author: string;
  readonly date: Date;
  readonly text: string;
  readonly resolved?: boolean;
  readonly replies?: readonly DocxReply[];
}

export interface TrackedDocxInput {
  readonly title: string;
  readonly lang: string;
  /** The word diff from the text as imported to the article: 'same' + 'added' join to the article, 'same' + 'removed' to the import. */
  readonly parts: readonly DiffPart[];
  /** The article's blocks now, by index (blocksOf): their kinds, and the list each item is in; a missing one is a paragraph. */
  readonly blocks: readonly { readonly kind: BlockKind; readonly list?: number }[];
  readonly author: string;
  readonly date: Date;
  readonly comments: readonly DocxComment[];
}

const NUMBERED = 'glossa-numbered';
const HEADINGS: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
  h4: HeadingLevel.HEADING_4,
  h5: HeadingLevel.HEADING_5,
  h6: HeadingLevel.HEADING_6,
};

/** Paragraph properties for a block kind; `list` (the list's number) numbers each numbered list from 1. */
function paragraphOptions(kind: BlockKind, list: number): Omit<IParagraphOptions, 'children'> {
  if (kind in HEADINGS) return { heading: HEADINGS[kind]! };
  if (kind === 'quote') return { style: 'Quote' };
  if (kind === 'bullet') return { bullet: { level: 0 } };
  if (kind === 'number') return { numbering: { reference: NUMBERED, level: 0, instance: list } };
  return {};
}

/** Word's XML 1.0 cannot hold C0 controls other than tab, LF and CR: they are dropped. */
function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '');
}

/** Text with its line breaks as Word breaks: one run option set per line. */
function runLines(text: string): { text: string; break?: number }[] {
  return xmlSafe(text)
    .split('\n')
    .map((line, index) => (index === 0 ? { text: line } : { text: line, break: 1 }));
}

function documentOf(title: string, lang: string, paragraphs: Paragraph[], comments: ICommentOptions[]): Document {
  return new Document({
    title: xmlSafe(title),
    creator: 'Glossa',
    ...(comments.length > 0 ? { comments: { children: comments } } : {}),
    styles: {
      default: { document: { run: { language: { value: lang, eastAsia: lang } } } },
      paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', quickFormat: true, run: { italics: true }, paragraph: { indent: { left: 720 } } }],
    },
    numbering: {
      config: [{ reference: NUMBERED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }],
    },
    sections: [{ children: paragraphs }],
  });
}

async function bytesOf(document: Document): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** The article as it is now, clean: headings, quotations and lists as Word styles them. */
export async function toCorrectedDocx(document: CorrectedDocument): Promise<Uint8Array<ArrayBuffer>> {
  const paragraphs: Paragraph[] = [];
  document.blocks.forEach((block, index) => {
    paragraphs.push(new Paragraph({ ...paragraphOptions(block.kind, block.list ?? index), children: runLines(block.text).map((line) => new TextRun(line)) }));
  });
  return bytesOf(documentOf(document.title, document.lang, paragraphs, []));
}

interface Anchor {
  /** Word's comment id (w:id), a number. */
  readonly wordId: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The article with the changes as tracked revisions and the notes as comments. Runs are cut
 * wherever a change or a comment begins or ends; comment ranges may overlap and nest.
 */
export async function toTrackedDocx(input: TrackedDocxInput): Promise<Uint8Array<ArrayBuffer>> {
  const length = input.parts.reduce((sum, part) => sum + (part.kind === 'removed' ? 0 : part.text.length), 0);
  // Comment ids first (a reply is a comment of its own, threaded by parentId), then revision ids.
  const comments: ICommentOptions[] = [];
  const anchors: Anchor[] = [];
  for (const comment of input.comments) {
    const start = Math.max(0, Math.min(comment.start, length));
    const end = Math.max(start, Math.min(comment.end, length));
    const parent = comments.length;
    const body = (text: string) => text.split('\n').map((line) => new Paragraph({ children: [new TextRun(xmlSafe(line))] }));
    comments.push({ id: parent, author: xmlSafe(comment.author), initials: initialsOf(comment.author), date: comment.date, children: body(comment.text), ...(comment.resolved ? { resolved: true } : {}) });
    anchors.push({ wordId: parent, start, end });
    for (const reply of comment.replies ?? []) {
      const id = comments.length;
      comments.push({ id, parentId: parent, author: xmlSafe(reply.author), initials: initialsOf(reply.author), date: reply.date, children: body(reply.text) });
      anchors.push({ wordId: id, start, end });
    }
  }
  let revision = comments.length + 1;
  const date = input.date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
  const author = xmlSafe(input.author);

  const startsAt = new Map<number, Anchor[]>();
  const endsAt = new Map<number, Anchor[]>();
  for (const anchor of anchors) {
    startsAt.set(anchor.start, [...(startsAt.get(anchor.start) ?? []), anchor]);
    endsAt.set(anchor.end, [...(endsAt.get(anchor.end) ?? []), anchor]);
  }
  const cuts = [...new Set([...startsAt.keys(), ...endsAt.keys()])].sort((a, b) => a - b);

  const paragraphs: { kind: BlockKind; list: number; children: ParagraphChild[] }[] = [];
  let block = 0;
  const open = () => paragraphs.push({ kind: input.blocks[block]?.kind ?? 'paragraph', list: input.blocks[block]?.list ?? block, children: [] });
  open();
  const here = () => paragraphs[paragraphs.length - 1]!.children;
  const emitted = new Set<number>();
  // At an offset: the comments ending there close (with their reference), then those starting open;
  // a comment on no words opens and closes at once.
  const boundary = (at: number) => {
    if (emitted.has(at)) return;
    emitted.add(at);
    for (const anchor of endsAt.get(at) ?? []) {
      if (anchor.start === anchor.end) continue;
      here().push(new CommentRangeEnd(anchor.wordId), new TextRun({ children: [new CommentReference(anchor.wordId)] }));
    }
    for (const anchor of startsAt.get(at) ?? []) {
      here().push(new CommentRangeStart(anchor.wordId));
      if (anchor.start === anchor.end) here().push(new CommentRangeEnd(anchor.wordId), new TextRun({ children: [new CommentReference(anchor.wordId)] }));
    }
  };
  const runs = (kind: 'same' | 'added', text: string) => {
    for (const line of runLines(text)) {
      if (line.text === '' && !line.break) continue;
      here().push(kind === 'same' ? new TextRun(line) : new InsertedTextRun({ ...line, id: revision++, author, date }));
    }
  };

  // The article's paragraph breaks, found in its whole text: the diff may cut one between two parts.
  const current = input.parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join('');
  const breaks: number[] = [];
  for (let found = current.indexOf('\n\n'); found >= 0; found = current.indexOf('\n\n', found + 2)) breaks.push(found);
  let nextBreakIndex = 0;
  let skipUntil = 0;

  let offset = 0;
  for (const part of input.parts) {
    if (part.kind === 'removed') {
      boundary(offset);
      const text = xmlSafe(part.text.split('\n\n').join(' ').replace(/\n/gu, ' '));
      if (text !== '') here().push(new DeletedTextRun({ text, id: revision++, author, date }));
      continue;
    }
    // Cut at comment boundaries and paragraph breaks inside the part.
    const end = offset + part.text.length;
    let at = Math.max(offset, Math.min(skipUntil, end));
    while (at < end) {
      boundary(at);
      const nextCut = cuts.find((cut) => cut > at && cut < end) ?? end;
      while (nextBreakIndex < breaks.length && breaks[nextBreakIndex]! < at) nextBreakIndex += 1;
      const nextBreak = nextBreakIndex < breaks.length && breaks[nextBreakIndex]! < end ? breaks[nextBreakIndex]! : end;
      if (nextBreak < end && nextBreak <= nextCut) {
        if (nextBreak > at) runs(part.kind, part.text.slice(at - offset, nextBreak - offset));
        boundary(nextBreak);
        block += 1;
        open();
        // A comment that begins or ends inside the break does so at the new paragraph's start.
        boundary(nextBreak + 1);
        nextBreakIndex += 1;
        skipUntil = nextBreak + 2;
        at = Math.min(skipUntil, end);
        continue;
      }
      runs(part.kind, part.text.slice(at - offset, nextCut - offset));
      at = nextCut;
    }
    offset = end;
  }
  boundary(offset);

  const built = paragraphs.map((paragraph) => new Paragraph({ ...paragraphOptions(paragraph.kind, paragraph.list), children: paragraph.children }));
  return bytesOf(documentOf(input.title, input.lang, built, comments));
}

function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => [...word][0]!.toLocaleUpperCase());
  return letters.slice(0, 3).join('') || 'R';
}
