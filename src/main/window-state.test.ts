import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  MIN_WINDOW_SIZE,
  captureWindowState,
  clampToWorkAreas,
  MAX_REMEMBERED_LAYOUTS,
  createStateSaver,
  displayLayoutKey,
  loadWindowStateFile,
  parseWindowState,
  parseWindowStateFile,
  rememberForLayout,
  stateForLayout,
  type Rectangle,
} from './window-state';

const laptop: Rectangle = { x: 0, y: 25, width: 1440, height: 875 };
const monitorRight: Rectangle = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('parseWindowState', () => {
  it('reads a stored state', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1000,"height":700,"maximized":true}')).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it.each([
    ['a missing file', null],
    ['an empty file', ''],
    ['broken JSON', '{"x":10,'],
    ['the wrong shape', '[1,2,3]'],
    ['a string size', '{"width":"big","height":700}'],
    ['a negative size', '{"width":-5,"height":700}'],
    ['an absurd size', '{"width":1e9,"height":700}'],
    ['null', 'null'],
  ])('falls back to the defaults for %s', (_what, text) => {
    expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops half a position and rounds fractions', () => {
    expect(parseWindowState('{"x":10,"width":1000.4,"height":700.6}')).toEqual({ width: 1000, height: 701, maximized: false });
  });
});

describe('loadWindowStateFile', () => {
  it('gives the defaults when the file cannot be read', async () => {
    const file = await loadWindowStateFile(async () => {
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    });
    expect(file).toEqual({ layouts: {}, last: DEFAULT_WINDOW_STATE });
  });

  it('parses what it reads', async () => {
    expect((await loadWindowStateFile(async () => '{"width":900,"height":600,"maximized":false}')).last).toEqual({
      width: 900,
      height: 600,
      maximized: false,
    });
  });
});

describe('clampToWorkAreas', () => {
  it('keeps a window that fits where it was', () => {
    const state = { x: 100, y: 100, width: 1000, height: 700, maximized: false };
    expect(clampToWorkAreas(state, [laptop, monitorRight])).toEqual(state);
  });

  it('keeps a window on a secondary display', () => {
    const state = { x: 2000, y: 200, width: 1200, height: 800, maximized: true };
    expect(clampToWorkAreas(state, [laptop, monitorRight])).toEqual(state);
  });

  it('centres a window whose display is gone', () => {
    const state = { x: 2000, y: 200, width: 1200, height: 800, maximized: false };
    expect(clampToWorkAreas(state, [laptop])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('pulls a window that hangs off the edge fully back on', () => {
    const state = { x: 1300, y: -50, width: 1000, height: 700, maximized: false };
    expect(clampToWorkAreas(state, [laptop])).toEqual({ x: 440, y: 25, width: 1000, height: 700, maximized: false });
  });

  it('shrinks a window larger than its display', () => {
    const state = { x: 0, y: 25, width: 3000, height: 2000, maximized: false };
    expect(clampToWorkAreas(state, [laptop])).toEqual({ x: 0, y: 25, width: 1440, height: 875, maximized: false });
  });

  it('treats a sliver of visibility as off-screen', () => {
    const state = { x: 1400, y: 100, width: 800, height: 600, maximized: false };
    expect(clampToWorkAreas(state, [laptop])).toEqual({ width: 800, height: 600, maximized: false });
  });

  it('never goes below the minimum size when the display allows it', () => {
    const state = { width: 200, height: 100, maximized: false };
    expect(clampToWorkAreas(state, [laptop])).toEqual({ ...MIN_WINDOW_SIZE, maximized: false });
  });

  it('returns the state unchanged when there are no displays to measure', () => {
    const state = { x: 5, y: 5, width: 900, height: 600, maximized: false };
    expect(clampToWorkAreas(state, [])).toEqual(state);
  });
});

describe('captureWindowState', () => {
  it('remembers the restored bounds and the maximised flag', () => {
    const window = { getNormalBounds: () => ({ x: 1, y: 2, width: 3, height: 4 }), isMaximized: () => true };
    expect(captureWindowState(window)).toEqual({ x: 1, y: 2, width: 3, height: 4, maximized: true });
  });
});

describe('createStateSaver', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const state = (width: number) => ({ x: 0, y: 0, width, height: 600, maximized: false });

  it('writes once, with the last state, after the window settles', async () => {
    vi.useFakeTimers();
    const write = vi.fn(async (_text: string) => {});
    const saver = createStateSaver(write, { delayMs: 500 });
    saver.schedule(state(800));
    vi.advanceTimersByTime(300);
    saver.schedule(state(900));
    vi.advanceTimersByTime(300);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(write).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(vi.mocked(write).mock.calls[0]?.[0]))).toEqual(state(900));
  });

  it('writes immediately on flush and not again later', async () => {
    vi.useFakeTimers();
    const write = vi.fn(async (_text: string) => {});
    const saver = createStateSaver(write, { delayMs: 500 });
    saver.schedule(state(800));
    await saver.flush(state(1000));
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(vi.mocked(write).mock.calls[0]?.[0]))).toEqual(state(1000));
  });

  it('writes nothing when flushed with nothing pending, or after cancel', async () => {
    vi.useFakeTimers();
    const write = vi.fn(async (_text: string) => {});
    const saver = createStateSaver(write);
    await saver.flush();
    saver.schedule(state(800));
    saver.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).not.toHaveBeenCalled();
  });

  it('reports write errors instead of throwing', async () => {
    const onError = vi.fn();
    const saver = createStateSaver(
      async () => {
        throw new Error('disk full');
      },
      { onError },
    );
    await expect(saver.flush(state(800))).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
  });
});

