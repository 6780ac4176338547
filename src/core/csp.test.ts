import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_PLACEHOLDER, cspMetaPlugin, metaContentSecurityPolicy } from './csp';

const INDEX_HTML = readFileSync(resolve(__dirname, '../renderer/index.html'), 'utf8');

/** A policy as a map of directive → sources, to compare policies written in any order. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...sources] = part.split(/\s+/);
        return [name!, sources.join(' ')];
      }),
  );
}

function built(html: string, devServer: boolean): string {
  return cspMetaPlugin().transformIndexHtml.handler(html, devServer ? { server: {} } : {});
}

function metaPolicyOf(html: string): string[] {
  return [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)].map((match) => match[1]!);
}

describe('one Content-Security-Policy for the header and the meta tag', () => {
  it('index.html has no policy of its own, only the place for the built one', () => {
    expect(INDEX_HTML).toContain(CSP_PLACEHOLDER);
    expect(INDEX_HTML).not.toMatch(/http-equiv=["']?Content-Security-Policy/i);
  });

  it('the built page carries the header’s policy, directive for directive, less what a meta tag cannot hold', () => {
    const [meta, ...more] = metaPolicyOf(built(INDEX_HTML, false));
    expect(more).toEqual([]);
    const header = directives(CONTENT_SECURITY_POLICY);
    const page = directives(meta!);
    header.delete('frame-ancestors');
    expect(page).toEqual(header);
    expect(directives(CONTENT_SECURITY_POLICY).get('script-src')).toBe("'self'");
    expect(directives(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toBe("'none'");
  });

  it('the policy comes before any script, so it governs them all', () => {
    const html = built(INDEX_HTML, false);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('on the dev server only, connect-src also allows the hot-reload websocket', () => {
    const [dev] = metaPolicyOf(built(INDEX_HTML, true));
    expect(directives(dev!).get('connect-src')).toBe("'self' ws://localhost:*");
    expect(metaContentSecurityPolicy({ devServer: false })).not.toContain('ws:');
    expect(CONTENT_SECURITY_POLICY).not.toContain('ws:');
  });

  it('a page without the placeholder fails the build instead of shipping without a policy', () => {
    expect(() => built('<html><head></head><body></body></html>', false)).toThrow(/Content-Security-Policy would be missing/);
  });
});
