// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { blocksOf, toCorrectedHtml, toCorrectedMarkdown, toCorrectedTxt, type CorrectedDocument } from './corrected-text';

const state = (children: unknown[]) => JSON.stringify({ root: { children } });

const ARTICLE: CorrectedDocument = {
  title: 'Provincial government holds <60th> meeting',
  lang: 'en',
  blocks: [
    { kind: 'h1', text: 'Provincial government holds 60th executive meeting' },
    { kind: 'paragraph', text: 'Li Bin stressed the *super-ministry* system & the [plan] <script>alert(1)</script>.' },
    { kind: 'quote', text: '# not a heading\n> not nested' },
    { kind: 'bullet', text: 'first item', list: 3 },
    { kind: 'bullet', text: '- second, with a dash', list: 3 },
    { kind: 'number', text: '1. already numbered', list: 4 },
    { kind: 'number', text: 'second', list: 4 },
    { kind: 'paragraph', text: '省政府召开第60次常务会议\n第二行' },
  ],
};

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('blocksOf', () => {
  it('takes the kinds from the editor state when its blocks line up with the text, a list item being a block', () => {
    const item = { type: 'listitem', children: [{ type: 'text', text: 'x' }] };
    const nested = { type: 'listitem', children: [{ type: 'list', listType: 'bullet', children: [item] }] };
    const json = state([{ type: 'heading', tag: 'h2' }, { type: 'paragraph' }, { type: 'list', listType: 'number', children: [item, item, nested] }, { type: 'quote' }, { type: 'segment' }]);
    const blocks = blocksOf('Title\n\nBody\n\none\n\ntwo\n\ninner\n\nQuoted\n\nSegment', json);
    expect(blocks.map((block) => block.kind)).toEqual(['h2', 'paragraph', 'number', 'number', 'bullet', 'quote', 'paragraph']);
    expect(blocks.map((block) => block.list)).toEqual([undefined, undefined, 2, 2, 2, undefined, undefined]);
  });

  it('falls back to paragraphs when the state does not line up or cannot be read, never throwing', () => {
    expect(blocksOf('a\n\nb', state([{ type: 'heading', tag: 'h1' }])).map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
    expect(blocksOf('a\n\nb', '{not json').map((block) => block.text)).toEqual(['a', 'b']);
    expect(blocksOf('', '{}')).toEqual([]);
  });
});

describe('the corrected text', () => {
  it('as plain text: blocks apart by a blank line, list items marked, a final newline', () => {
    const text = toCorrectedTxt(ARTICLE);
    expect(text.startsWith('Provincial government holds 60th executive meeting\n\nLi Bin')).toBe(true);
    expect(text).toContain('\n\n- first item\n- - second, with a dash\n\n');
    expect(text).toContain('1. 1. already numbered\n2. second');
    expect(text.endsWith('第二行\n')).toBe(true);
    expect(toCorrectedTxt({ ...ARTICLE, blocks: [] })).toBe('');
  });

  it('as Markdown that a CommonMark parser renders back to the same words, markup in the text escaped', async () => {
    const markdown = toCorrectedMarkdown(ARTICLE);
    const page = parse(await marked.parse(markdown));
    expect(page.querySelector('h1')?.textContent).toBe('Provincial government holds 60th executive meeting');
    const issue = parse(await marked.parse(toCorrectedMarkdown({ ...ARTICLE, blocks: [{ kind: 'h2', text: 'Issue #' }] })));
    expect(issue.querySelector('h2')?.textContent).toBe('Issue #');
    const paragraphs = [...page.body.children].filter((element) => element.tagName === 'P');
    expect(paragraphs[0]?.textContent).toBe(ARTICLE.blocks[1]!.text);
    expect(page.querySelector('em, script, a')).toBeNull();
    expect(page.querySelector('blockquote')?.textContent?.trim()).toBe('# not a heading\n> not nested');
    expect(page.querySelector('blockquote h1, blockquote blockquote')).toBeNull();
    expect([...page.querySelectorAll('ul > li')].map((item) => item.textContent)).toEqual(['first item', '- second, with a dash']);
    expect([...page.querySelectorAll('ol > li')].map((item) => item.textContent)).toEqual(['1. already numbered', 'second']);
    expect(paragraphs[1]?.innerHTML).toMatch(/省政府召开第60次常务会议<br>\s*第二行/u);
  });

  it('as a self-contained HTML page, every text escaped', () => {
    const html = toCorrectedHtml(ARTICLE);
    const page = parse(html);
    expect(page.documentElement.lang).toBe('en');
    expect(page.title).toBe('Provincial government holds <60th> meeting');
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(page.querySelector('script')).toBeNull();
    expect(page.querySelectorAll('p')[0]?.textContent).toBe(ARTICLE.blocks[1]!.text);
    expect(page.querySelector('blockquote')?.textContent).toBe('# not a heading> not nested');
    expect(page.querySelectorAll('ul li')).toHaveLength(2);
    expect(page.querySelectorAll('ol li')).toHaveLength(2);
    expect([...page.querySelectorAll('main > p')].at(-1)?.innerHTML).toBe('省政府召开第60次常务会议<br>第二行');
  });
});
