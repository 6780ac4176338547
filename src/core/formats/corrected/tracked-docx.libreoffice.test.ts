// @vitest-environment node
// LibreOffice (Debian's libreoffice-writer-nogui, installed by .ci/run) opens the Word files:
// converted to flat ODF, the revisions, the comments on their words and the styles are there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toCorrectedDocx, toTrackedDocx } from './tracked-docx';
import { changedWords, trackedInput } from './tracked-docx.test-helper';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
const dir = mkdtempSync(join(tmpdir(), 'glossa-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function openInLibreOffice(name: string, bytes: Uint8Array): string {
  writeFileSync(join(dir, `${name}.docx`), bytes);
  execFileSync(SOFFICE!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'fodt', '--outdir', dir, join(dir, `${name}.docx`)], { timeout: 120_000, stdio: 'pipe' });
  return readFileSync(join(dir, `${name}.fodt`), 'utf8');
}

describe.skipIf(!SOFFICE)(`LibreOffice opens the Word files${SOFFICE ? '' : ' (skipped: soffice is not installed; apt-get install libreoffice-writer-nogui)'}`, () => {
  it('finds the tracked deletions and insertions, and the comments anchored to their words', { timeout: 180_000 }, async () => {
    const fodt = openInLibreOffice('tracked', await toTrackedDocx(trackedInput()));
    const deleted = changedWords(fodt, 'deletion');
    const inserted = changedWords(fodt, 'insertion');
    expect(deleted.map((change) => change.words.trim())).toEqual(expect.arrayContaining(['Shajie', 'hosted', 'superministerial']));
    expect(inserted.map((change) => change.words.trim())).toEqual(expect.arrayContaining(['Zhajie', 'chaired', 'super-ministry']));
    expect(new Set([...deleted, ...inserted].map((change) => change.author))).toEqual(new Set(['Anna Reviewer']));
    expect(fodt).toContain('chaired');
    const annotations = fodt.match(/<office:annotation\b[\s\S]*?<\/office:annotation>/gu) ?? [];
    expect(annotations.some((annotation) => annotation.includes('The name is 郑栅洁 &lt;Zhajie&gt; &amp; not Shajie.'))).toBe(true);
    expect(annotations.some((annotation) => annotation.includes('钉钉子'))).toBe(true);
    expect(annotations.some((annotation) => annotation.includes('Agreed.'))).toBe(true);
    // Anchored: each comment has its end after the words, named as its start.
    const names = [...fodt.matchAll(/<office:annotation office:name="([^"]+)"/gu)].map((match) => match[1]);
    for (const name of names) expect(fodt).toContain(`<office:annotation-end office:name="${name}"/>`);
    expect(names.length).toBeGreaterThanOrEqual(2);
  });

  it('finds the clean corrected text, its heading and list, and no revision', { timeout: 180_000 }, async () => {
    const fodt = openInLibreOffice(
      'clean',
      await toCorrectedDocx({ title: 'Meeting', lang: 'en', blocks: [{ kind: 'h1', text: 'Provincial government meeting' }, { kind: 'paragraph', text: 'Zheng Zhajie chaired the meeting.' }, { kind: 'bullet', text: 'one', list: 2 }, { kind: 'bullet', text: 'two', list: 2 }] }),
    );
    expect(fodt).toMatch(/<text:(h|p) text:style-name="Heading[^"]*1"[^>]*>Provincial government meeting<\/text:(h|p)>/u);
    expect(fodt).toContain('Zheng Zhajie chaired the meeting.');
    expect(fodt).toMatch(/<text:list\b/u);
    expect(fodt).not.toContain('<text:changed-region');
  });
});
