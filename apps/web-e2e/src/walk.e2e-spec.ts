/**
 * The final walk of issue 16, on a phone (390x844) and a desktop (1280 px), in French and English:
 * the project's money section (budget, ledger, balances and settle-up, before and after closing),
 * the feed, the redeem page, the cashmob check-in and the public cashmob page /c/:slug. Each page is
 * screenshotted (walk-<page>-<390|desktop>-<fr|en>) to be looked at, and checked for what a user
 * would call broken: nothing wider than the screen, every amount on screen and in its pane, no
 * field label cut, the English page in English, the association's whole name in the phone's header.
 */
import { Locator, Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { advanceClockTo, DAY, serverNow } from './support/clock';
import { browserJourneys, chooseLanguage, exactly, logIn, parisInstant, settled } from './support/journey';

const CLAIRE = 'claire.martin@vitrines-vitre.fr';
const YANN = 'yann.lebreton@vitrines-vitre.fr';
const ASSOCIATION = 'Les Vitrines de Vitré';
const BOOKSHOP = 'Librairie La Plume';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
/** Words of the French interface that an English page must not show (in its own texts, not members' posts). */
const FRENCH = /\b(Enregistrer|Participation|Dépense|doit|à jour|Aucune?|Virements?|Pointer|Vérifier|Je viens)\b/;

const { newPage, journey } = browserJourneys('walk');

/** The element lies within the screen's width once scrolled to, and within every pane that clips it (an amount is not cut off). */
async function onScreenAt(element: Locator, width: number): Promise<void> {
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  if (!box) throw new Error(`not shown: ${element}`);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  const clipped = await element.evaluate((e) => {
    const rect = e.getBoundingClientRect();
    for (let p = e.parentElement; p; p = p.parentElement) {
      if (getComputedStyle(p).overflowX === 'visible') continue;
      const outer = p.getBoundingClientRect();
      if (rect.left < outer.left - 1 || rect.right > outer.right + 1)
        return `${p.tagName.toLowerCase()}.${p.className}`;
    }
    return null;
  });
  expect(clipped).toBeNull();
}

/** Resizes the page and waits for what the new size starts (the side menu sliding in or out) to end. */
async function resize(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await settled(page);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** No element scrolls sideways: the document, and the app's own scrolling panes (the page scrolls inside the shell). */
async function nothingWiderThan(page: Page, width: number): Promise<void> {
  const wide = await page.evaluate(
    (limit) =>
      [document.documentElement, ...Array.from(document.querySelectorAll('mat-sidenav-content, main, .content'))]
        .filter((e) => e.scrollWidth > Math.max(e.clientWidth, 0) + 1 || e.scrollWidth > limit)
        .map((e) => `${e.tagName.toLowerCase()} ${e.scrollWidth}px`),
    width,
  );
  expect(wide).toEqual([]);
}

/**
 * A screenshot of the whole page: the app scrolls inside its shell, so the window is made as tall as
 * the longest scrolling pane for the shot, then put back.
 */
async function wholePage(page: Page, name: string, size: { width: number; height: number }): Promise<void> {
  const extra = await page.evaluate(() =>
    Math.max(
      0,
      ...Array.from(document.querySelectorAll<HTMLElement>('*'))
        .filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowY))
        .map((e) => e.scrollHeight - e.clientHeight),
    ),
  );
  if (extra > 0) await resize(page, { width: size.width, height: Math.min(size.height + extra, 9000) });
  await screenshot(page, name);
  if (extra > 0) await resize(page, size);
}

/** No form field's label is cut ("Code du QR de l'insc…"): each shows whole at this width. */
async function noCutLabels(page: Page): Promise<void> {
  const cut = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.mdc-floating-label'))
      .filter((e) => e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent?.trim()),
  );
  expect(cut).toEqual([]);
}

/** The phone's header names the association, whole (on two lines if it must, never cut). */
async function headerNamesAssociation(page: Page): Promise<void> {
  const name = page.getByTestId('header-association');
  await expect(name.innerText()).resolves.toBe(ASSOCIATION);
  const fits = await name.evaluate((e) => e.scrollWidth <= e.clientWidth + 1 && e.scrollHeight <= e.clientHeight + 1);
  expect(fits).toBe(true);
}

/**
 * The page at phone and desktop size: on the phone nothing scrolls sideways, each of `amounts` is on
 * screen and the header names the association; a whole-page screenshot of each.
 */
async function look(page: Page, name: string, language: 'fr' | 'en', amounts: Locator[] = []): Promise<void> {
  await resize(page, PHONE);
  await nothingWiderThan(page, PHONE.width);
  await noCutLabels(page);
  for (const amount of amounts) {
    for (let i = 0; i < (await amount.count()); i++) await onScreenAt(amount.nth(i), PHONE.width);
  }
  if (await page.getByRole('button', { name: /^(Ouvrir le menu|Open the menu)$/ }).count()) {
    await headerNamesAssociation(page);
  }
  await wholePage(page, `walk-${name}-390-${language}`, PHONE);
  await resize(page, DESKTOP);
  await nothingWiderThan(page, DESKTOP.width);
  await noCutLabels(page);
  for (const amount of amounts) {
    for (let i = 0; i < (await amount.count()); i++) await onScreenAt(amount.nth(i), DESKTOP.width);
  }
  await wholePage(page, `walk-${name}-desktop-${language}`, DESKTOP);
  await resize(page, PHONE);
}

