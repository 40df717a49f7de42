/**
 * The browser the journeys drive (playwright-core, no downloaded browser: CHROMIUM_PATH, else the
 * machine's Chromium or Chrome, else the one the @sparticuz/chromium npm package ships; see
 * tools/browser/find-chromium.cjs and docs/adr/0011-packaged-browser.md), and the page helpers the
 * journeys share: French by default, a fixed viewport, and every uncaught client error recorded.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the workspace's one browser finder, shared with the preflight (tools/)
import { launchChromium } from '../../../../tools/browser/find-chromium.cjs';
import { SCREENSHOT_DIR } from './server';

export async function launchBrowser(): Promise<Browser> {
  return (await launchChromium()).browser;
}

export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('E2E_BASE_URL is not set: the jest global setup did not start the API.');
  return url;
}

export interface E2ePage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors seen so far in this page. */
  clientErrors: string[];
}

/**
 * Console errors a step declared expected (journey.ts's `expectFormRefusal`), per page: a console error one of
 * them claims is handed to it instead of being recorded; each claims only what it was made for.
 */
const expectedErrors = new WeakMap<Page, Set<(message: ConsoleMessage) => boolean>>();

/** While `claim` is registered (until the returned function is called), it may take the page's console errors. */
export function expectConsoleErrors(page: Page, claim: (message: ConsoleMessage) => boolean): () => void {
  const claims = expectedErrors.get(page) ?? new Set();
  expectedErrors.set(page, claims);
  claims.add(claim);
  return () => claims.delete(claim);
}

/** A fresh context (no cookies, no stored language) with one page, in French. */
export async function openPage(browser: Browser): Promise<E2ePage> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const clientErrors: string[] = [];
  page.on('pageerror', (error) => clientErrors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    for (const claim of expectedErrors.get(page) ?? []) if (claim(message)) return;
    clientErrors.push(`console.error: ${message.text()}`);
  });
  return { context, page, clientErrors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
