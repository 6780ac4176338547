import { test, expect } from '@playwright/test';
import { metaContentSecurityPolicy } from '../../src/core/csp';
import { openGlossa } from './fixtures';

// The built app is held to the policy main sends as a header (core/csp.ts): the same
// definition, enforced by the browser.
test('the built app carries Glossa’s Content-Security-Policy, and an injected inline script does not run', async ({ page }) => {
  await openGlossa(page);
  const policies = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
  expect(policies).toEqual([metaContentSecurityPolicy({ devServer: false })]);

  // What an injected note or imported file would try if it ever reached the DOM as markup:
  // an inline script. The browser refuses it and reports the directive. (eval cannot be
  // tried from here: code evaluated by the test driver is exempt from the page's policy.)
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true }));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    const directive = await violation;
    return { ran: (window as unknown as { __injected?: boolean }).__injected === true, directive };
  });
  expect(outcome).toEqual({ ran: false, directive: 'script-src-elem' });
});
