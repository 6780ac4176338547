// Main process: files Glossa is asked to open from outside its window — on the command line,
// by the file manager's "Open with", from the OS's recent-documents list, or handed to the
// running instance by a second launch — and the queue that holds them until the renderer listens.
import { extname, isAbsolute, resolve } from 'node:path';
import type { OpenRequest } from '@core/host';

/**
 * What Glossa opens from outside: documents, bilingual files and glossaries. The packaged
 * app's file associations (package.json "build") name the same extensions.
 */
export const OPENABLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'xlf', 'xliff', 'sdlxliff', 'tmx', 'tbx'] as const;

const openable = new Set<string>(OPENABLE_EXTENSIONS);

/** Whether a path names a file Glossa opens (by its extension; the content decides the format later). */
export function isOpenablePath(path: string): boolean {
  return openable.has(extname(path).slice(1).toLowerCase());
}

/**
 * The files to open in a launch's arguments, as absolute paths. The first argument is the
 * executable; in development the second is the app's folder (`electron .`), which no extension
 * matches. Switches (`--flag`, and Chromium's own, which a second instance's argv holds) and
 * everything after a `--` are not files Glossa was asked to open.
 */
export function openablePaths(argv: readonly string[], workingDirectory: string): string[] {
  const paths: string[] = [];
  for (const argument of argv.slice(1)) {
    if (argument === '--') break;
    if (argument.startsWith('-') || !isOpenablePath(argument)) continue;
    // A file manager may hand over a file:// URL on Linux.
    const path = argument.startsWith('file://') ? decodeURIComponent(new URL(argument).pathname) : argument;
    const absolute = isAbsolute(path) ? path : resolve(workingDirectory, path);
    if (!paths.includes(absolute)) paths.push(absolute);
  }
  return paths;
}

export interface OpenQueue {
  /** Send now to the listening renderer, or hold until one listens. */
  add(request: OpenRequest): void;
  /** The renderer of these webContents listens: it gets what was held, and what comes later. */
  take(contentsId: number): OpenRequest[];
  /** These webContents stopped listening (reloaded, crashed, closed): hold again. */
  detach(contentsId: number): void;
}

export function createOpenQueue(send: (contentsId: number, request: OpenRequest) => void): OpenQueue {
  const held: OpenRequest[] = [];
  let listening: number | null = null;
  return {
    add(request) {
      if (listening === null) held.push(request);
      else send(listening, request);
    },
    take(contentsId) {
      listening = contentsId;
      return held.splice(0);
    },
    detach(contentsId) {
      if (listening === contentsId) listening = null;
    },
  };
}
