import { describe, expect, it } from 'vitest';
import { formatError, row } from './glossary-rows.test-helper';
import { readMemoQ } from './memoq';

/**
 * Written by hand after memoQ's documented CSV layout: entry-level columns, then per language a
 * "_Def" column and term columns each followed by Term_ columns; Chinese with one term, English
 * with two term slots.
 */
const MEMOQ_HEADER =
  'Entry_ID;Entry_Subject;Entry_Domain;Entry_ClientID;Entry_ProjectID;Entry_Created;Entry_Creator;Entry_LastModified;Entry_Modifier;Entry_Note;' +
  'Chinese_PRC_Def;Chinese_PRC;Term_Info;Term_Example;English_Def;English;Term_Info;Term_Example;English;Term_Info;Term_Example';
const MEMOQ = [
  MEMOQ_HEADER,
  '1;Government;Politics;ACME;P1;3/7/2021 2:05:09 PM;lin;3/8/2021 12:00:00 AM;kim;Entry note;合并部门的改革;大部制;;推进大部制改革;A reform merging ministries;super-ministry system;;"The ""super-ministry"" reform";big department;forbidden;',
  '2;Government;;;;3/9/2021 9:00:00 AM;lin;3/9/2021 9:00:00 AM;;;;省政府;;;;provincial government;;;provincial authorities;;',
  '3;;;;;3/9/2021 9:00:00 AM;;;;;;县;;;;;;;;;',
  '4;;;;;;;;;;;;;;;;;;;;',
  '5;;;;;someday;;;;;;区;;;;district;;;;;',
  '6;;;;',
].join('\r\n');

describe('readMemoQ', () => {
  it('reads the entry, language and term fields of a memoQ CSV export', () => {
    const result = readMemoQ(MEMOQ, 'termbase.csv');
    expect(result.rows).toEqual([
      {
        source: '大部制',
        target: 'super-ministry system',
        preferred: '',
        forbidden: ['big department'],
        status: 'proposed',
        domain: 'Politics',
        author: 'lin',
        createdAt: Date.UTC(2021, 2, 7, 14, 5, 9),
        updatedAt: Date.UTC(2021, 2, 8),
        definition: '合并部门的改革\nA reform merging ministries',
        context: 'The "super-ministry" reform',
        note: 'Entry note',
      },
      {
        source: '省政府',
        target: 'provincial government',
        preferred: '',
        forbidden: [],
        status: 'proposed',
        domain: 'Government',
        author: 'lin',
        createdAt: Date.UTC(2021, 2, 9, 9),
        updatedAt: Date.UTC(2021, 2, 9, 9),
        note: 'Other English terms: provincial authorities',
      },
      { source: '县', target: '', preferred: '', forbidden: [], status: 'proposed', createdAt: Date.UTC(2021, 2, 9, 9) },
    ]);
    expect(result.skipped).toEqual([
      { row: 5, reason: 'no source or target term' },
      { row: 6, reason: 'the Entry_Created date “someday” is not a date' },
      { row: 7, reason: 'has 5 cells; the header has 21 columns' },
    ]);
  });

  it('reads a tab- or comma-separated export and language codes in the headers', () => {
    const tsv = 'Entry_ID\tEntry_Note\tzho-CN\tTerm_Info\teng-US\tTerm_Info\n1\tn\t大部制\t\tsuper-ministry system\t\n';
    expect(readMemoQ(tsv, 'tb.txt').rows).toEqual([row({ source: '大部制', target: 'super-ministry system', note: 'n' })]);
    const csv = 'Entry_ID,English,Term_Info,Chinese,Term_Info\n1,super-ministry system,,大部制,\n';
    expect(readMemoQ(csv, 'tb.csv').rows).toEqual([row({ source: '大部制', target: 'super-ministry system' })]);
  });

  it('chooses the glossary’s languages among several', () => {
    const csv = 'Entry_ID;German;Term_Info;English;Term_Info;Chinese;Term_Info\n1;Superministerium;;super-ministry system;;大部制;\n';
    expect(readMemoQ(csv, 'tb.csv').rows).toEqual([row({ source: '大部制', target: 'super-ministry system' })]);
    expect(readMemoQ(csv, 'tb.csv', { sourceLang: 'en', targetLang: 'de' }).rows).toEqual([row({ source: 'super-ministry system', target: 'Superministerium' })]);
  });

  it('refuses an export without the glossary’s languages, and a file that is not a memoQ export', () => {
    const german = 'Entry_ID;German;Term_Info;French;Term_Info\n1;Ministerium;;ministère;\n';
    expect(formatError(() => readMemoQ(german, 'tb.csv')).reason).toBe('it has no term columns for the glossary\'s languages (zh → en); its languages are: German, French.');
    expect(formatError(() => readMemoQ('Source;Target\na;b\n', 'tb.csv')).reason).toMatch(/not a memoQ term base export/);
  });

  it('takes the other, unnamed language of a two-language export', () => {
    const csv = 'Entry_ID;Putonghua;Term_Info;English;Term_Info\n1;大部制;;super-ministry system;\n';
    expect(readMemoQ(csv, 'tb.csv').rows).toEqual([row({ source: '大部制', target: 'super-ministry system' })]);
  });

  it('reads a Term_Forbidden column and a forbidden-only entry', () => {
    const csv = 'Entry_ID;Chinese;Term_Info;English;Term_Info;Term_Forbidden\n1;大部制;;big department;;yes\n';
    expect(readMemoQ(csv, 'tb.csv').rows).toEqual([row({ source: '大部制', forbidden: ['big department'] })]);
  });
});
