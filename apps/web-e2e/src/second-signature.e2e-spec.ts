/**
 * Two signatures (issue 16): Claire (president) sets the threshold on the settings page; Yann (board,
 * treasurer) records two expenses above it on the demo's kraft bags project: both show "En attente d'une
 * seconde signature", count in no balance, and Yann cannot sign his own; Claire approves one (it counts)
 * and rejects the other with a reason (shown, never counted). Screenshots of the ledger, French and
 * English, at 390 px and on a desk.
 */
import { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserJourneys, chooseLanguage, logIn, settled } from './support/journey';
import { WORKSPACE_ROOT } from './support/server';

const CLAIRE = 'claire.martin@vitrines-vitre.fr';
const YANN = 'yann.lebreton@vitrines-vitre.fr';
const SHOTS = join(WORKSPACE_ROOT, 'docs/screenshots/issue-16');

const { newPage, journey } = browserJourneys('second-signature');

/** What the note beside the balances says, spaces made plain. */
async function pendingNote(page: Page): Promise<string> {
  const note = page.getByTestId('pending-total');
  await note.waitFor();
  return (await note.innerText()).replace(/\s+/g, ' ').trim();
}

async function onBags(email: string): Promise<Page> {
  const page = await newPage();
  await logIn(page, email);
  await page.getByRole('link', { name: 'Projets' }).first().click();
  await page
    .getByRole('link', { name: /Sacs kraft/ })
    .first()
    .click();
  await page.getByRole('heading', { name: /Sacs kraft/, level: 1 }).waitFor();
  await settled(page);
  return page;
}

/** The ledger and the note beside the balances, as one small picture. */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.getByTestId('ledger-panel').scrollIntoViewIfNeeded();
  await page.getByTestId('ledger-panel').screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The overpayment limit the board sets beside the balances. */
async function limitShot(page: Page, name: string): Promise<void> {
  const limit = page.getByTestId('overpayment-limit');
  await limit.scrollIntoViewIfNeeded();
  await limit.screenshot({ path: join(SHOTS, `${name}.png`) });
}

describe('two signatures', () => {
  it(
    'holds an expense above the president’s threshold until another board member approves or rejects it',
    () =>
      journey('second-signature', async () => {
        const claire = await newPage();
        await logIn(claire, CLAIRE);
        await claire.goto('/association/settings');
        const threshold = claire.getByTestId('second-signature-threshold');
        await threshold.waitFor();
        await settled(claire);
        expect(await threshold.inputValue()).toBe(''); // off by default
        await threshold.fill('-5');
        await claire.getByRole('button', { name: 'Enregistrer' }).click();
        await claire.getByText('Indiquez un montant positif, avec au plus deux décimales').waitFor();
        await threshold.fill('500');
        await claire.getByRole('button', { name: 'Enregistrer' }).click();
        await claire.getByText('Enregistré').first().waitFor();

        const yann = await onBags(YANN);
        const ledger = yann.getByTestId('ledger-panel');
        for (const [supplier, amount] of [
          ['Imprimerie du Pays de Vitré', '1 470,00'],
          ['Transports Morel', '620,00'],
        ]) {
          const expense = yann.getByTestId('expense-form');
          await expense.getByLabel('Fournisseur').fill(supplier);
          await expense.getByLabel(/Montant TTC/).fill(amount);
          await expense.getByRole('button', { name: 'Enregistrer la dépense' }).click();
          await ledger.locator('tr', { hasText: supplier }).getByText('En attente d’une seconde signature').waitFor();
        }
        expect(await pendingNote(yann)).toMatch(/^2 090,00 € de dépenses attendent une seconde signature/);
        await ledger.getByText('Vous l’avez enregistrée : un autre membre du bureau doit la signer.').first().waitFor();
        expect(await yann.getByTestId('approve-expense').count()).toBe(0);

        const president = await onBags(CLAIRE);
        const pLedger = president.getByTestId('ledger-panel');
        expect(await president.getByTestId('approve-expense').count()).toBe(2);
        await shoot(president, 'second-signature-ledger-fr-desktop');
        await limitShot(president, 'overpayment-limit-fr-desktop');
        await president.setViewportSize({ width: 390, height: 844 });
        await settled(president);
        await shoot(president, 'second-signature-ledger-fr-390');
        await limitShot(president, 'overpayment-limit-fr-390');
        await chooseLanguage(president, 'Choisir la langue', 'English');
        await pLedger.getByText('Awaiting a second signature').first().waitFor();
        await president
          .getByRole('button', { name: /^Approve the expense of/ })
          .first()
          .waitFor();
        await shoot(president, 'second-signature-ledger-en-390');
        await limitShot(president, 'overpayment-limit-en-390');
        await president.setViewportSize({ width: 1280, height: 900 });
        await shoot(president, 'second-signature-ledger-en-desktop');
        await limitShot(president, 'overpayment-limit-en-desktop');
        await chooseLanguage(president, 'Choose the language', 'Français');

        const printer = pLedger.locator('tr', { hasText: 'Imprimerie du Pays de Vitré' });
        await printer.getByRole('button', { name: 'Approuver' }).click();
        await president.getByText('Dépense approuvée : elle compte désormais dans les soldes.').waitFor();
        await printer.getByText('En attente d’une seconde signature').waitFor({ state: 'detached' });
        await president.getByTestId('pending-total').filter({ hasText: '620,00' }).waitFor();
        expect(await pendingNote(president)).toMatch(/^620,00 € de dépenses attendent/);
        // While one awaits its second signature, the project is not closed: the note and the refusal say why.
        expect(await pendingNote(president)).toContain(
          'Le projet ne pourra être clôturé qu’une fois ces dépenses approuvées ou refusées.',
        );
        await president.getByRole('button', { name: 'Clôturer le projet' }).click();
        await president.getByRole('dialog').getByRole('button', { name: 'Clôturer le projet' }).click();
        await president
          .getByText(
            'Le projet ne peut pas être clôturé tant que des dépenses attendent une seconde signature (en attente : 1). Approuvez-les ou refusez-les d’abord.',
          )
          .waitFor();
        await president.getByRole('button', { name: 'Clôturer le projet' }).waitFor();
        await president.getByTestId('pending-total').scrollIntoViewIfNeeded();
        await president.screenshot({ path: join(SHOTS, 'close-refused-pending-fr-desktop.png') });

        const transport = pLedger.locator('tr', { hasText: 'Transports Morel' });
        await transport.getByRole('button', { name: /^Refuser la dépense du/ }).click();
        const form = transport.getByTestId('reject-form');
        await form.getByRole('button', { name: 'Refuser la dépense' }).click();
        await form.getByText('Ce champ est obligatoire.').waitFor();
        await form.getByLabel('Motif du refus').fill('Devis non signé');
        await form.getByRole('button', { name: 'Refuser la dépense' }).click();
        await transport.getByText('Refusée : Devis non signé').waitFor();
        await president.getByTestId('pending-total').waitFor({ state: 'detached' });
        expect(await president.getByTestId('approve-expense').count()).toBe(0);
        await shoot(president, 'second-signature-decided-fr-desktop');
      }),
    240_000,
  );
});
