/**
 * What every journey does around its steps: one browser per file, pages opened in their own
 * contexts (closed after each test, which fails on any uncaught client error), screenshots of every
 * open page when a step fails; logging in as a demo person; waiting for the page to settle; the
 * language menu; a date-time input's value in Europe/Paris.
 */
import { Browser, Page } from 'playwright-core';
import { E2ePage, launchBrowser, openPage, screenshot } from './browser';

/** Every demo account's password (apps/api/src/demo/demo-data.ts). */
export const DEMO_PASSWORD = 'vitrines-vitre-2026';

export interface Journeys {
  /** A fresh page in its own context (its own cookies), at a phone's size when asked. */
  newPage(phone?: boolean): Promise<Page>;
  /** Runs a journey's steps; on failure, a screenshot of each open page (failed-<name>-<i>). */
  journey(name: string, body: () => Promise<void>): Promise<void>;
}

/** Registers the browser's set-up and tear-down for the calling test file. */
export function browserJourneys(): Journeys {
  let browser: Browser;
  let opened: E2ePage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
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

/** Waits for the page's loading bar to go. */
export async function settled(page: Page): Promise<void> {
  await page.locator('mat-progress-bar[mode="indeterminate"]').first().waitFor({ state: 'detached' });
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
export async function chooseLanguage(page: Page, current: 'Choisir la langue' | 'Choose the language', language: 'English' | 'Français'): Promise<void> {
  await page.getByRole('button', { name: current }).click();
  await page.getByRole('menuitemradio', { name: language }).click();
  await page.getByRole('menu').waitFor({ state: 'detached' });
}

/** A date-time input's value ("2026-11-22T18:05") for an instant, in Europe/Paris. */
export function parisLocal(instant: number): string {
  const text = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
  return text.replace(' ', 'T');
}
