import { makeFinding, type Check, type Finding } from '../finding';
import { insideAny, type Span } from '../text-scan';

/**
 * Page furniture a scraper carried into the article: ad and embed placeholders,
 * template tags, HTML residue, and the credit lines Chinese news sites print
 * around an article ("Original title:", "Source:", "(Responsible editor: …)",
 * "(End)"). The suggestion is to delete them.
 */

const PLACEHOLDER = new RegExp(
  [
    // [ad_1], [video_2], [ad], [/embed], [caption id="attachment_12" …]
    String.raw`\[\/?(?:ads?|advert(?:isement)?|embed|caption|video|audio|image|img|photo|picture|gallery|related|sponsored|promo|widget|iframe)(?:[ _-]?\d{1,4})?(?:\s[^\]\n]{0,200})?\]`,
    String.raw`\[[a-z][a-z-]{0,30}_\d{1,4}\]`,
    // {{ template }} and {% tag %}
    String.raw`\{\{[^{}\n]{0,200}\}\}`,
    String.raw`\{%[^%\n]{0,200}%\}`,
    // HTML tags and entities that survived the extraction
    String.raw`<\/?(?:p|div|span|br|hr|img|a|strong|em|b|i|u|h[1-6]|ul|ol|li|table|tr|td|th|script|style|iframe|figure|figcaption|section|article)\b[^<>\n]{0,300}>`,
    String.raw`&(?:nbsp|amp|quot|lt|gt|apos|[lr]dquo|[lr]squo|mdash|ndash|hellip|#\d{2,6}|#x[0-9a-f]{2,6});`,
    // (End) and its cousins, wherever they sit
    String.raw`[(（\[【]\s*(?:end|the end|finish(?:ed)?)\s*[)）\]】]`,
  ].join('|'),
  'giu',
);

// Labels that open a credit or source line; a colon (ASCII or full-width) must follow.
const LABELS = [
  'original title',
  'original headline',
  'source',
  'sources',
  'editors?',
  'responsible editors?',
  'editors? in charge',
  'executive editors?',
  'chief editors?',
  'editor-in-chief',
  'reporters?',
  'correspondents?',
  'authors?',
  'translators?',
  'proofread(?:er|ing)',
  'photos?',
  'photograph(?:y|er)',
  'image source',
  'picture source',
  'pictures?',
  'video source',
  'statement',
  'disclaimer',
  'copyright',
  'final review',
  'reviewers?',
  'produced by',
  'producer',
  'planning',
  'typesetting',
].join('|');

// Phrases that open boilerplate lines without needing a colon.
const PHRASES = [
  'responsible editor',
  'editor in charge',
  'click to',
  'share this',
  'share to',
  'related news',
  'related articles',
  'related reading',
  'read more',
  'recommended reading',
  'scan the qr code',
  'all rights reserved',
].join('|');

const BOILERPLATE_LINE = new RegExp(
  String.raw`^[ \t]*(?:[(（\[【]\s*)?(?:(?:${LABELS})\s*[:：]|(?:${PHRASES})\b)[^\n]*`,
  'gimu',
);

/** Longer lines are article paragraphs that merely begin with such a word. */
const MAX_BOILERPLATE_LINE = 300;

export const scraperArtifacts: Check = {
  id: 'scraper-artifacts',
  label: 'Scraper artifacts',
  description: 'Ad and embed placeholders, template tags, HTML residue and source or editor credit lines.',
  defaultEnabled: true,
  run(text) {
    const findings: Finding[] = [];
    const lines: Span[] = [];
    for (const match of text.matchAll(BOILERPLATE_LINE)) {
      const start = match.index + (match[0].length - match[0].trimStart().length);
      const end = match.index + match[0].trimEnd().length;
      if (end - start > MAX_BOILERPLATE_LINE || end <= start) continue;
      lines.push({ start, end });
      findings.push(
        makeFinding(text, {
          checkId: this.id,
          message: 'Source or credit line left over from the web page',
          start,
          end,
          suggestion: '',
          severityHint: 'minor',
          categoryHint: 'design-and-markup',
        }),
      );
    }
    for (const match of text.matchAll(PLACEHOLDER)) {
      const start = match.index;
      const end = start + match[0].length;
      if (insideAny(lines, start, end)) continue;
      findings.push(
        makeFinding(text, {
          checkId: this.id,
          message: match[0].startsWith('&') || match[0].startsWith('<') ? 'HTML left over from the web page' : 'Placeholder left over from the web page',
          start,
          end,
          suggestion: '',
          severityHint: 'minor',
          categoryHint: 'design-and-markup',
        }),
      );
    }
    return findings;
  },
};
