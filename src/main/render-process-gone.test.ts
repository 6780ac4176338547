import { describe, expect, it } from 'vitest';
import { MAX_RELOADS, RELOAD_WINDOW_MS, recoverFromGone } from './render-process-gone';

describe('recovering from a renderer that is gone', () => {
  it('reloads after a crash and says what happened', () => {
    const reloads: number[] = [];
    const recovery = recoverFromGone('crashed', reloads, 1000);
    expect(recovery).toMatchObject({ action: 'reload' });
    expect(recovery.action !== 'none' && recovery.message).toMatch(/crashed, so it was reloaded/);
    expect(reloads).toEqual([1000]);
    expect(recoverFromGone('oom', reloads, 2000)).toMatchObject({ action: 'reload', message: expect.stringMatching(/ran out of memory/) });
  });

  it('does nothing on a clean exit (the window is closing)', () => {
    expect(recoverFromGone('clean-exit', [], 0)).toEqual({ action: 'none' });
  });

  it(`stops reloading after ${MAX_RELOADS} reloads within a minute, and reloads again later`, () => {
    const reloads: number[] = [];
    for (let i = 0; i < MAX_RELOADS; i += 1) expect(recoverFromGone('crashed', reloads, i * 1000).action).toBe('reload');
    expect(recoverFromGone('crashed', reloads, MAX_RELOADS * 1000)).toMatchObject({ action: 'give-up', title: 'Glossa keeps stopping' });
    expect(recoverFromGone('crashed', reloads, RELOAD_WINDOW_MS + MAX_RELOADS * 1000).action).toBe('reload');
  });

  it('describes a reason Electron adds later in general words', () => {
    expect(recoverFromGone('something-new', [], 0)).toMatchObject({ action: 'reload', message: expect.stringMatching(/stopped unexpectedly/) });
  });
});
