// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DocumentImportError } from '@core/formats/documents/import-error';
import { importDocument } from './import-document';
import { BOLD, ITALIC, nodesOfType, outline, reloadedText, textNode, textOf } from './state-json.testing';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const HOSTILE_PAGE = `<!doctype html>
<html><head>
  <meta charset="utf-8">
  <title>Provincial &amp; city news</title>
  <style>p { color: red } body { background: url(https://tracker.example/bg) }</style>
  <script>alert('head')</script>
  <link rel="stylesheet" href="https://tracker.example/a.css">
</head>
<body onload="alert('body')">
  <h1 onclick="alert('h1')" style="color:red" class="title" id="t">Executive meeting</h1>
  <p style="font-size:40px">The <b>provincial</b> government <i>held</i> its <strong>60th</strong> <em>executive</em> meeting.</p>
  <script>alert('xss')</script>
  <img src="x" onerror="alert('img')" alt="a picture">
  <p><a href="javascript:alert('link')">bad link</a>, <a href="https://example.org/ok" onclick="steal()" target="_blank">good link</a>,
     <a href="data:text/html,<script>alert(1)</script>">data link</a>, <a href="/relative">relative link</a>.</p>
  <ul><li>First point</li><li>Second <b>bold</b> point</li></ul>
  <ol><li>Numbered</li></ol>
  <h2>Details</h2>
  <blockquote>Quoted words</blockquote>
  <iframe src="https://evil.example/frame">frame text</iframe>
  <form action="https://evil.example/post"><input value="typed value"><button>Send it</button><textarea>secret draft</textarea></form>
  <svg><script>alert('svg')</script><text>svg text</text></svg>
  <math><mi>x</mi></math>
  <noscript>enable javascript</noscript>
  <template><p>template text</p></template>
  <object data="x.swf">object text</object>
</body></html>`;

describe('importDocument: HTML', async () => {
  const article = await importDocument({ name: 'news.html', bytes: utf8(HOSTILE_PAGE) });
  const state = article.editorState;

  it('keeps none of the scripts, handlers, styles, frames, forms or images', () => {
    for (const banned of ['alert', 'onload', 'onclick', 'onerror', 'javascript', 'data:', 'color', 'font-size', 'tracker',
      'evil', 'steal', 'frame text', 'typed value', 'Send it', 'secret draft', 'svg text', 'enable javascript',
      'template text', 'object text', 'a picture', 'class', '_blank']) {
      expect(state, banned).not.toContain(banned);
      expect(article.plainText, banned).not.toContain(banned);
    }
    expect(nodesOfType(state, 'text').every((node) => (node as { style?: string }).style === '')).toBe(true);
  });

  it('keeps headings, lists, quotes, bold and italic', () => {
    expect(outline(state)).toEqual([
      'heading/h1: Executive meeting',
      'paragraph: The provincial government held its 60th executive meeting.',
      'paragraph: bad link, good link, data link, relative link.',
      'list/bullet: First pointSecond bold point',
      'list/number: Numbered',
      'heading/h2: Details',
      'quote: Quoted words',
    ]);
    expect(nodesOfType(state, 'listitem').map(textOf)).toEqual(['First point', 'Second bold point', 'Numbered']);
    expect(textNode(state, 'provincial')?.format).toBe(BOLD);
    expect(textNode(state, '60th')?.format).toBe(BOLD);
    expect(textNode(state, 'held')?.format).toBe(ITALIC);
    expect(textNode(state, 'executive')?.format).toBe(ITALIC);
    expect(textNode(state, 'bold')?.format).toBe(BOLD);
  });

  it('keeps only http(s) links; refused links become plain text', () => {
    const links = nodesOfType(state, 'link');
    expect(links.map((link) => [link.url, textOf(link)])).toEqual([['https://example.org/ok', 'good link']]);
  });

  it('takes the title from <title>, decoding entities', () => {
    expect(article.title).toBe('Provincial & city news');
    expect(article.format).toBe('html');
    expect(article.wordCount).toBe(27);
    expect(reloadedText(state)).toBe(article.plainText);
  });
});

