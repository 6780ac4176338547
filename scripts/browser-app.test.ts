import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appWindowArguments, findBrowser, noWindowMessage, userDataFolder } from './browser-app.mjs';

const installed = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findBrowser', () => {
  it('takes the first Chromium-family browser on PATH, Chromium before Chrome, Edge and Brave', () => {
    const env = { PATH: ['/usr/local/bin', '/usr/bin'].join(':') };
    expect(findBrowser({ platform: 'linux', env, exists: installed('/usr/bin/google-chrome', '/usr/bin/chromium') })).toEqual({ path: '/usr/bin/chromium', name: 'Chromium' });
    expect(findBrowser({ platform: 'linux', env, exists: installed('/usr/local/bin/microsoft-edge') })).toEqual({ path: '/usr/local/bin/microsoft-edge', name: 'Microsoft Edge' });
    expect(findBrowser({ platform: 'linux', env, exists: installed('/usr/bin/brave-browser') })?.name).toBe('Brave');
    expect(findBrowser({ platform: 'linux', env, exists: installed() })).toBeNull();
    expect(findBrowser({ platform: 'linux', env: {}, exists: installed('/usr/bin/chromium') })).toBeNull();
  });

  it('looks in the Applications folders on macOS and the Program Files folders on Windows', () => {
    expect(findBrowser({ platform: 'darwin', env: {}, home: '/Users/lin', exists: installed('/Users/lin/Applications/Brave Browser.app/Contents/MacOS/Brave Browser') })).toEqual({
      path: '/Users/lin/Applications/Brave Browser.app/Contents/MacOS/Brave Browser',
      name: 'Brave',
    });
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    expect(findBrowser({ platform: 'win32', env, exists: installed('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe') })?.name).toBe('Microsoft Edge');
  });

  it('uses GLOSSA_BROWSER when it names a file that exists, and nothing else then', () => {
    expect(findBrowser({ platform: 'linux', env: { GLOSSA_BROWSER: '/opt/chrome/chrome', PATH: '/usr/bin' }, exists: installed('/opt/chrome/chrome', '/usr/bin/chromium') })?.path).toBe('/opt/chrome/chrome');
    expect(findBrowser({ platform: 'linux', env: { GLOSSA_BROWSER: '/nope', PATH: '/usr/bin' }, exists: installed('/usr/bin/chromium') })).toBeNull();
  });
});

describe('the app window', () => {
  it('keeps its profile in the user-data folder the desktop app uses', () => {
    expect(userDataFolder({ platform: 'linux', env: {}, home: '/home/lin' })).toBe(join('/home/lin', '.config', 'Glossa'));
    expect(userDataFolder({ platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/lin' })).toBe(join('/cfg', 'Glossa'));
    expect(userDataFolder({ platform: 'darwin', env: {}, home: '/Users/lin' })).toBe(join('/Users/lin', 'Library', 'Application Support', 'Glossa'));
    expect(userDataFolder({ platform: 'win32', env: { APPDATA: 'C:\\Users\\lin\\AppData\\Roaming' }, home: 'C:\\Users\\lin' })).toBe(join('C:\\Users\\lin\\AppData\\Roaming', 'Glossa'));
  });

  it('opens the address as an app with its own profile; no sandbox only as root', () => {
    const args = appWindowArguments('http://127.0.0.1:47913/', { profile: '/p', isRoot: false, env: {} });
    expect(args).toEqual(['--app=http://127.0.0.1:47913/', '--user-data-dir=/p', '--no-first-run', '--no-default-browser-check']);
    expect(appWindowArguments('http://127.0.0.1:47913/', { profile: '/p', isRoot: true, env: { GLOSSA_BROWSER_ARGS: '--headless=new  --x' } }).slice(4)).toEqual(['--no-sandbox', '--headless=new', '--x']);
  });

  it('says in one message what to install when there is no window to open', () => {
    const message = noWindowMessage('fetch failed');
    expect(message).toContain('(fetch failed)');
    expect(message).toContain('Chromium, Google Chrome, Microsoft Edge or Brave');
    expect(message).toContain('apt install chromium');
  });
});
