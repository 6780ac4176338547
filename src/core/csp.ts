/**
 * Glossa's Content Security Policy, defined once. Main sends it as a header with every
 * app:// response (src/main/app-protocol.ts); the build writes it into index.html's <meta>
 * tag (cspMetaPlugin, used by electron.vite.config.ts and vite.web.config.mts), so the web
 * build and `npm run web` are held to the same policy.
 */

const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
];

/** Directives a <meta> policy cannot carry: browsers ignore them there, with a console warning (CSP3, §3.3). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as main sends it in the Content-Security-Policy header. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/**
 * The same policy for index.html's <meta> tag: without the header-only directives, and on
 * the dev server with the websocket Vite's hot reload needs.
 */
export function metaContentSecurityPolicy(options: { devServer: boolean }): string {
  return DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${name === 'connect-src' && options.devServer ? `${value} ws://localhost:*` : value}`)
    .join('; ');
}

/** Where index.html wants its policy. */
export const CSP_PLACEHOLDER = '<!-- glossa:content-security-policy -->';

/**
 * A Vite plugin (typed structurally, so core needs no Vite types) that puts the policy in
 * place of CSP_PLACEHOLDER. A page without the placeholder fails the build rather than
 * shipping without a policy.
 */
export function cspMetaPlugin() {
  return {
    name: 'glossa-content-security-policy',
    transformIndexHtml: {
      order: 'pre' as const,
      handler(html: string, context: { server?: unknown }): string {
        if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`index.html has no ${CSP_PLACEHOLDER}: the Content-Security-Policy would be missing.`);
        const policy = metaContentSecurityPolicy({ devServer: context.server !== undefined });
        return html.replace(CSP_PLACEHOLDER, `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
  };
}
