// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../model';
import { toAnnotatedHtml } from './annotated-html';
import { annotationOn } from './test-annotations';

const TEXT = 'The government held a superministerial meeting was reported <b>today</b>.\n\nIt promoted “driving nails”.\nNew line.\n\nLast paragraph.';
const DOCUMENT = { title: 'Meeting </title><script>alert(1)</script>', targetLang: 'en-GB', plainText: TEXT };
const GENERATED_AT = new Date(Date.UTC(2025, 5, 1, 8, 30));

function at(quote: string, overrides: Partial<Annotation> = {}): Annotation {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`“${quote}” is not in the text`);
  return annotationOn(TEXT, start, start + quote.length, overrides);
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The text an annotation's marks hold, paragraph pieces joined by "|". */
function markedText(document: Document, id: string): string {
  const byParagraph = new Map<Element, string>();
  for (const mark of document.querySelectorAll(`mark[data-annotation="${id}"]`)) {
    const paragraph = mark.closest('p');
    if (!paragraph) throw new Error('a mark outside a paragraph');
    byParagraph.set(paragraph, (byParagraph.get(paragraph) ?? '') + (mark.textContent ?? ''));
  }
  return [...byParagraph.values()].join('|');
}

const term = at('superministerial meeting', { kind: 'term', body: 'Calque of 大部制.' });
const flag = at('meeting was', {
  kind: 'flag',
  body: 'Wrong <script>alert("x")</script> sense',
  suggestion: 'session <img src=x onerror=alert(1)>',
  mqmCategory: 'accuracy/mistranslation',
  severity: 'major',
  status: 'accepted',
  replies: [{ id: 'R1', author: 'Client', body: 'Agreed & done.', createdAt: Date.UTC(2025, 0, 4) }],
});
const spanning = at('<b>today</b>.\n\nIt promoted', { kind: 'query', body: 'Across paragraphs?' });
const inner = at('driving', { kind: 'note', body: 'Inside the query? No: after it.' });
const orphan = at('Last', { anchorState: 'orphan', quote: 'First paragraph', body: 'Its words were deleted.' });
const deleted = at('paragraph', { deletedAt: 1, body: 'Deleted note' });
const ANNOTATIONS = [flag, term, spanning, inner, orphan, deleted];

