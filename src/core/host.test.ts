import { describe, expect, it } from 'vitest';
import { browserRuntime, electronRuntime } from './host';

describe('what Glossa runs on, for About', () => {
  it('names Electron, Chromium and Node.js from process.versions, leaving out what is missing', () => {
    expect(electronRuntime({ electron: '45.4.1', chrome: '142.0.7444.52', node: '22.20.0' })).toEqual([
      { name: 'Electron', version: '45.4.1' },
      { name: 'Chromium', version: '142.0.7444.52' },
      { name: 'Node.js', version: '22.20.0' },
    ]);
    expect(electronRuntime({ node: '20.19.0' })).toEqual([{ name: 'Node.js', version: '20.19.0' }]);
  });

  it('names the browser from its user agent: Edge and Chromium before the Chrome they also claim', () => {
    const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';
    expect(browserRuntime(chrome)).toEqual([{ name: 'Chrome', version: '142.0.0.0' }]);
    expect(browserRuntime(`${chrome} Edg/142.0.3595.53`)).toEqual([{ name: 'Microsoft Edge', version: '142.0.3595.53' }]);
    expect(browserRuntime('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toEqual([{ name: 'Firefox', version: '140.0' }]);
    expect(browserRuntime('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15')).toEqual([{ name: 'Safari', version: '17.5' }]);
    expect(browserRuntime(chrome.replace('Chrome/', 'HeadlessChrome/'))).toEqual([{ name: 'Chrome', version: '142.0.0.0' }]);
    expect(browserRuntime('curl/8.0')).toEqual([]);
  });
});
