// Types for scripts/browser-app.mjs (plain JavaScript so `npm start` needs no build step).

export const APP_PORT: number;
export const WEB_PORT: number;
export const APP_WEB_OUT: string;

export interface FoundBrowser {
  path: string;
  name: string;
}

export function findBrowser(options?: { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv; home?: string; exists?: (path: string) => boolean }): FoundBrowser | null;
export function userDataFolder(options?: { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv; home?: string }): string;
export function appWindowArguments(url: string, options: { profile: string; isRoot?: boolean; env?: NodeJS.ProcessEnv }): string[];
export function noWindowMessage(reason: string): string;
export function buildWebApp(root: string): Promise<number>;
export function serveWebApp(root: string, port: number): Promise<{ close(): Promise<void> }>;
export function buildAndServe(root: string, port: number, options?: { portInUse?: string }): Promise<{ close(): Promise<void> } | null>;