describe('window state per arrangement of displays', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 900 };
  const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };
  const onMonitor = { x: 1600, y: 100, width: 1800, height: 1200, maximized: false };
  const onLaptop = { x: 40, y: 30, width: 1200, height: 800, maximized: true };

  it('keys an arrangement by its work areas, in any order', () => {
    expect(displayLayoutKey([laptop, monitor])).toBe(displayLayoutKey([monitor, laptop]));
    expect(displayLayoutKey([laptop])).not.toBe(displayLayoutKey([laptop, monitor]));
  });

  it('docked again, the window goes back where it was on the monitor; undocked, where it was on the laptop', () => {
    let file = parseWindowStateFile(null);
    file = rememberForLayout(file, displayLayoutKey([laptop, monitor]), onMonitor);
    file = rememberForLayout(file, displayLayoutKey([laptop]), onLaptop);
    const written = parseWindowStateFile(JSON.stringify(file));
    expect(stateForLayout(written, displayLayoutKey([monitor, laptop]))).toEqual(onMonitor);
    expect(stateForLayout(written, displayLayoutKey([laptop]))).toEqual(onLaptop);
    // An arrangement never seen: where it was last.
    expect(stateForLayout(written, displayLayoutKey([{ x: 0, y: 0, width: 3840, height: 2160 }]))).toEqual(onLaptop);
  });

  it('reads a file from before (one state) as the last state, and anything unreadable as the defaults', () => {
    const legacy = parseWindowStateFile('{"x":10,"y":20,"width":1000,"height":700,"maximized":true}');
    expect(legacy).toEqual({ layouts: {}, last: { x: 10, y: 20, width: 1000, height: 700, maximized: true } });
    expect(parseWindowStateFile('{"layouts":{"a":{"width":"wide"},"b":{"width":900,"height":600}},"last":{"width":800,"height":600}}')).toEqual({
      layouts: { b: { width: 900, height: 600, maximized: false } },
      last: { width: 800, height: 600, maximized: false },
    });
    expect(parseWindowStateFile('not json')).toEqual({ layouts: {}, last: DEFAULT_WINDOW_STATE });
  });

  it(`remembers at most ${MAX_REMEMBERED_LAYOUTS} arrangements, dropping the one used longest ago`, () => {
    let file = parseWindowStateFile(null);
    for (let index = 0; index <= MAX_REMEMBERED_LAYOUTS; index += 1) {
      file = rememberForLayout(file, `layout-${index}`, { width: 800 + index, height: 600, maximized: false });
    }
    file = rememberForLayout(file, 'layout-1', { width: 999, height: 600, maximized: false });
    expect(Object.keys(file.layouts)).toHaveLength(MAX_REMEMBERED_LAYOUTS);
    expect(file.layouts['layout-0']).toBeUndefined();
    expect(Object.keys(file.layouts).at(-1)).toBe('layout-1');
  });

  it('the saver writes what toText makes of the state', async () => {
    const write = vi.fn(async () => {});
    const saver = createStateSaver(write, { toText: (state) => `w=${state.width}` });
    await saver.flush({ width: 900, height: 600, maximized: false });
    expect(write).toHaveBeenCalledWith('w=900');
  });
});
