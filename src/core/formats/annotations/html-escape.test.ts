import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeLines } from './html-escape';

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or leave an attribute', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
  });

  it('leaves other text, CJK and emoji alone', () => {
    expect(escapeHtml('会议 “quoted” 😀')).toBe('会议 “quoted” 😀');
  });
});

describe('escapeLines', () => {
  it('keeps line breaks as <br> after escaping', () => {
    expect(escapeLines('a<b\nc\r\nd')).toBe('a&lt;b<br>c<br>d');
  });
});
