/**
 * The association treasury on a phone, in French and English (issue 17): Claire (president) opens
 * /treasury, is told what is missing in the income form (no label, an amount that is not one), records
 * a 250,00 € grant, and reads it in the balances (bank, income) and at the top of the journal; then
 * the same page in English. Screenshots at 375 px in both languages.
 */
import { screenshot } from './support/browser';
import { browserJourneys, chooseLanguage, logIn, settled } from './support/journey';

const CLAIRE = 'claire.martin@vitrines-vitre.fr';

const { newPage, journey } = browserJourneys('treasury');

describe('treasury journey', () => {
  it('records an income from a phone and shows it in the balances and the journal, in French and English', () =>
    journey('treasury', async () => {
      const claire = await newPage(true);
      await logIn(claire, CLAIRE);
      await claire.goto('/treasury');
      await claire.getByRole('heading', { name: 'Trésorerie', level: 1 }).waitFor();
      await settled(claire);
      await claire.getByText("Aucune écriture pour l'instant.").waitFor();

      const form = claire.locator('section', { has: claire.getByRole('heading', { name: 'Recette ou dépense' }) });
      await form.getByRole('combobox', { name: 'Type' }).click();
      await claire.getByRole('option', { name: 'Recette' }).click();
      await form.getByLabel('Montant').fill('deux cents');
      await form.getByRole('button', { name: 'Enregistrer' }).click();
      await form.getByText('Indiquez un montant en euros, par ex. 12,50.').waitFor();
      await form.getByText('Ce champ est obligatoire.').waitFor();

      await form.getByLabel('Montant').fill('250,00');
      await form.getByLabel('Libellé').fill('Subvention de la mairie');
      await form.getByRole('button', { name: 'Enregistrer' }).click();
      await claire.getByText('Écriture enregistrée.').waitFor();

      const balances = claire.locator('ul.balances');
      await balances.getByText('Banque').waitFor();
      expect((await balances.innerText()).replace(/\s+/g, ' ')).toMatch(/Banque 250,00 € .*Recettes -250,00 €/);
      const journal = claire.locator('ul.journal > li').first();
      expect(await journal.innerText()).toContain('Subvention de la mairie');
      expect(await form.getByLabel('Libellé').inputValue()).toBe('');
      await claire.getByRole('heading', { name: 'Trésorerie', level: 1 }).scrollIntoViewIfNeeded();
      await screenshot(claire, 'treasury-375-fr');
      const width = await claire.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(375);

      await chooseLanguage(claire, 'Choisir la langue', 'English');
      await claire.getByRole('heading', { name: 'Treasury', level: 1 }).waitFor();
      await claire.locator('ul.balances').getByText('Bank').waitFor();
      await claire.getByRole('heading', { name: 'Income or expense' }).waitFor();
      await screenshot(claire, 'treasury-375-en');
      await chooseLanguage(claire, 'Choose the language', 'Français');
    }));
});
