// Types for scripts/electron-binary.mjs (plain JavaScript so `npm start` needs no build step).

export const DOWNLOAD_TIMEOUT_MS: number;

export type BinaryLookup = { found: true; path: string } | { found: false; path: string; reason: string };
export type DownloadResult = { ok: true } | { ok: false; reason: string };

export interface LookupOptions {
  root?: string;
  platform?: NodeJS.Platform | 'mas';
  env?: NodeJS.ProcessEnv;
}

export function platformExecutable(platform?: NodeJS.Platform | 'mas'): string | null;
export function electronPackageDir(root: string): string;
export function findElectronBinary(options?: LookupOptions): BinaryLookup;
export function shortReason(output: string): string;
export function downloadElectron(options?: { root?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv }): Promise<DownloadResult>;
export function distUnavailableMessage(reason: string): string;
export function builderDownloadMessage(output: string): string | null;
