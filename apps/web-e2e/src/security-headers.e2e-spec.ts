/**
 * The built app under its security headers (issue 14, finding 11): the pages a person opens first
 * (the app shell at `/` and `/login`, a cashmob's public page with its link preview) carry the strict
 * CSP (own scripts only, no inline script or handler), no framing, nosniff and no X-Powered-By; only
 * the widget's iframe page may be framed anywhere. In the browser, the app renders with its styles
 * under that CSP and no page reports a CSP violation (each page listens for
 * `securitypolicyviolation`; the journey fails on any console error as well).
 */
import { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseUrl } from './support/browser';
import { browserJourneys, logIn, settled } from './support/journey';
import { WORKSPACE_ROOT } from './support/server';

const { newPage, journey } = browserJourneys('security-headers');
const CLAIRE = 'claire.martin@vitrines-vitre.fr';

/** The directives of a Content-Security-Policy header, by name. */
function directives(csp: string | null): Record<string, string> {
  return Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1).join(' ')]),
  );
}

/** Reports every CSP violation of the page and its frames as a console error (which fails the journey). */
async function reportViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => {
      const text = `CSP violation: ${event.violatedDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`;
      console.error(text);
      (window as unknown as { __cspViolation?: (t: string) => void }).__cspViolation?.(text);
    }),
  );
  return violations;
}

/** Whether the page's stylesheet was applied (Material's theme sets the body's font). */
async function styled(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      Array.from(document.styleSheets).some((sheet) => sheet.href && sheet.cssRules.length > 0) &&
      getComputedStyle(document.body).fontFamily.includes('system-ui'),
  );
}

describe('security headers and the CSP in the browser', () => {
  it('sends the strict headers on the app’s pages and leaves only the widget’s iframe page embeddable', async () => {
    const html = await fetch(`${baseUrl()}/login`);
    const body = await html.text();
    const pages = ['/', '/login'];
    const responses = [html, await fetch(`${baseUrl()}/`)];
    for (const [i, response] of responses.entries()) {
      expect([pages[i], response.status]).toEqual([pages[i], 200]);
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp['script-src']).toBe("'self'");
      expect(csp['script-src-attr']).toBe("'none'");
      expect(csp['frame-ancestors']).toBe("'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
    // The build puts no inline script or handler in the page (critical CSS inlining is off).
    expect(body).not.toMatch(/\son[a-z]+=/i);
    expect(body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(readFileSync(join(WORKSPACE_ROOT, 'dist/apps/web/browser/index.html'), 'utf8')).toContain(
      'rel="stylesheet"',
    );
  });

  it('renders the app with its styles and no CSP violation: log-in, feed, widgets and their preview, a cashmob page, the embed page', () =>
    journey('security-headers', async () => {
      const claire = await newPage();
      const violations = await reportViolations(claire);
      await claire.goto('/login');
      expect(await styled(claire)).toBe(true);
      await logIn(claire, CLAIRE);
      await settled(claire);

      // The widgets: the list, then the demo widget's preview (a srcdoc frame running widget.js).
      await claire.getByRole('link', { name: 'Widgets blog' }).first().click();
      await claire.getByRole('heading', { name: 'Widgets blog', level: 1 }).waitFor();
      await settled(claire);
      await claire.getByRole('link', { name: /Blog « Vivre à Vitré »/ }).click();
      await claire.waitForURL(/\/widgets\/[0-9a-f-]{36}$/);
      await settled(claire);
      const widgetId = new URL(claire.url()).pathname.split('/').pop() as string;
      await claire.frameLocator('[data-testid="preview"]').getByText('Prochains cashmobs').waitFor();

      // A published cashmob's public page (served with its Open Graph tags by the API).
      const data = await fetch(`${baseUrl()}/api/public/widgets/${widgetId}`);
      expect(data.status).toBe(200);
      const feed = (await data.json()) as {
        sections: { items: { url: string | null }[] }[];
      };
      const urls = feed.sections.flatMap((s) => s.items.map((i) => i.url ?? ''));
      const cashmobUrl = new URL(urls.find((u) => u.includes('/c/')) as string);
      expect(cashmobUrl.pathname).toMatch(/^\/c\/[\w-]+$/);
      const cashmobPage = await fetch(`${baseUrl()}${cashmobUrl.pathname}`);
      expect(cashmobPage.status).toBe(200);
      expect(await cashmobPage.text()).toContain('og:title');
      expect(directives(cashmobPage.headers.get('content-security-policy'))['frame-ancestors']).toBe("'none'");
      expect(cashmobPage.headers.get('x-frame-options')).toBe('DENY');
      expect(cashmobPage.headers.get('x-powered-by')).toBeNull();
      await claire.goto(cashmobUrl.pathname);
      await claire.getByRole('heading', { level: 1 }).first().waitFor();
      await settled(claire);
      expect(await styled(claire)).toBe(true);

      // A shop's public page (server-rendered by the API; the widget's products link there): the same
      // strict headers, its style sheet and script from 'self', nothing refused by the CSP.
      const shopPath = new URL(urls.find((u) => u.includes('/b/')) as string).pathname;
      const shopPage = await fetch(`${baseUrl()}${shopPath}`);
      expect([shopPath, shopPage.status]).toEqual([expect.stringMatching(/^\/b\/[0-9a-f-]{36}$/), 200]);
      expect(directives(shopPage.headers.get('content-security-policy'))['frame-ancestors']).toBe("'none'");
      expect(directives(shopPage.headers.get('content-security-policy'))['script-src']).toBe("'self'");
      expect(shopPage.headers.get('x-frame-options')).toBe('DENY');
      await claire.goto(shopPath);
      await claire.getByRole('heading', { level: 1 }).first().waitFor();
      await claire.waitForLoadState('load');
      expect(await styled(claire)).toBe(true);

      // The widget's iframe page: framable anywhere, its own CSP, the script draws the widget.
      const embed = await fetch(`${baseUrl()}/embed/widgets/${widgetId}`);
      expect(embed.status).toBe(200);
      expect(directives(embed.headers.get('content-security-policy'))['frame-ancestors']).toBeUndefined();
      expect(embed.headers.get('x-frame-options')).toBeNull();
      await claire.goto(`/embed/widgets/${widgetId}`);
      await claire.getByText('Prochains cashmobs').waitFor();

      expect(violations).toEqual([]);
    }));
});