/** The two elements share a line (a button beside its field or its row, not pushed below it). */
async function sameLine(a: Locator, b: Locator): Promise<void> {
  const [one, two] = await Promise.all([a.boundingBox(), b.boundingBox()]);
  if (!one || !two) throw new Error('not shown');
  expect(two.y).toBeLessThan(one.y + one.height);
  expect(one.y).toBeLessThan(two.y + two.height);
}

/** In English, the region's own words are English. */
async function inEnglish(region: Locator): Promise<void> {
  expect(await region.innerText()).not.toMatch(FRENCH);
}

describe('the final walk, on a phone and a desktop, in French and English', () => {
  it(
    'the project’s money, the feed and the redeem page',
    () =>
      journey('walk-money', async () => {
        const claire = await newPage();
        await claire.setViewportSize(PHONE);
        await logIn(claire, CLAIRE);
        await headerNamesAssociation(claire);
        await claire.goto('/projects');
        await claire
          .getByRole('link', { name: /Sacs kraft/ })
          .first()
          .click();
        await claire.getByRole('heading', { name: /Sacs kraft/, level: 1 }).waitFor();
        await settled(claire);

        // Two shops paid their share, one part of it; the printer's first invoice is in.
        const form = claire.getByTestId('contribution-form');
        const ledger = claire.getByTestId('ledger-panel');
        for (const [option, amount] of [
          [0, '252,00'],
          [1, '252,00'],
          [2, '100,00'],
        ] as const) {
          await form.getByRole('combobox', { name: 'Participant' }).click();
          await claire.getByRole('option').nth(option).click();
          await form.getByLabel(/Montant/).fill(amount);
          await form.getByRole('button', { name: 'Enregistrer la participation' }).click();
          await exactly(ledger.getByTestId('ledger-amount'), option + 1);
        }
        const expense = claire.getByTestId('expense-form');
        await expense.getByLabel('Fournisseur').fill('Imprimerie du Pays de Vitré');
        await expense.getByLabel('Libellé').fill('Acompte sacs kraft');
        await expense.getByLabel(/Montant TTC/).fill('500,00');
        await expense.getByRole('button', { name: 'Enregistrer la dépense' }).click();
        await ledger.locator('tr', { hasText: 'Imprimerie du Pays de Vitré' }).waitFor();
        await settled(claire);
        expect(await ledger.getByTestId('ledger-amount').count()).toBe(4);

        const money = claire.getByTestId('balances-panel');
        const amounts = [
          claire.getByTestId('budget-line-incl'),
          claire.getByTestId('project-total'),
          ledger.getByTestId('ledger-amount'),
          money.getByTestId('participant-balance'),
          money.getByTestId('settle-up').locator('li'),
        ];
        await money.getByTestId('settle-up').waitFor();
        // The fund is named as a thing in the transfers ("à la caisse du projet"), not as a person's name.
        await money
          .getByTestId('settle-up')
          .getByText(/ verse .* à la caisse du projet$/)
          .first()
          .waitFor();
        expect(await money.innerText()).not.toMatch(/à Caisse du projet/);
        await look(claire, 'project-money', 'fr', amounts);
        await chooseLanguage(claire, 'Choisir la langue', 'English');
        await claire.getByRole('heading', { name: 'Settle-up' }).waitFor();
        await inEnglish(money);
        await inEnglish(ledger.locator('thead'));
        await money
          .getByTestId('settle-up')
          .getByText(/ pays .* to the project fund$/)
          .first()
          .waitFor();
        expect(await money.innerText()).not.toMatch(/to Project fund/);
        await look(claire, 'project-money', 'en', amounts);

        // Closed: the shares recomputed on what was spent, the final transfers.
        await claire.getByRole('button', { name: 'Close the project' }).click();
        await claire.getByRole('dialog').getByRole('button', { name: 'Close the project' }).click();
        await money
          .getByTestId('money-basis')
          .getByText(/^Project closed/)
          .waitFor();
        await inEnglish(money);
        await look(claire, 'project-closed', 'en', amounts.slice(3));
        await chooseLanguage(claire, 'Choose the language', 'Français');
        await money
          .getByTestId('money-basis')
          .getByText(/^Projet clôturé/)
          .waitFor();
        await look(claire, 'project-closed', 'fr', amounts.slice(3));

        // The feed and the redeem page of a shopkeeper.
        const yann = await newPage();
        await yann.setViewportSize(PHONE);
        await logIn(yann, YANN);
        await yann.locator('assoc-post-card').first().waitFor();
        await look(yann, 'feed', 'fr');
        await yann.goto('/redeem');
        await yann.getByRole('heading', { name: 'Encaisser un bon', level: 1 }).waitFor();
        await yann.getByLabel('Code du bon ou de l’offre').fill('ZZZZ9999');
        await yann.getByRole('button', { name: 'Vérifier' }).click();
        await yann.getByTestId('redeem-verdict').getByText('Code inconnu').waitFor();
        await look(yann, 'redeem', 'fr');

        await chooseLanguage(yann, 'Choisir la langue', 'English');
        await headerNamesAssociation(yann);
        await yann.goto('/redeem');
        await yann.getByRole('heading', { name: 'Redeem a voucher', level: 1 }).waitFor();
        await yann.getByLabel('Voucher or offer code').fill('ZZZZ9999');
        await yann.getByRole('button', { name: 'Check', exact: true }).click();
        await yann.getByTestId('redeem-verdict').waitFor();
        await inEnglish(yann.locator('main'));
        await look(yann, 'redeem', 'en');
        await yann.goto('/feed');
        await yann.getByRole('heading', { name: 'News feed', level: 1 }).waitFor();
        await yann.locator('assoc-post-card').first().waitFor();
        await look(yann, 'feed', 'en');
        await chooseLanguage(yann, 'Choose the language', 'Français');
      }),
    300_000,
  );

  it(
    'the public cashmob page, and the check-in on the cashmob’s day',
    () =>
      journey('walk-cashmob', async () => {
        // The bookshop's cashmob (Claire hosts it): its public address from its page's share box.
        const claire = await newPage();
        await claire.setViewportSize(PHONE);
        await logIn(claire, CLAIRE);
        await claire.goto('/cashmobs');
        await claire.locator('main a[href^="/cashmobs/"]').filter({ hasText: BOOKSHOP }).first().click();
        await claire.getByRole('heading', { name: new RegExp(BOOKSHOP), level: 1 }).waitFor();
        await settled(claire);
        const publicPath = new URL(await claire.getByTestId('public-link').inputValue()).pathname;
        expect(publicPath).toMatch(/^\/c\//);

        // A visitor on her phone: the page, then signed up.
        const visitor = await newPage();
        await visitor.setViewportSize(PHONE);
        await visitor.goto(publicPath);
        await visitor.getByRole('heading', { name: 'Je viens !' }).waitFor();
        await look(visitor, 'public-cashmob', 'fr');
        await visitor.goto(`${publicPath}?lang=en`);
        await visitor
          .getByRole('heading', { name: new RegExp(BOOKSHOP) })
          .first()
          .waitFor();
        await inEnglish(visitor.locator('form').first());
        await look(visitor, 'public-cashmob', 'en');
        await visitor.goto(publicPath);
        await visitor.getByLabel('Prénom', { exact: true }).fill('Camille');
        await visitor.getByLabel('Adresse e-mail', { exact: true }).fill(`walk.${Date.now().toString(36)}@exemple.fr`);
        await visitor.getByLabel('Montant que je compte dépenser').fill('15');
        await visitor.getByRole('checkbox').check();
        await visitor.getByRole('button', { name: "Je m'inscris" }).click();
        await visitor.getByTestId('sign-up-receipt').waitFor();
        await look(visitor, 'public-cashmob-signed-up', 'fr');

        // The cashmob's day (the demo's is nine days ahead, at 15:00), at 9:00: the check-in page.
        const morning = parisInstant(`${new Date((await serverNow()) + 9 * DAY).toISOString().slice(0, 10)}T09:00`);
        await advanceClockTo(morning, claire.context());
        await claire.goto('/check-in');
        const panel = claire.getByTestId('check-in-panel');
        await panel.waitFor();
        await panel.getByRole('button', { name: 'Pointer Camille' }).first().waitFor();
        // Someone came without signing up: added and checked in, the form empty again without "required".
        const walkIn = panel.getByLabel('Prénom (sans inscription)');
        await walkIn.fill('Gaël');
        await panel.getByRole('button', { name: 'Ajouter et pointer' }).click();
        await claire.getByText('Personne ajoutée et pointée.').first().waitFor();
        await panel.getByText('Gaël').first().waitFor();
        expect(await walkIn.inputValue()).toBe('');
        expect(await panel.getByText('Ce champ est obligatoire.').count()).toBe(0);
        // On the phone, each button stays beside what it acts on.
        await sameLine(
          panel.getByLabel('Code du QR', { exact: true }),
          panel.getByRole('button', { name: 'Pointer', exact: true }),
        );
        await sameLine(
          panel.getByText('Camille', { exact: true }),
          panel.getByRole('button', { name: 'Pointer Camille' }),
        );
        await look(claire, 'check-in', 'fr');
        await chooseLanguage(claire, 'Choisir la langue', 'English');
        await panel.getByRole('button', { name: 'Check Camille in' }).first().waitFor();
        await headerNamesAssociation(claire);
        await sameLine(
          panel.getByLabel('Code from the QR', { exact: true }),
          panel.getByRole('button', { name: 'Check in', exact: true }),
        );
        await sameLine(
          panel.getByText('Camille', { exact: true }),
          panel.getByRole('button', { name: 'Check Camille in' }),
        );
        await inEnglish(panel);
        await look(claire, 'check-in', 'en');
        await chooseLanguage(claire, 'Choose the language', 'Français');
      }),
    300_000,
  );
});
