/**
 * What every journey does around its steps: one browser per file, pages opened in their own
 * contexts (closed after each test, which fails on any uncaught client error), screenshots of every
 * open page when a step fails; logging in as a demo person; waiting for the page to settle; the
 * language menu; a date-time input's value in Europe/Paris.
 */
import { get } from 'node:http';
import { Browser, Locator, Page, Response } from 'playwright-core';
import { E2ePage, expectConsoleErrors, launchBrowser, openPage, screenshot } from './browser';
import { startServer, stopServer } from './server';

/** Every demo account's password (apps/api/src/demo/demo-data.ts). */
export const DEMO_PASSWORD = 'vitrines-vitre-2026';

export interface Journeys {
  /** A fresh page in its own context (its own cookies), at a phone's size when asked. */
  newPage(phone?: boolean): Promise<Page>;
  /** Runs a journey's steps; on failure, a screenshot of each open page (failed-<name>-<i>). */
  journey(name: string, body: () => Promise<void>): Promise<void>;
}

/**
 * Registers the set-up and tear-down for the calling test file: its own API (own database, demo
 * association, test clock) started while the browser launches, both stopped after the file.
 */
export function browserJourneys(name: string): Journeys {
  let browser: Browser;
  let opened: E2ePage[] = [];
  beforeAll(async () => {
    [, browser] = await Promise.all([startServer(name), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stopServer();
  });
  afterEach(async () => {
    const errors = opened.flatMap((e) => e.clientErrors);
    for (const e of opened) await e.context.close();
    opened = [];
    expect(errors).toEqual([]);
  });
  return {
    async newPage(phone = false) {
      const e2e = await openPage(browser);
      if (phone) await e2e.page.setViewportSize({ width: 375, height: 800 });
      opened.push(e2e);
      return e2e.page;
    },
    async journey(name, body) {
      try {
        await body();
      } catch (error) {
        for (const [i, e] of opened.entries()) {
          if (!e.page.isClosed()) await screenshot(e.page, `failed-${name}-${i}`).catch(() => undefined);
        }
        throw error;
      }
    },
  };
}

/** Waits for the page's loading bar and its lists' loading placeholders to go. */
export async function settled(page: Page): Promise<void> {
  await page.locator('mat-progress-bar[mode="indeterminate"]').first().waitFor({ state: 'detached' });
  await page.locator('[data-testid="list-placeholder"]').first().waitFor({ state: 'detached' });
}

/**
 * Waits until a Material dialog is ready for a person's hands and eyes, and returns it: shown, its focus
 * placed and its opening animation over. MatDialog moves the focus into the dialog (its cdkFocusInitial
 * field, else its first one, else itself) only when its opening animation's time is up, 150 ms after it
 * opens and later on a busy machine: text filled before that can land in another field (CI, 6 December:
 * the calendar's "Lieu" went to the end of the title), and axe would measure the fading colours. Both are
 * awaited: the focus comes on a timer and the animation starts a frame after it, so either can come last.
 * Call it after the click that opens the dialog and before filling, clicking or auditing anything in it.
 */
export async function dialogReady(dialog: Locator): Promise<Locator> {
  await dialog.waitFor();
  const element = await dialog.elementHandle();
  try {
    await dialog.page().waitForFunction((el) => {
      // The transitions of the dialog and of its backdrop (endless ones, such as a spinner, never end).
      const overlays = el.closest('.cdk-overlay-container') ?? el;
      const moving = overlays
        .getAnimations({ subtree: true })
        .some((a) => a.playState !== 'finished' && a.effect?.getComputedTiming().endTime !== Infinity);
      return el.contains(document.activeElement) && !moving;
    }, element);
  } finally {
    await element.dispose();
  }
  return dialog;
}

/**
 * Logs a demo person in and waits for the feed, in French: the language is kept on the account, and
 * another journey (in any order) may have left that person in English.
 */
export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('heading', { name: 'Connexion', level: 1 }).waitFor();
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  const feed = page.getByRole('heading', { name: /^(Fil d'actualité|News feed)$/, level: 1 });
  await feed.waitFor();
  if ((await feed.innerText()).trim() === 'News feed') await chooseLanguage(page, 'Choose the language', 'Français');
  await page.getByRole('heading', { name: "Fil d'actualité", level: 1 }).waitFor();
}

/** Switches the interface language from the toolbar's menu. */
export async function chooseLanguage(
  page: Page,
  current: 'Choisir la langue' | 'Choose the language',
  language: 'English' | 'Français',
): Promise<void> {
  await page.getByRole('button', { name: current }).click();
  await page.getByRole('menuitemradio', { name: language }).click();
  await page.getByRole('menu').waitFor({ state: 'detached' });
}

/** A date-time input's value ("2026-11-22T18:05") for an instant, in Europe/Paris. */
export function parisLocal(instant: number): string {
  const text = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
  return text.replace(' ', 'T');
}

/** The instant of a wall-clock time in Europe/Paris ("2026-12-05T09:00"). */
export function parisInstant(local: string): number {
  const asUtc = Date.parse(`${local}:00Z`);
  const shown = Date.parse(`${parisLocal(asUtc)}:00Z`);
  return asUtc - (shown - asUtc);
}

/** Waits (Playwright's auto-waiting) until the locator matches at least `min` elements; returns the count. */
export async function atLeast(locator: Locator, min: number): Promise<number> {
  await locator.nth(min - 1).waitFor();
  return locator.count();
}

/** Waits until the locator matches exactly `expected` elements: the last one there, the next one gone. */
export async function exactly(locator: Locator, expected: number): Promise<number> {
  if (expected > 0) await locator.nth(expected - 1).waitFor();
  await locator.nth(expected).waitFor({ state: 'detached' });
  return locator.count();
}

/** Waits until the element reads exactly `text` (any run of spaces counts as one); fails with what it read. */
export async function readsExactly(locator: Locator, text: string): Promise<void> {
  const words = text
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  try {
    await locator.filter({ hasText: new RegExp(`^\\s*${words.join('\\s+')}\\s*$`) }).waitFor();
  } catch (error) {
    expect((await locator.innerText()).replace(/\s+/g, ' ').trim()).toBe(text);
    throw error;
  }
}

/**
 * The JavaScript a page loads (issue 13: at most 80 kB gzip for the public pages a shopper opens from
 * a link): call before `goto`, then `gzipBytes()` sums, for every script the browser fetched, the
 * bytes the server sends when asked for gzip (the precompressed file or the file itself).
 */
export function watchScripts(page: Page): { gzipBytes(): Promise<{ total: number; files: Record<string, number> }> } {
  const urls = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.add(request.url());
  });
  const sentGzip = (url: string) =>
    new Promise<number>((done, fail) => {
      get(url, { agent: false, headers: { 'accept-encoding': 'gzip' } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => done(bytes));
        res.on('error', fail);
      }).on('error', fail);
    });
  return {
    async gzipBytes() {
      const files: Record<string, number> = {};
      for (const url of urls) files[new URL(url).pathname] = await sentGzip(url);
      return { total: Object.values(files).reduce((sum, n) => sum + n, 0), files };
    },
  };
}

/**
 * Runs `step`, in which a server-rendered public form is refused on purpose: its page comes back with the
 * fields' errors and a 4xx (`status`, 400 unless told). Chromium logs every such answer as a console error
 * ("Failed to load resource: the server responded with a status of 400 (Bad Request)"), which fails a test.
 * Here, and only during the step, that line is accepted when it is about a POST answered with that status (a
 * form's document, or the page script's fetch of an enhanced form); the step must have had at least one such
 * answer, each logged line must be one of them, and any other console error still fails the test.
 */
export async function expectFormRefusal(page: Page, step: () => Promise<void>, status = 400): Promise<void> {
  const refused: string[] = [];
  const logged: string[] = [];
  let wake = () => undefined as void;
  const onResponse = (response: Response) => {
    const request = response.request();
    if (
      response.status() === status &&
      request.method() === 'POST' &&
      ['document', 'fetch'].includes(request.resourceType())
    ) {
      refused.push(response.url());
      wake();
    }
  };
  const line = new RegExp(`^Failed to load resource: the server responded with a status of ${status}\\b`);
  page.on('response', onResponse);
  const release = expectConsoleErrors(page, (message) => {
    if (!line.test(message.text())) return false;
    logged.push(message.location().url);
    wake();
    return true;
  });
  try {
    await step();
    // The answer and its log line come with the answer: at most a moment after what the step waited for.
    const deadline = Date.now() + 5_000;
    while ((refused.length === 0 || logged.length < refused.length) && Date.now() < deadline) {
      await new Promise<void>((done) => {
        const timer = setTimeout(done, deadline - Date.now());
        wake = () => {
          clearTimeout(timer);
          done();
        };
      });
    }
  } finally {
    page.off('response', onResponse);
    release();
  }
  expect({ refused: refused.length > 0, otherLines: logged.filter((url) => !refused.includes(url)) }).toEqual({
    refused: true,
    otherLines: [],
  });
}
