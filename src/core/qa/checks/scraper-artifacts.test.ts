import { describe, expect, it } from 'vitest';
import { scraperArtifacts } from './scraper-artifacts';

const quotes = (text: string): string[] => scraperArtifacts.run(text, {}).map((finding) => finding.quote);

describe('scraper-artifacts', () => {
  it('finds ad and embed placeholders, template tags and HTML residue', () => {
    expect(quotes('[ad_1]\nThe meeting [ad] ended. [video_2] {{ related_posts }} {% include ad %}')).toEqual([
      '[ad_1]',
      '[ad]',
      '[video_2]',
      '{{ related_posts }}',
      '{% include ad %}',
    ]);
    expect(quotes('He said&nbsp;no.<br/> [caption id="attachment_12" align="left"]Photo[/caption]')).toEqual([
      '&nbsp;',
      '<br/>',
      '[caption id="attachment_12" align="left"]',
      '[/caption]',
    ]);
  });

  it('finds credit and source lines, with or without brackets, and (End)', () => {
    const text = [
      'Original title: Provincial government holds meeting',
      'Source: Zhejiang News',
      'The governor spoke. (End)',
      '(Responsible editor: Wang Xiao)',
      'Editor in charge Li Ming',
      '  Reporter： Zhang San',
    ].join('\n');
    expect(quotes(text)).toEqual([
      'Original title: Provincial government holds meeting',
      'Source: Zhejiang News',
      '(Responsible editor: Wang Xiao)',
      'Editor in charge Li Ming',
      'Reporter： Zhang San',
      '(End)',
    ]);
  });

  it('suggests deleting what it finds', () => {
    const [finding] = scraperArtifacts.run('[ad_1]', {});
    expect(finding).toMatchObject({ start: 0, end: 6, suggestion: '', categoryHint: 'design-and-markup' });
  });

  it('leaves real brackets, footnotes and prose alone', () => {
    expect(
      quotes(
        'He wrote [sic] that [1] the plan (2021-2025) works. The source said so. Sources close to the talks: none. ' +
          'An editor: no. Photos were taken. The end of the road [laughs].',
      ),
    ).toEqual([]);
    // "Source:" opening a long paragraph is prose, not a credit line.
    expect(quotes(`Source: ${'word '.repeat(80)}`)).toEqual([]);
  });

  it('does not report a placeholder twice inside a credit line', () => {
    expect(quotes('Source: Xinhua (End)')).toEqual(['Source: Xinhua (End)']);
  });
});
