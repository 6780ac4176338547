import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runChecks } from './registry';

// The bundled sample: a scraped, machine-translated news article with the problems the checks exist for.
const samplePath = fileURLToPath(new URL('../../../resources/samples/zhejiang-executive-meeting.en.txt', import.meta.url));
const text = readFileSync(samplePath, 'utf8');

describe('all checks on the sample article', () => {
  const { findings, problems } = runChecks(text, {
    glossary: [{ preferred: 'tackle problems head-on', forbidden: ['driving nails'] }],
  });
  const found = (checkId: string): string[] => findings.filter((f) => f.checkId === checkId).map((f) => f.quote);

  it('finds the scraper junk', () => {
    expect(found('scraper-artifacts')).toEqual([
      '[ad_1]',
      'Original title: Provincial government holds 60th executive meeting, chaired by Zheng Zhajie',
      'Source: Zhejiang News',
    ]);
  });

  it('finds the governor’s name spelled two ways, and suggests the usual spelling', () => {
    const variant = findings.find((f) => f.checkId === 'name-variants' && f.quote === 'Zheng Shajie');
    expect(variant).toMatchObject({ suggestion: 'Zheng Zhajie' });
    expect(found('name-variants')).not.toContain('Zheng Zhajie');
  });

  it('finds the stray and the inside-out quotation marks', () => {
    expect(found('unpaired-quotes')).toEqual(['”,', '“ one thing ”']);
    const insideOut = findings.find((f) => f.quote === '“ one thing ”');
    expect(text.slice(insideOut!.start - 6, insideOut!.end + 2)).toBe('reform“ one thing ”of');
    expect(insideOut!.suggestion).toBe(' “one thing” ');
  });

  it('finds the stray punctuation, the glossary violation and the stray capitals', () => {
    expect(found('stray-punctuation-runs')).toEqual(['process. ,']);
    expect(found('glossary-violations')).toEqual(['driving nails']);
    expect(found('name-variants')).toEqual(['Zheng Shajie', 'For', 'Province', 'Strengthen']);
  });

  it('raises nothing else: no false alarms on the rest of the article', () => {
    expect(problems).toEqual([]);
    expect(findings.map((f) => f.checkId).sort()).toEqual(
      [
        'glossary-violations',
        'name-variants',
        'name-variants',
        'name-variants',
        'name-variants',
        'scraper-artifacts',
        'scraper-artifacts',
        'scraper-artifacts',
        'stray-punctuation-runs',
        'unpaired-quotes',
        'unpaired-quotes',
      ].sort(),
    );
  });
});
