// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { trackedParts } from '../../tracked-changes';
import { toCorrectedDocx, toTrackedDocx } from './tracked-docx';
import { EDITED, trackedInput } from './tracked-docx.test-helper';

function xml(bytes: Uint8Array, path: string): Document {
  const text = strFromU8(unzipSync(bytes)[path]!);
  const document = new DOMParser().parseFromString(text, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const texts = (element: Element, tag: 't' | 'delText') => [...element.getElementsByTagNameNS(W, tag)].map((node) => node.textContent).join('');

describe('toTrackedDocx', () => {
  it('writes each change as a tracked insertion or deletion by the reviewer, at its place', async () => {
    const document = xml(await toTrackedDocx(trackedInput()), 'word/document.xml');
    const deletions = [...document.getElementsByTagNameNS(W, 'del')];
    const insertions = [...document.getElementsByTagNameNS(W, 'ins')];
    expect(deletions.map((element) => texts(element, 'delText').trim())).toEqual(expect.arrayContaining(['Shajie', 'hosted']));
    expect(insertions.map((element) => texts(element, 't').trim())).toEqual(expect.arrayContaining(['Zhajie', 'chaired']));
    for (const change of [...deletions, ...insertions]) {
      expect(change.getAttributeNS(W, 'author')).toBe('Anna Reviewer');
      expect(change.getAttributeNS(W, 'date')).toBe('2026-12-03T10:00:00Z');
    }
    const ids = [...deletions, ...insertions].map((element) => element.getAttributeNS(W, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    // The article's two paragraphs; what is not deleted reads as the corrected text.
    const paragraphs = [...document.getElementsByTagNameNS(W, 'p')];
    expect(paragraphs.map((paragraph) => texts(paragraph, 't'))).toEqual(EDITED.split('\n\n'));
    expect(paragraphs.map((paragraph) => paragraph.textContent)).not.toEqual(EDITED.split('\n\n'));
  });

  it('anchors each note to its words as a comment, the reply threaded under it, text escaped', async () => {
    const bytes = await toTrackedDocx(trackedInput());
    const document = xml(bytes, 'word/document.xml');
    const starts = [...document.getElementsByTagNameNS(W, 'commentRangeStart')].map((element) => element.getAttributeNS(W, 'id'));
    const ends = [...document.getElementsByTagNameNS(W, 'commentRangeEnd')].map((element) => element.getAttributeNS(W, 'id'));
    const references = [...document.getElementsByTagNameNS(W, 'commentReference')].map((element) => element.getAttributeNS(W, 'id'));
    expect(starts.sort()).toEqual(['0', '1', '2']);
    expect(ends.sort()).toEqual(['0', '1', '2']);
    expect(references.sort()).toEqual(['0', '1', '2']);
    // The words between the first comment's start and end are the flagged name, deleted and inserted.
    const body = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const covered = body.slice(body.indexOf('<w:commentRangeStart w:id="0"/>'), body.indexOf('<w:commentRangeEnd w:id="0"/>'));
    expect(covered).toContain('Zheng');
    expect(covered).toContain('<w:delText xml:space="preserve">Shajie</w:delText>');
    expect(covered).not.toContain('chaired');

    const comments = xml(bytes, 'word/comments.xml');
    const entries = [...comments.getElementsByTagNameNS(W, 'comment')];
    expect(entries.map((entry) => entry.getAttributeNS(W, 'author'))).toEqual(['Anna Reviewer', 'PM', 'Anna Reviewer']);
    expect(entries[0]!.textContent).toContain('The name is 郑栅洁 <Zhajie> & not Shajie.');
    expect(entries[1]!.textContent).toBe('Agreed.');
    expect(strFromU8(unzipSync(bytes)['word/commentsExtended.xml']!)).toContain('paraIdParent');
  });

  it('writes no revision when nothing changed, and a comment on no words still opens and closes', async () => {
    const document = xml(
      await toTrackedDocx(trackedInput({ parts: trackedParts(EDITED, EDITED), comments: [{ id: 'x', start: 5, end: 5, author: 'A', date: new Date(0), text: 'Here.' }] })),
      'word/document.xml',
    );
    expect(document.getElementsByTagNameNS(W, 'ins')).toHaveLength(0);
    expect(document.getElementsByTagNameNS(W, 'del')).toHaveLength(0);
    expect(document.getElementsByTagNameNS(W, 'commentRangeStart')).toHaveLength(1);
    expect(document.getElementsByTagNameNS(W, 'commentRangeEnd')).toHaveLength(1);
  });

  it('a joined paragraph is a deleted space; a split one is two paragraphs; hostile text stays well-formed', async () => {
    const joined = xml(await toTrackedDocx(trackedInput({ parts: trackedParts('One.\n\nTwo.', 'One. Two.'), comments: [] })), 'word/document.xml');
    expect(joined.getElementsByTagNameNS(W, 'p')).toHaveLength(1);
    const split = xml(await toTrackedDocx(trackedInput({ parts: trackedParts('One. Two.', 'One.\n\nTwo.'), comments: [] })), 'word/document.xml');
    expect(split.getElementsByTagNameNS(W, 'p')).toHaveLength(2);
    const hostile = xml(await toTrackedDocx(trackedInput({ parts: trackedParts('a', 'a </w:t><w:t>]]> \u0001 & "'), comments: [] })), 'word/document.xml');
    expect(texts(hostile.documentElement, 't')).toContain('</w:t><w:t>]]>');
  });
});

describe('toTrackedDocx, any edit', () => {
  it('property: one Word paragraph per paragraph of the article, and every comment opened and closed once', async () => {
    const text = fc.array(fc.constantFrom('a', 'word', ' ', '.', '\n\n', '\n', '省'), { maxLength: 12 }).map((pieces) => pieces.join(''));
    await fc.assert(
      fc.asyncProperty(text, text, fc.nat(30), fc.nat(30), async (imported, edited, from, to) => {
        const start = Math.min(from, to, edited.length);
        const end = Math.min(Math.max(from, to), edited.length);
        const bytes = await toTrackedDocx(trackedInput({ parts: trackedParts(imported, edited, 'en'), comments: [{ id: 'c', start, end, author: 'A', date: new Date(0), text: 'note' }] }));
        const document = xml(bytes, 'word/document.xml');
        const paragraphs = [...document.getElementsByTagNameNS(W, 'p')];
        expect(paragraphs).toHaveLength(edited.split('\n\n').length);
        expect(paragraphs.map((paragraph) => texts(paragraph, 't'))).toEqual(edited.split('\n\n').map((paragraph) => paragraph.replace(/\n/gu, '')));
        expect(document.getElementsByTagNameNS(W, 'commentRangeStart')).toHaveLength(1);
        expect(document.getElementsByTagNameNS(W, 'commentRangeEnd')).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
  });
});

describe('toCorrectedDocx', () => {
  it('writes the corrected text with Word headings, a quotation style and lists, and no revision', async () => {
    const bytes = await toCorrectedDocx({
      title: 'Meeting',
      lang: 'zh-CN',
      blocks: [
        { kind: 'h1', text: 'Provincial government holds 60th executive meeting' },
        { kind: 'paragraph', text: 'Zheng Zhajie chaired the meeting.\nA second line.' },
        { kind: 'quote', text: 'A quotation.' },
        { kind: 'bullet', text: 'one', list: 3 },
        { kind: 'bullet', text: 'two', list: 3 },
        { kind: 'number', text: 'first', list: 4 },
        { kind: 'number', text: 'second', list: 4 },
      ],
    });
    const document = xml(bytes, 'word/document.xml');
    const paragraphs = [...document.getElementsByTagNameNS(W, 'p')];
    const style = (paragraph: Element) => paragraph.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val');
    expect(style(paragraphs[0]!)).toBe('Heading1');
    expect(paragraphs[1]!.getElementsByTagNameNS(W, 'br')).toHaveLength(1);
    expect(style(paragraphs[2]!)).toBe('Quote');
    expect(paragraphs.slice(3).map((paragraph) => paragraph.getElementsByTagNameNS(W, 'numPr').length)).toEqual([1, 1, 1, 1]);
    expect(document.getElementsByTagNameNS(W, 'ins')).toHaveLength(0);
    expect(strFromU8(unzipSync(bytes)['docProps/core.xml']!)).toContain('<dc:title>Meeting</dc:title>');
    expect(strFromU8(unzipSync(bytes)['word/styles.xml']!)).toContain('w:val="zh-CN"');
  });
});
