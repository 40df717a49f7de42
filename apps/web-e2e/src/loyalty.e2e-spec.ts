/**
 * The town loyalty card on phones, in French (issue 17): Inès joins the customer community from the public
 * page, opens the link mailed to her and lands on her card (QR, short code, 0 points); Lucie, at the fine
 * grocery's till, types the card's code, is told the amount is not one, then credits a 42,90 € purchase: 42
 * points, and gives her the 40-point coffee (the pot owes the grocery 2 €); Inès's card shows what is left; Yann (board) reads the movement on /loyalty, in French then English.
 * Screenshots at 375 px; nothing wider than the screen.
 */
import { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { browserJourneys, chooseLanguage, logIn, settled } from './support/journey';

const LUCIE = 'lucie.gautier@vitrines-vitre.fr';
const YANN = 'yann.lebreton@vitrines-vitre.fr';
const SLUG = 'vitrines-vitre';

const { newPage, journey } = browserJourneys('loyalty');

async function fitsTheScreen(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

describe('loyalty card journey', () => {
  it('joins, credits a purchase and redeems a reward at a till, shown on the card and to the board, on phones', () =>
    journey('loyalty', async () => {
      const email = `ines.${Date.now().toString(36)}@exemple.fr`;
      const ines = await newPage(true);
      await ines.goto(`/communaute/${SLUG}/rejoindre?lang=fr`);
      await ines.getByLabel('Prénom').fill('Inès');
      await ines.getByLabel('Adresse e-mail').fill(email);
      await ines.getByLabel(/^La carte de fidélité/).check();
      await ines.getByRole('button', { name: 'Rejoindre' }).click();
      await ines.getByRole('heading', { name: 'Regardez vos e-mails' }).waitFor();

      await ines.goto('/dev/mailbox');
      await ines.getByRole('heading', { name: 'Boîte mail de développement', level: 1 }).waitFor();
      const mail = ines.locator('mat-expansion-panel').filter({ hasText: email }).first();
      await mail.waitFor();
      const link = mail.getByRole('link', { name: /\/lien\// });
      if (!(await link.isVisible())) await mail.locator('mat-expansion-panel-header').click();
      await link.click();
      await ines.getByRole('heading', { name: 'Ma carte de fidélité', level: 1 }).waitFor();
      const code = (await ines.getByTestId('card-code').innerText()).trim();
      expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(await ines.getByTestId('card-balance').innerText()).toBe('0 point');
      expect(await ines.locator('link[rel="manifest"]').count()).toBe(1);
      await screenshot(ines, 'loyalty-card-375-fr');
      await fitsTheScreen(ines);

      const lucie = await newPage(true);
      await logIn(lucie, LUCIE);
      await lucie.goto('/loyalty/counter');
      await lucie.getByRole('heading', { name: 'Carte fidélité en caisse', level: 1 }).waitFor();
      await settled(lucie);
      await lucie.getByLabel('Code de la carte').fill(code.toLowerCase().replace('-', ' '));
      await lucie.getByRole('button', { name: 'Voir la carte' }).click();
      const view = lucie.getByTestId('loyalty-card-view');
      await view.getByText('Inès').waitFor();
      await view.getByText('0 points').waitFor();
      await lucie.getByLabel("Montant de l'achat").fill('zéro');
      await lucie.getByRole('button', { name: 'Créditer les points' }).click();
      await lucie.getByText('Indiquez un montant positif en euros, par ex. 12,50.').waitFor();
      await lucie.getByLabel("Montant de l'achat").fill('42,90');
      await lucie.getByRole('button', { name: 'Créditer les points' }).click();
      const result = lucie.getByTestId('loyalty-result');
      await result.getByText('+42 points').waitFor();
      await result.getByText('Inès a maintenant 42 points.').waitFor();
      await screenshot(lucie, 'loyalty-counter-375-fr');
      await fitsTheScreen(lucie);
      // 42 points: the 40-point reward can be taken, the 100-point one cannot; the pot then owes the grocery 2 €.
      const reward = (name: RegExp) =>
        lucie.locator('.reward', { hasText: name }).getByRole('button', { name: 'Utiliser' });
      expect(await reward(/^Bon de 5 €/).isDisabled()).toBe(true);
      await reward(/^Café ou viennoiserie offert/).click();
      await result.getByText('Café ou viennoiserie offert accordé').waitFor();
      await result.getByText('La cagnotte vous doit 2,00 €.').waitFor();
      await result.getByText('Inès a maintenant 2 points.').waitFor();

      await ines.goto(`/communaute/${SLUG}/carte`);
      expect(await ines.getByTestId('card-balance').innerText()).toBe('2 points');
      expect(await ines.getByTestId('card-history').innerText()).toContain('Épicerie Fine Gautier');

      const yann = await newPage(true);
      await logIn(yann, YANN);
      await yann.goto('/loyalty');
      await yann.getByRole('heading', { name: 'Carte de fidélité', level: 1 }).waitFor();
      await settled(yann);
      await yann.getByRole('heading', { name: 'Derniers mouvements' }).waitFor();
      await yann.locator('ul.movements li', { hasText: 'Inès' }).first().waitFor();
      await screenshot(yann, 'loyalty-board-375-fr');
      await fitsTheScreen(yann);
      await chooseLanguage(yann, 'Choisir la langue', 'English');
      await yann.getByRole('heading', { name: 'Loyalty card', level: 1 }).waitFor();
      await yann.getByRole('heading', { name: 'Latest movements' }).waitFor();
      await screenshot(yann, 'loyalty-board-375-en');
      await fitsTheScreen(yann);
      await chooseLanguage(yann, 'Choose the language', 'Français');
    }));
});
