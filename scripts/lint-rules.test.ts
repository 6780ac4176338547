// The layer rules of eslint.config.mjs (docs/adr/0001-layers.md) catch what they are for:
// each import below is one a newcomer could write, linted with the project's own config as
// if it were in the file named, and `npm test` (which runs lint) would fail on it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const root = join(__dirname, '..');
const eslint = new ESLint({ cwd: root });

async function rulesBroken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

// The first lint loads the config, the TypeScript resolver and the project's tsconfig: about
// 5 s alone and several times that while the rest of the suite runs on two cores. It is done
// once, with its own allowance; a rule that follows imports (no-cycle walks the feature index
// it is given) still takes seconds, so each test has a minute rather than the default 5 s.
const LOAD_ALLOWANCE_MS = 120_000;
const RULE_ALLOWANCE_MS = 60_000;

describe('lint fences the modules', { timeout: RULE_ALLOWANCE_MS }, () => {
  beforeAll(async () => {
    await rulesBroken('export {};\n', 'src/core/probe.ts');
  }, LOAD_ALLOWANCE_MS);

  it('refuses a feature reaching into another feature’s files, and accepts its index', async () => {
    const deep = await rulesBroken("export { ReviewPanel } from '../review/review-panel';\n", 'src/renderer/src/features/article/probe.ts');
    expect(deep.join('\n')).toMatch(/no-restricted-imports: .*through its index/);
    expect(await rulesBroken("export { ReviewPanel } from '../review';\n", 'src/renderer/src/features/article/probe.ts')).toEqual([]);
  });

  it('refuses db in editor, host, ui, workers and commands (ADR 0001)', async () => {
    for (const layer of ['editor', 'host', 'ui', 'workers', 'commands']) {
      const broken = await rulesBroken("export { useDatabase } from '../db';\n", `src/renderer/src/${layer}/probe.ts`);
      expect(broken.join('\n'), layer).toMatch(/no-restricted-imports: .*never import db/);
    }
  });

  it('refuses a feature importing the web adapter instead of useHost()', async () => {
    const broken = await rulesBroken("export { readPickedFile } from '../../host/web-host';\n", 'src/renderer/src/features/library/probe.ts');
    expect(broken.join('\n')).toMatch(/host is chosen once/);
  });

  it('gives workers worker globals: self and postMessage, not window or document', async () => {
    const path = 'src/renderer/src/workers/probe.worker.ts';
    expect(await rulesBroken('export const width = window.innerWidth;\n', path)).toEqual([expect.stringMatching(/^no-restricted-globals: /)]);
    expect(await rulesBroken('export const title = document.title;\n', path)).toEqual([expect.stringMatching(/^no-restricted-globals: /)]);
    expect(await rulesBroken('self.postMessage(1);\nexport {};\n', path)).toEqual([]);
  });

  describe('import cycles', () => {
    const dir = mkdtempSync(join(root, 'src/core/lint-probe-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('refuses two modules that import each other, through a relative path or the @core alias', async () => {
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = (): number => b() + 1;\n");
      const alias = `@core/${relative(join(root, 'src/core'), dir)}/a`;
      const b = `import { a } from '${alias}';\nexport const b = (): number => (a.length > 0 ? 1 : 0);\n`;
      writeFileSync(join(dir, 'b.ts'), b);
      const broken = await rulesBroken(b, relative(root, join(dir, 'b.ts')));
      expect(broken.join('\n')).toMatch(/import-x\/no-cycle: Dependency cycle detected/);
    });
  });
});
