/**
 * The impact dashboard, in French and English: Claire (president) opens Impact, picks the last
 * seventy days up to yesterday (the demo's recent past: an autumn campaign, a cashmob, a joint order;
 * other journeys only add records today), reads the key figures, opens a chart's table, downloads the
 * CSV and the one-page PDF, then switches to English. Lucie (member) sees only her shop against the
 * association's median. Screenshots of the dashboard and of the shop view, in both languages.
 */
import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { browserJourneys, chooseLanguage, logIn, readsExactly, settled } from './support/journey';

const CLAIRE = 'claire.martin@vitrines-vitre.fr';
const LUCIE = 'lucie.gautier@vitrines-vitre.fr';
const DAY_MS = 24 * 3600 * 1000;

const { newPage, journey } = browserJourneys('impact');

function parisDay(instant: number): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

async function lastSeventyDays(page: Page, custom: string): Promise<void> {
  await page.locator('mat-button-toggle', { hasText: custom }).click();
  await page.getByTestId('period-from').fill(parisDay(Date.now() - 70 * DAY_MS));
  await page.getByTestId('period-to').fill(parisDay(Date.now() - DAY_MS));
  await settled(page);
}

const figure = (page: Page, id: string) => page.getByTestId(`figure-${id}`);

describe('impact dashboard journey', () => {
  it('shows the president what acting together brought, with tables, CSV and PDF, in French and English', () =>
    journey('impact', async () => {
      const claire = await newPage();
      await logIn(claire, CLAIRE);
      await claire.getByRole('link', { name: 'Impact' }).first().click();
      await claire.getByRole('heading', { name: 'Impact', level: 1 }).waitFor();
      await settled(claire);
      await lastSeventyDays(claire, 'Personnalisée');

      // 56 vouchers claimed and 32 redeemed in the autumn campaign; one cashmob at +158,3 %; 7 × 252 € pooled.
      await readsExactly(figure(claire, 'vouchers'), '56');
      await readsExactly(figure(claire, 'redemptions'), '32');
      await readsExactly(figure(claire, 'cashmobs'), '1');
      await readsExactly(figure(claire, 'uplift'), '+158,3 %');
      await readsExactly(figure(claire, 'pooled'), '1 764,00 €');
      await readsExactly(figure(claire, 'saved'), '1 561,00 €');
      expect(await claire.getByTestId('impact-by-member').innerText()).toContain('Lucie Gautier');
      // The customer community (issue 17): its two pillars, every figure a number.
      const figures = claire.getByTestId('impact-figures');
      await figures.getByRole('heading', { name: 'Clients', level: 3 }).waitFor();
      await figures.getByRole('heading', { name: 'Fidélité et idées', level: 3 }).waitFor();
      for (const id of ['customers', 'active-cards', 'points-issued', 'ideas-proposed', 'ideas-adopted'])
        expect(await figure(claire, id).innerText()).toMatch(/^\d[\d\u202f ]*$/);
      expect(await figure(claire, 'rewards-paid').innerText()).toMatch(/^\d[\d\u202f ]*,\d\d\u00a0€$/);

      // Every chart has its table: the vouchers per shop, the bakery first.
      const byShop = claire.locator('assoc-impact-chart').filter({ hasText: 'Bons par boutique' });
      await byShop.getByRole('button', { name: 'Voir le tableau' }).click();
      const firstRow = byShop.getByTestId('chart-table').locator('tbody tr').first();
      expect((await firstRow.innerText()).replace(/\s+/g, ' ').trim()).toBe('Boulangerie Le Fournil du Château 18 11');
      await byShop.getByRole('button', { name: 'Voir le graphique' }).click();
      await claire.getByRole('heading', { name: 'Impact', level: 1 }).scrollIntoViewIfNeeded();
      await screenshot(claire, 'impact-dashboard-fr');

      // The underlying data as CSV, and the one-page summary as PDF.
      const [csv] = await Promise.all([claire.waitForEvent('download'), claire.getByTestId('impact-csv').click()]);
      expect(csv.suggestedFilename()).toMatch(/^impact-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = readFileSync(await csv.path(), 'utf8');
      expect(text).toContain('Temps forts;Bons retirés;;56');
      expect(text).toContain('Temps forts;Bons retirés — Par boutique;Boulangerie Le Fournil du Château;18');
      const [pdf] = await Promise.all([claire.waitForEvent('download'), claire.getByTestId('impact-pdf').click()]);
      expect(
        readFileSync(await pdf.path())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');

      // A period that ends before it starts: the field's message, and the figures stay as they were.
      await claire.getByTestId('period-to').fill(parisDay(Date.now() - 80 * DAY_MS));
      await claire.getByText('La fin doit suivre le début.').first().waitFor();
      await readsExactly(figure(claire, 'vouchers'), '56');
      await claire.getByTestId('period-to').fill(parisDay(Date.now() - DAY_MS));
      await settled(claire);

      await chooseLanguage(claire, 'Choisir la langue', 'English');
      await claire.getByRole('heading', { name: 'Impact', level: 1 }).waitFor();
      await claire.getByText('Vouchers per shop').waitFor();
      await claire.getByRole('heading', { name: 'Loyalty and ideas', level: 3 }).waitFor();
      await readsExactly(figure(claire, 'uplift'), '+158.3 %');
      await claire.getByRole('heading', { name: 'Impact', level: 1 }).scrollIntoViewIfNeeded();
      await screenshot(claire, 'impact-dashboard-en');

      // Her own bookshop against the association's median.
      await claire.getByRole('tab', { name: 'My shop' }).click();
      await claire.getByTestId('shop-impact').waitFor();
      await screenshot(claire, 'impact-shop-en');
      await chooseLanguage(claire, 'Choose the language', 'Français');
    }));

  it('shows a shopkeeper her own shop against the median, and nothing of the association’s dashboard', () =>
    journey('impact-shop', async () => {
      const lucie = await newPage();
      await logIn(lucie, LUCIE);
      await lucie.getByRole('link', { name: 'Impact' }).first().click();
      await settled(lucie);
      await lastSeventyDays(lucie, 'Personnalisée');
      const table = lucie.getByTestId('shop-impact');
      await table.waitFor();
      expect(await lucie.getByRole('tab').count()).toBe(0);
      expect(await lucie.getByTestId('impact-csv').count()).toBe(0);
      const row = async (label: string) =>
        (await table.locator('tr').filter({ hasText: label }).innerText()).replace(/\s+/g, ' ').trim();
      // 14 vouchers at the delicatessen; most of the 15 shops had none, so the median is 0.
      expect(await row('Bons retirés')).toBe('Bons retirés 14 0');
      expect(await row("Chiffre d'affaires des cashmobs")).toBe("Chiffre d'affaires des cashmobs 1 860,00 € 0,00 €");
      expect(await row('Économisé grâce aux projets')).toBe('Économisé grâce aux projets 223,00 € 0,00 €');
      await screenshot(lucie, 'impact-shop-fr');
    }));
});
