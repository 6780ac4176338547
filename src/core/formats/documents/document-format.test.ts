import { describe, expect, it } from 'vitest';
import { FileFilterSchema } from '../../host';
import {
  DOCUMENT_ACCEPT,
  DOCUMENT_FILE_FILTER,
  SUPPORTED_DOCUMENT_EXTENSIONS,
  baseName,
  detectDocumentFormat,
  fileExtension,
} from './document-format';

describe('detectDocumentFormat', () => {
  it.each([
    ['notes.txt', 'txt'],
    ['README.TEXT', 'txt'],
    ['article.md', 'md'],
    ['Article.Markdown', 'md'],
    ['page.html', 'html'],
    ['PAGE.HTM', 'html'],
    ['Report Final.DOCX', 'docx'],
    ['zhejiang-executive-meeting.en.txt', 'txt'],
    ['C:\\Users\\me\\Desktop\\brief.docx', 'docx'],
    ['/home/me/brief.v2.md', 'md'],
  ])('%s → %s', (name, format) => {
    expect(detectDocumentFormat(name)).toBe(format);
  });

  it.each(['report.pdf', 'old.doc', 'sheet.xlsx', 'noextension', '.txt', 'trailing.', 'archive.txt.zip', 'dir.txt/file'])(
    'refuses %s',
    (name) => {
      expect(detectDocumentFormat(name)).toBeNull();
    },
  );

  it('does not treat Object.prototype keys as extensions', () => {
    expect(detectDocumentFormat('x.constructor')).toBeNull();
    expect(detectDocumentFormat('x.__proto__')).toBeNull();
  });
});

describe('fileExtension and baseName', () => {
  it('reads the last extension of the base name, lower-cased', () => {
    expect(fileExtension('a.b.PDF')).toBe('pdf');
    expect(fileExtension('folder.d/readme')).toBeNull();
    expect(baseName('a/b\\c.txt')).toBe('c.txt');
  });
});

describe('open-dialog filter and accept list', () => {
  it('lists every supported extension and passes the Host contract schema', () => {
    expect(FileFilterSchema.parse(DOCUMENT_FILE_FILTER).extensions).toEqual([...SUPPORTED_DOCUMENT_EXTENSIONS]);
    expect(DOCUMENT_ACCEPT).toBe('.txt,.text,.md,.markdown,.html,.htm,.docx');
  });
});
