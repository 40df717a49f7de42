/**
 * At the counter and on the go (issue 16), on a phone: the header names the association; the feed's
 * composer is folded to one line so a post shows on the first screen (390x844) and opens when
 * tapped; "Encaisser un bon" and the cashmob check-in are one tap from the menu of a shopkeeper; and
 * every money table (the project's budget and ledger, a campaign's results) shows its amounts at
 * 360 px wide without scrolling sideways. French, then English.
 */
import { Locator, Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { browserJourneys, chooseLanguage, logIn, settled } from './support/journey';

const YANN = 'yann.lebreton@vitrines-vitre.fr';
const CLAIRE = 'claire.martin@vitrines-vitre.fr';
const SOPHIE = 'sophie.durand@conseil-commerce.fr';
const ASSOCIATION = 'Les Vitrines de Vitré';

const { newPage, journey } = browserJourneys('counter');

/** Nothing is wider than the phone's screen: the page does not scroll sideways. */
async function noSidewaysScroll(page: Page, width: number): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

/** The cell is on screen once scrolled to, entirely within the phone's width. */
async function fullyVisible(page: Page, cell: Locator, width: number): Promise<void> {
  await cell.scrollIntoViewIfNeeded();
  const box = await cell.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  expect(await cell.isVisible()).toBe(true);
}

async function openMenu(page: Page, label: string): Promise<Locator> {
  await page.getByRole('button', { name: label }).click();
  const nav = page.getByRole('navigation');
  await nav.getByRole('link').first().waitFor();
  return nav;
}

describe('at the counter and on the go', () => {
  it(
    'shows a post on the first phone screen, the association in the header and the counter one tap away',
    () =>
      journey('counter-phone', async () => {
        const yann = await newPage();
        await yann.setViewportSize({ width: 390, height: 844 });
        await logIn(yann, YANN);
        await settled(yann);
        await expect(yann.getByTestId('header-association').innerText()).resolves.toBe(ASSOCIATION);
        expect(await yann.getByTestId('header-association').isVisible()).toBe(true);

        // The composer is one line; the first post is on the first screen.
        const composer = yann.getByLabel('Quoi de neuf ?');
        expect(await composer.getAttribute('rows')).toBe('1');
        expect(await yann.getByRole('button', { name: 'Publier' }).count()).toBe(0);
        const firstPost = yann.locator('assoc-post-card').first();
        await firstPost.waitFor();
        const postBox = await firstPost.boundingBox();
        expect(postBox!.y).toBeLessThan(844 - 80);
        await screenshot(yann, 'counter-feed-phone-fr');
        // Tapped, it opens with its options and the publish button.
        await composer.click();
        await yann.getByRole('button', { name: 'Publier' }).waitFor();
        expect(await composer.getAttribute('rows')).toBe('3');

        // The menu of a shopkeeper: redeem and check-in, one tap each.
        let nav = await openMenu(yann, 'Ouvrir le menu');
        await nav.getByRole('link', { name: 'Pointer un cashmob' }).waitFor();
        await nav.getByRole('link', { name: 'Encaisser un bon' }).click();
        await yann.getByRole('heading', { name: 'Encaisser un bon', level: 1 }).waitFor();
        nav = await openMenu(yann, 'Ouvrir le menu');
        await nav.getByRole('link', { name: 'Pointer un cashmob' }).click();
        await yann.getByRole('heading', { name: 'Pointage', level: 1 }).waitFor();
        await yann.getByTestId('check-in-none').waitFor();

        // In English: the same name in the header.
        await chooseLanguage(yann, 'Choisir la langue', 'English');
        await yann.getByRole('button', { name: 'Open the menu' }).waitFor();
        await expect(yann.getByTestId('header-association').innerText()).resolves.toBe(ASSOCIATION);
        expect(await yann.getByTestId('header-association').isVisible()).toBe(true);
        nav = await openMenu(yann, 'Open the menu');
        await nav.getByRole('link', { name: 'Redeem a voucher' }).waitFor();
        await nav.getByRole('link', { name: 'Cashmob check-in' }).waitFor();
        await yann.keyboard.press('Escape');
        await chooseLanguage(yann, 'Choose the language', 'Français');

        // A consultant has no shop: no counter shortcuts in the menu.
        const sophie = await newPage();
        await sophie.setViewportSize({ width: 390, height: 844 });
        await logIn(sophie, SOPHIE);
        const sophieNav = await openMenu(sophie, 'Ouvrir le menu');
        await sophieNav.getByRole('link', { name: 'Fil' }).waitFor();
        expect(await sophieNav.getByRole('link', { name: 'Encaisser un bon' }).count()).toBe(0);
        expect(await sophieNav.getByRole('link', { name: 'Pointer un cashmob' }).count()).toBe(0);
      }),
    180_000,
  );

  it(
    'shows the amounts of the budget, the ledger and the campaign results at 360 px, without sideways scrolling',
    () =>
      journey('counter-money', async () => {
        const claire = await newPage();
        await logIn(claire, CLAIRE);
        await claire.getByRole('link', { name: 'Projets' }).first().click();
        await claire
          .getByRole('link', { name: /Sacs kraft/ })
          .first()
          .click();
        await claire.getByRole('heading', { name: /Sacs kraft/, level: 1 }).waitFor();
        await settled(claire);
        await claire.setViewportSize({ width: 360, height: 760 });
        await settled(claire);

        // The budget: each line a card, the amount including VAT and the total on screen.
        await fullyVisible(claire, claire.getByTestId('budget-line-incl').first(), 360);
        await fullyVisible(claire, claire.getByTestId('project-total'), 360);
        await expect(claire.getByTestId('project-total').innerText()).resolves.toMatch(/1\s?764,00\s?€/);
        await noSidewaysScroll(claire, 360);
        await screenshot(claire, 'counter-budget-360-fr');

        // The ledger: no "Aucune écriture" before it has loaded; an amount once recorded.
        const ledger = claire.getByTestId('ledger-panel');
        await ledger.getByText('Aucune écriture').or(ledger.getByTestId('ledger-amount').first()).waitFor();
        const form = claire.getByTestId('contribution-form');
        if ((await form.count()) > 0) {
          await form.getByRole('combobox').first().click();
          await claire.getByRole('option').first().click();
          await form.getByLabel(/Montant/).fill('10');
          await form.getByRole('button', { name: /Enregistrer/ }).click();
          await fullyVisible(claire, ledger.getByTestId('ledger-amount').first(), 360);
          await expect(ledger.getByTestId('ledger-amount').first().innerText()).resolves.toMatch(/10,00\s?€/);
          await noSidewaysScroll(claire, 360);
          await screenshot(claire, 'counter-ledger-360-fr');
        }

        // The autumn campaign's results, per shop.
        await claire.goto('/campaigns');
        await claire
          .getByRole('link', { name: /Les Vitrines d’automne|Les Vitrines d'automne/ })
          .first()
          .click();
        const results = claire.getByTestId('campaign-results');
        await results.waitFor();
        await settled(claire);
        const basket = claire.locator('table td[data-label="Paniers"]').first();
        await fullyVisible(claire, basket, 360);
        await expect(basket.innerText()).resolves.toMatch(/€/);
        await noSidewaysScroll(claire, 360);
        await screenshot(claire, 'counter-campaign-results-360-fr');

        // In English, the same at 360 px.
        await chooseLanguage(claire, 'Choisir la langue', 'English');
        const basketEn = claire.locator('table td[data-label="Baskets"]').first();
        await fullyVisible(claire, basketEn, 360);
        await noSidewaysScroll(claire, 360);
        await screenshot(claire, 'counter-campaign-results-360-en');
        await chooseLanguage(claire, 'Choose the language', 'Français');
      }),
    180_000,
  );
});