describe('importDocument: HTML structure', () => {
  const outlineOf = async (html: string, name = 'page.htm'): Promise<string[]> =>
    outline((await importDocument({ name, bytes: utf8(html) })).editorState);

  it('wraps stray inline content at the top level in paragraphs', async () => {
    expect(await outlineOf('Loose <b>bold</b> words<p>A paragraph</p>tail <a href="https://x.org">link</a><br>')).toEqual([
      'paragraph: Loose bold words',
      'paragraph: A paragraph',
      'paragraph: tail link',
    ]);
  });

  it('gives each block of a multi-paragraph quote its own quote', async () => {
    expect(await outlineOf('<blockquote><p>One</p><p>Two</p><ul><li>Three</li></ul></blockquote>')).toEqual([
      'quote: One',
      'quote: Two',
      'list/bullet: Three',
    ]);
  });

  it('keeps the words of divs and table cells apart, and drops empty blocks and edge line breaks', async () => {
    expect(
      await outlineOf('<div>First</div><div>Second</div><p></p><p><br></p><p>  </p><p><br>Lead<br>line<br><br></p><table><caption>Cap</caption><tr><th>Name</th><th>Date</th></tr><tr><td>A</td><td>B</td></tr></table>'),
    ).toEqual(['paragraph: First', 'paragraph: Second', 'paragraph: Lead\nline', 'paragraph: Cap', 'paragraph: Name', 'paragraph: Date', 'paragraph: A', 'paragraph: B']);
  });

  it('falls back to the first <h1>, then to the file name, for the title', async () => {
    const withHeading = await importDocument({ name: 'p.html', bytes: utf8('<title> </title><h2>Sub</h2><h1>Main  heading</h1>') });
    expect(withHeading.title).toBe('Main heading');
    const plain = await importDocument({ name: 'press_release.html', bytes: utf8('<p>Text</p>') });
    expect(plain.title).toBe('press release');
  });

  it('reads a Windows-1252 page that says so (as Word saves web pages)', async () => {
    const head = utf8('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Caf');
    // Only 0xE9 here: Node ≥ 20.18.3 decodes windows-1252's 0x80–0x9F as Latin-1 (nodejs/node#56542);
    // Chromium, which runs the app, maps them to “smart quotes” as the Encoding Standard says.
    const bytes = new Uint8Array([...head, 0xe9, ...utf8(' au lait</p></body></html>')]);
    const article = await importDocument({ name: 'saved.htm', bytes });
    expect(article.plainText).toBe('Café au lait');
    expect(reloadedText(article.editorState)).toBe(article.plainText);
  });

  it('refuses a page with no text (only scripts and images) as empty', async () => {
    const error: unknown = await importDocument({
      name: 'blank.html',
      bytes: utf8('<html><head><title>Title only</title><script>document.write("x")</script></head><body><img src="a.png"><p> </p></body></html>'),
    }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DocumentImportError);
    expect((error as DocumentImportError).message).toBe('Could not import “blank.html”: it contains no text.');
  });
});

const MARKDOWN = `# Zhejiang meeting

The **provincial** government held its *60th* meeting, chaired by _Zheng Shajie_.

## Decisions

- First item
- Second with __strong__ words

1. One
2. Two

> A quoted line

<script>alert('md')</script>
<img src="x" onerror="alert('img')">

[a link](https://example.org/md) and [a bad one](javascript:alert(1)).
`;

describe('importDocument: Markdown', async () => {
  const article = await importDocument({ name: 'notes.md', bytes: utf8(MARKDOWN) });
  const state = article.editorState;

  it('keeps headings, lists, quotes and emphasis', () => {
    expect(outline(state)).toEqual([
      'heading/h1: Zhejiang meeting',
      'paragraph: The provincial government held its 60th meeting, chaired by Zheng Shajie.',
      'heading/h2: Decisions',
      'list/bullet: First itemSecond with strong words',
      'list/number: OneTwo',
      'quote: A quoted line',
      'paragraph: a link and a bad one.',
    ]);
    expect(textNode(state, 'provincial')?.format).toBe(BOLD);
    expect(textNode(state, 'strong')?.format).toBe(BOLD);
    expect(textNode(state, '60th')?.format).toBe(ITALIC);
    expect(textNode(state, 'Zheng Shajie')?.format).toBe(ITALIC);
  });

  it('sanitises raw HTML and links inside Markdown', () => {
    expect(state).not.toContain('alert');
    expect(state).not.toContain('javascript');
    expect(nodesOfType(state, 'link').map((link) => link.url)).toEqual(['https://example.org/md']);
  });

  it('takes the title from the first heading', () => {
    expect(article).toMatchObject({ title: 'Zhejiang meeting', format: 'md' });
    expect(reloadedText(state)).toBe(article.plainText);
  });
});