describe('toAnnotatedHtml', () => {
  const margin = toAnnotatedHtml(DOCUMENT, ANNOTATIONS, { notes: 'margin', generatedAt: GENERATED_AT });
  const footnotes = toAnnotatedHtml(DOCUMENT, ANNOTATIONS, { notes: 'footnotes', generatedAt: GENERATED_AT });

  it('is a self-contained HTML5 file: inline style, no scripts, no external resources', () => {
    for (const html of [margin, footnotes]) {
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
      const document = parse(html);
      expect(document.querySelectorAll('script, link, iframe, object, embed, img')).toHaveLength(0);
      expect([...document.querySelectorAll('[src]')]).toEqual([]);
      expect([...document.querySelectorAll('[href]')].every((element) => element.getAttribute('href')?.startsWith('#'))).toBe(true);
      expect([...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')))).toEqual([]);
      expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
      expect(document.querySelector('style')?.textContent).toContain('@media print');
      expect(document.querySelector('time')?.getAttribute('datetime')).toBe('2025-06-01T08:30:00.000Z');
    }
  });

  it('keeps everything typed as text: titles, article text and bodies with markup stay inert', () => {
    const document = parse(margin);
    expect(document.title).toBe(DOCUMENT.title);
    expect(document.querySelector('h1')?.textContent).toBe(DOCUMENT.title);
    expect(document.querySelector('main p')?.textContent).toContain('<b>today</b>.');
    expect(document.querySelector('main b')).toBeNull();
    const note = document.getElementById(`note-${flag.id}`);
    expect(note?.querySelector('.note-body')?.textContent).toBe('Wrong <script>alert("x")</script> sense');
    expect(note?.querySelector('.note-suggestion ins')?.textContent).toBe('session <img src=x onerror=alert(1)>');
  });

  it('nests overlapping marks validly: each annotation’s marks hold exactly its words', () => {
    for (const html of [margin, footnotes]) {
      const document = parse(html);
      expect(markedText(document, term.id)).toBe('superministerial meeting');
      expect(markedText(document, flag.id)).toBe('meeting was');
      expect(markedText(document, spanning.id)).toBe('<b>today</b>.|It promoted');
      expect(markedText(document, inner.id)).toBe('driving');
      // The overlap is one flag mark inside one term mark, not a misnested pair.
      const shared = document.querySelector(`mark[data-annotation="${term.id}"] > mark[data-annotation="${flag.id}"]`);
      expect(shared?.textContent).toBe('meeting');
      expect(document.querySelectorAll('main mark')).toHaveLength(7);
      for (const mark of document.querySelectorAll('main mark')) expect(mark.className).toMatch(/^kind-(term|flag|note|query)$/);
    }
  });

  it('gives each placed annotation one mark id and a numbered reference, in reading order', () => {
    const document = parse(footnotes);
    for (const annotation of [term, flag, spanning, inner]) expect(document.querySelectorAll(`#a-${annotation.id}`)).toHaveLength(1);
    expect(document.getElementById(`a-${spanning.id}`)?.textContent).toBe('<b>today</b>.');
    const references = [...document.querySelectorAll('sup.ref a')].map((link) => [link.textContent, link.getAttribute('href')]);
    // The term's words end first ("…meeting"), inside the flag's, so its reference comes first.
    expect(references).toEqual([
      ['1', `#note-${term.id}`],
      ['2', `#note-${flag.id}`],
      ['3', `#note-${spanning.id}`],
      ['4', `#note-${inner.id}`],
    ]);
  });

  it('writes numbered footnotes at the end with everything a card shows', () => {
    const document = parse(footnotes);
    expect(document.querySelector('.row')).toBeNull();
    const items = [...document.querySelectorAll('section.footnotes ol > li.note')];
    expect(items.map((item) => [item.id, item.getAttribute('value')])).toEqual([
      [`note-${term.id}`, '1'],
      [`note-${flag.id}`, '2'],
      [`note-${spanning.id}`, '3'],
      [`note-${inner.id}`, '4'],
    ]);
    const note = items[1];
    expect(note?.querySelector('.note-head')?.textContent).toBe('2 Flag · Accepted');
    expect(note?.querySelector('.note-quote')?.textContent).toBe('meeting was');
    expect(note?.querySelector('.note-mqm')?.textContent).toBe('MQM: Accuracy › Mistranslation · Major');
    expect(note?.querySelector('.note-meta')?.textContent).toBe('Lin · 2025-01-02');
    expect(note?.querySelector('.note-replies')?.textContent).toBe('Client · 2025-01-04Agreed & done.');
    expect(note?.querySelector('.note-back a')?.getAttribute('href')).toBe(`#a-${flag.id}`);
  });

  it('puts margin notes beside the paragraph where their words start', () => {
    const document = parse(margin);
    expect(document.querySelector('section.footnotes')).toBeNull();
    const rows = [...document.querySelectorAll('main > .row')];
    expect(rows).toHaveLength(3);
    const notesPerRow = rows.map((row) => [...row.querySelectorAll('.notes > aside.note')].map((note) => note.id));
    expect(notesPerRow).toEqual([[`note-${term.id}`, `note-${flag.id}`, `note-${spanning.id}`], [`note-${inner.id}`], []]);
    expect(rows[1]?.querySelector('p')?.textContent).toBe('It promoted3 “driving4 nails”.New line.');
    expect(rows[1]?.querySelector('p br')).not.toBeNull();
  });

  it('lists orphans, and only them, under “Could not be placed” with their quotes; deleted ones nowhere', () => {
    for (const html of [margin, footnotes]) {
      const document = parse(html);
      const section = document.querySelector('section.unplaced');
      expect(section?.querySelector('h2')?.textContent).toBe('Could not be placed');
      const notes = [...(section?.querySelectorAll('.note') ?? [])];
      expect(notes.map((note) => note.id)).toEqual([`note-${orphan.id}`]);
      expect(notes[0]?.querySelector('.note-quote')?.textContent).toBe('First paragraph');
      expect(notes[0]?.querySelector('.note-body')?.textContent).toBe('Its words were deleted.');
      expect(document.querySelector(`[data-annotation="${orphan.id}"]`)).toBeNull();
      expect(html).not.toContain('Deleted note');
    }
  });

  it('also lists an annotation whose position is not in the text, and omits the section when all are placed', () => {
    const stale = at('Last', { selectors: { ...term.selectors, position: { type: 'TextPositionSelector', start: 500, end: 510 } } });
    const document = parse(toAnnotatedHtml(DOCUMENT, [stale], { notes: 'margin', generatedAt: GENERATED_AT }));
    expect([...document.querySelectorAll('section.unplaced .note')].map((note) => note.id)).toEqual([`note-${stale.id}`]);

    const clean = parse(toAnnotatedHtml(DOCUMENT, [term], { notes: 'footnotes', generatedAt: GENERATED_AT }));
    expect(clean.querySelector('section.unplaced')).toBeNull();
  });

  it('writes the article alone when there are no annotations', () => {
    const document = parse(toAnnotatedHtml(DOCUMENT, [], { notes: 'footnotes', generatedAt: GENERATED_AT }));
    expect(document.querySelectorAll('main p')).toHaveLength(3);
    expect(document.querySelector('mark[data-annotation], section.footnotes, section.unplaced')).toBeNull();
  });
});
