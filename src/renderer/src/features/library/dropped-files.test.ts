import { describe, expect, it } from 'vitest';
import { readDroppedFiles } from './dropped-files';

describe('readDroppedFiles', () => {
  it('reads every dropped file with the import size limit, whatever its position', async () => {
    const files = [new File(['first'], 'a.txt'), new File(['second'], 'b.txt'), new File(['third'], 'c.txt')];
    const opened = await readDroppedFiles(files);
    expect(opened.map((file) => (file.ok ? [file.name, new TextDecoder().decode(file.bytes)] : [file.name, file.reason]))).toEqual([
      ['a.txt', 'first'],
      ['b.txt', 'second'],
      ['c.txt', 'third'],
    ]);
  });
});
