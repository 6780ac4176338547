// Main process: remember where the window was (position, size, maximised) between runs.
//
// Stored as JSON in the user-data folder. A missing or corrupt file gives the defaults,
// and remembered bounds are moved back onto a display that still exists, so a window
// last seen on an unplugged monitor does not open off-screen.
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface WindowState {
  /** Absent: let the OS centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;

const coordinate = z.number().finite().min(-100_000).max(100_000);
const size = z.number().finite().min(1).max(100_000);
const WindowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: size,
  height: size,
  maximized: z.boolean().default(false),
});

/** Parse the stored JSON; anything unreadable yields the defaults. */
export function parseWindowState(text: string | null | undefined): WindowState {
  return windowStateOf(parseJson(text)) ?? { ...DEFAULT_WINDOW_STATE };
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A stored state, already parsed from JSON; undefined when it is not one. */
function windowStateOf(json: unknown): WindowState | undefined {
  const result = WindowStateSchema.safeParse(json);
  if (!result.success) return undefined;
  const { x, y, width, height, maximized } = result.data;
  // A position needs both coordinates; half a position is no position.
  const position = x !== undefined && y !== undefined ? { x: Math.round(x), y: Math.round(y) } : {};
  return { ...position, width: Math.round(width), height: Math.round(height), maximized };
}

/**
 * The window's place for each arrangement of displays it has been used with (a laptop alone,
 * the same laptop docked beside a monitor), as a desk worker expects: undocking and docking
 * again puts the window back where it was on the monitor. `last` is for an arrangement not
 * seen before. Files written before this (one WindowState) are read as `last`.
 */
export interface WindowStateFile {
  layouts: Record<string, WindowState>;
  last: WindowState;
}

/** At most this many arrangements are remembered; the one used longest ago goes first. */
export const MAX_REMEMBERED_LAYOUTS = 8;

/** One arrangement of displays: their work areas, in any order, as a key. */
export function displayLayoutKey(workAreas: readonly Rectangle[]): string {
  return workAreas
    .map((area) => [area.x, area.y, area.width, area.height].map((value) => Math.round(value)).join(','))
    .sort()
    .join(' ');
}

export function parseWindowStateFile(text: string | null | undefined): WindowStateFile {
  const json = parseJson(text);
  if (json && typeof json === 'object' && 'layouts' in json && 'last' in json) {
    const { layouts, last } = json as { layouts: unknown; last: unknown };
    const remembered: Record<string, WindowState> = {};
    if (layouts && typeof layouts === 'object') {
      for (const [key, value] of Object.entries(layouts)) {
        const state = windowStateOf(value);
        if (state) remembered[key] = state;
      }
    }
    return { layouts: remembered, last: windowStateOf(last) ?? { ...DEFAULT_WINDOW_STATE } };
  }
  return { layouts: {}, last: windowStateOf(json) ?? { ...DEFAULT_WINDOW_STATE } };
}

export async function loadWindowStateFile(readText: () => Promise<string>): Promise<WindowStateFile> {
  try {
    return parseWindowStateFile(await readText());
  } catch {
    return { layouts: {}, last: { ...DEFAULT_WINDOW_STATE } };
  }
}

/** Where the window goes with these displays: where it was with them, else where it was last. */
export function stateForLayout(file: WindowStateFile, key: string): WindowState {
  return { ...(file.layouts[key] ?? file.last) };
}

/** The file with `state` remembered for this arrangement (and as the last), the newest last. */
export function rememberForLayout(file: WindowStateFile, key: string, state: WindowState): WindowStateFile {
  const layouts = Object.entries(file.layouts).filter(([other]) => other !== key);
  layouts.push([key, state]);
  return { layouts: Object.fromEntries(layouts.slice(-MAX_REMEMBERED_LAYOUTS)), last: state };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), Math.max(min, max));

/** Enough of the window to grab and drag back: a 100 × 50 px patch on some display. */
const MIN_VISIBLE = { width: 100, height: 50 };

/**
 * Fit remembered bounds onto the displays that exist now (work areas, primary first).
 * A window that still shows enough on a display is moved fully inside it; one that
 * does not is centred on the primary display by dropping its position.
 */
export function clampToWorkAreas(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return { ...state };
  const fitSize = (area: Rectangle) => ({
    width: clamp(state.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width),
    height: clamp(state.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height),
  });
  if (state.x === undefined || state.y === undefined) {
    return { ...fitSize(primary), maximized: state.maximized };
  }
  const bounds: Rectangle = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: { area: Rectangle; visible: number } | null = null;
  for (const area of workAreas) {
    const shared = overlap(bounds, area);
    if (shared.width < MIN_VISIBLE.width || shared.height < MIN_VISIBLE.height) continue;
    const visible = shared.width * shared.height;
    if (!best || visible > best.visible) best = { area, visible };
  }
  if (!best) return { ...fitSize(primary), maximized: state.maximized };
  const { area } = best;
  const { width, height } = fitSize(area);
  return {
    x: clamp(state.x, area.x, area.x + area.width - width),
    y: clamp(state.y, area.y, area.y + area.height - height),
    width,
    height,
    maximized: state.maximized,
  };
}

/** What to remember of a window: its restored (not maximised) bounds and whether it is maximised. */
export function captureWindowState(window: { getNormalBounds(): Rectangle; isMaximized(): boolean }): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, maximized: window.isMaximized() };
}

interface StateSaver {
  /** Save this state after the window has been still for a moment. */
  schedule(state: WindowState): void;
  /** Save now (on close); resolves when written. */
  flush(state?: WindowState): Promise<void>;
  cancel(): void;
}

/**
 * Moving or resizing fires dozens of events a second; write once it settles.
 * Write errors are reported, never thrown: losing the window position is not worth a crash.
 */
export function createStateSaver(
  write: (text: string) => Promise<void>,
  options: { delayMs?: number; onError?: (error: unknown) => void; toText?: (state: WindowState) => string } = {},
): StateSaver {
  const toText = options.toText ?? ((state: WindowState) => JSON.stringify(state));
  const delayMs = options.delayMs ?? 500;
  let pending: WindowState | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const save = async (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const state = pending;
    pending = null;
    if (!state) return;
    try {
      await write(toText(state));
    } catch (error) {
      options.onError?.(error);
    }
  };

  return {
    schedule(state) {
      pending = state;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void save(), delayMs);
    },
    flush(state) {
      if (state) pending = state;
      return save();
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
