import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS, HEADERS } from './glossary-rows.test-helper';
import { suggestMapping } from './mapping';

describe('suggestMapping', () => {
  it('recognises Glossa’s own headers exactly', () => {
    expect(suggestMapping(HEADERS)).toEqual(FIELDS);
    expect(suggestMapping([...HEADERS].reverse())).toEqual([...FIELDS].reverse());
  });

  it('recognises common names case-insensitively', () => {
    expect(
      suggestMapping(['SOURCE TERM', 'translation', 'Preferred translation', 'Do not use', 'pos', 'Subject field', 'DEFINITION', 'Example', 'Comments', 'Created by', 'Creation date', 'Last modified', 'Status']),
    ).toEqual(['source', 'target', 'preferred', 'forbidden', 'partOfSpeech', 'domain', 'definition', 'context', 'note', 'author', 'createdAt', 'updatedAt', 'status']);
    expect(suggestMapping(['Original', 'MT', 'Approved', 'Deprecated', 'Part-of-speech', 'Subject', 'Notes', 'Creator', 'Created', 'Modified'])).toEqual([
      'source',
      'target',
      'preferred',
      'forbidden',
      'partOfSpeech',
      'domain',
      'note',
      'author',
      'createdAt',
      'updatedAt',
    ]);
    expect(suggestMapping(['原文', '译文', '推荐译文', '备注'])).toEqual(['source', 'target', 'preferred', 'note']);
  });

  it('matches language names and codes against the glossary’s languages, zh → en by default', () => {
    expect(suggestMapping(['Chinese', 'English'])).toEqual(['source', 'target']);
    expect(suggestMapping(['English', 'Chinese'])).toEqual(['target', 'source']);
    expect(suggestMapping(['zh-CN', 'en-US', 'Note'])).toEqual(['source', 'target', 'note']);
    expect(suggestMapping(['zho-CN', 'eng-US'])).toEqual(['source', 'target']);
    expect(suggestMapping(['Chinese (PRC)', 'English (United States)'])).toEqual(['source', 'target']);
    expect(suggestMapping(['Simplified Chinese', 'British English'])).toEqual(['source', 'target']);
    expect(suggestMapping(['中文', '英文'])).toEqual(['source', 'target']);
    expect(suggestMapping(['English', 'German'], { sourceLang: 'en', targetLang: 'de-DE' })).toEqual(['source', 'target']);
    expect(suggestMapping(['German', 'English'])).toEqual(['ignore', 'target']);
  });

  it('does not take a column that merely mentions a language for the term', () => {
    expect(suggestMapping(['Chinese note', 'English comment', 'Source language'])).toEqual(['ignore', 'ignore', 'ignore']);
    expect(suggestMapping(['English_Def', 'English'])).toEqual(['definition', 'target']);
  });

  it('reads a bracketed qualifier after a known name', () => {
    expect(suggestMapping(['Source term (zh-CN)', 'Target (en)', 'Note [internal]'])).toEqual(['source', 'target', 'note']);
  });

  it('gives a field to one column only: the strongest claim, then the leftmost', () => {
    expect(suggestMapping(['Note', 'Comment', 'Notes'])).toEqual(['note', 'ignore', 'ignore']);
    expect(suggestMapping(['Term', 'Translation'])).toEqual(['source', 'target']);
    expect(suggestMapping(['Term', 'Source', 'Translation', 'Target'])).toEqual(['ignore', 'source', 'ignore', 'target']);
    expect(suggestMapping(['Source', 'Target', 'English'])).toEqual(['source', 'target', 'ignore']);
    expect(suggestMapping(['Chinese', 'English', 'Translation'])).toEqual(['source', 'target', 'ignore']);
    expect(suggestMapping(['ID', '', 'Whatever'])).toEqual(['ignore', 'ignore', 'ignore']);
    expect(suggestMapping(['constructor', '__proto__', 'toString', 'hasOwnProperty'])).toEqual(['ignore', 'ignore', 'ignore', 'ignore']);
    expect(suggestMapping([])).toEqual([]);
  });

  it('maps the columns of a memoQ export it is shown as a plain CSV', () => {
    expect(suggestMapping(['Entry_ID', 'Entry_Subject', 'Entry_Domain', 'Entry_Created', 'Entry_Creator', 'Entry_LastModified', 'Entry_Note', 'Chinese_Def', 'Chinese', 'Term_Info', 'Term_Example', 'English'])).toEqual([
      'ignore',
      'ignore',
      'domain',
      'createdAt',
      'author',
      'updatedAt',
      'note',
      'definition',
      'source',
      'ignore',
      'context',
      'target',
    ]);
  });

  it('uses every field except ignore at most once, whatever the header', () => {
    const names = fc.constantFrom('Source', 'source', 'Term', 'Target', 'MT', 'Translation', 'English', 'Chinese', 'zh', 'Note', 'Notes', 'Comment', 'Status', 'Created', 'Modified', 'x', '', 'Definition', 'English_Def');
    fc.assert(
      fc.property(fc.array(names, { maxLength: 12 }), (header) => {
        const mapping = suggestMapping(header);
        expect(mapping).toHaveLength(header.length);
        const used = mapping.filter((field) => field !== 'ignore');
        expect(new Set(used).size).toBe(used.length);
      }),
    );
  });
});
