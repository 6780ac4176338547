/** Test data for the Word writers: a real sentence pair and its notes. */
import { trackedParts } from '../../tracked-changes';
import type { TrackedDocxInput } from './tracked-docx';

// WMT21 zh→en news, the sample article's MT, and the reviewer's corrections.
export const IMPORTED = 'Zheng Shajie hosted the meeting.\n\nLi Bin stressed that the superministerial plan system must be driving nails.';
export const EDITED = 'Zheng Zhajie chaired the meeting.\n\nLi Bin stressed that the super-ministry system must be driving nails.';

export function trackedInput(overrides: Partial<TrackedDocxInput> = {}): TrackedDocxInput {
  const name = EDITED.indexOf('Zheng Zhajie');
  const nails = EDITED.indexOf('driving nails');
  return {
    title: 'Provincial government holds 60th executive meeting',
    lang: 'en-GB',
    parts: trackedParts(IMPORTED, EDITED, 'en'),
    blocks: [{ kind: 'paragraph' }, { kind: 'paragraph' }],
    author: 'Anna Reviewer',
    date: new Date('2026-12-03T10:00:00Z'),
    comments: [
      { id: 'a1', start: name, end: name + 'Zheng Zhajie'.length, author: 'Anna Reviewer', date: new Date('2026-12-03T09:00:00Z'), text: 'Flag: Terminology (major)\nThe name is 郑栅洁 <Zhajie> & not Shajie.', replies: [{ author: 'PM', date: new Date('2026-12-03T11:00:00Z'), text: 'Agreed.' }] },
      { id: 'a2', start: nails, end: nails + 'driving nails'.length, author: 'Anna Reviewer', date: new Date('2026-12-03T09:30:00Z'), text: 'Idiom: 钉钉子 means tenacity.' },
    ],
    ...overrides,
  };
}

/**
 * The words of each tracked change of a kind, as LibreOffice holds them: the region declares the
 * kind and the author; the words sit in the text between its change-start and change-end.
 */
export function changedWords(fodt: string, kind: 'insertion' | 'deletion'): { words: string; author: string }[] {
  const regions = [...fodt.matchAll(/<text:changed-region[^>]*text:id="([^"]+)"[^>]*>([\s\S]*?)<\/text:changed-region>/gu)];
  return regions
    .filter((region) => region[2]!.includes(`<text:${kind}>`))
    .map((region) => {
      const id = region[1]!;
      const inline = new RegExp(`<text:change-start text:change-id="${id}"/>([\\s\\S]*?)<text:change-end text:change-id="${id}"/>`, 'u').exec(fodt)?.[1];
      // Older LibreOffice keeps deleted words inside the region instead.
      const words = (inline ?? region[2]!.replace(/<office:change-info>[\s\S]*?<\/office:change-info>/u, '')).replace(/<[^>]+>/gu, '');
      return { words, author: /<dc:creator>([^<]*)<\/dc:creator>/u.exec(region[2]!)?.[1] ?? '' };
    });
}
