/**
 * The joint-project journey, in French: Sophie (consultant) drafts a joint ad campaign with three
 * budget lines and solo prices and attaches a quote; Claire (president) lowers the quorum so that
 * three votes count and proposes it; Lucie, Marc and Nadia vote for; the vote closes at its
 * deadline; five members opt in and see their share and saving; the joining deadline passes and the
 * project is funded; Yann (board, treasurer) records contributions and an expense with a receipt; the
 * settle-up is shown and the CSV downloads. The deadlines are a day apart on the API's clock, and the
 * journey moves that clock past each (the deadline job runs at once) instead of waiting for it.
 * Screenshots of the list, the editor and the project page, in French and English, desk and phone.
 */
import { Page } from 'playwright-core';
import { join } from 'node:path';
import { screenshot } from './support/browser';
import { advanceClockTo, DAY, HOUR, MINUTE, serverNow } from './support/clock';
import { browserJourneys, logIn, parisLocal, settled } from './support/journey';
import { SCREENSHOT_DIR } from './support/server';

const SOPHIE = 'sophie.durand@conseil-commerce.fr';
const CLAIRE = 'claire.martin@vitrines-vitre.fr';
const YANN = 'yann.lebreton@vitrines-vitre.fr';
const VOTERS = ['lucie.gautier@vitrines-vitre.fr', 'marc.pinel@vitrines-vitre.fr', 'nadia.benali@vitrines-vitre.fr'];
const JOINERS = [...VOTERS, 'thomas.rault@vitrines-vitre.fr', 'amelie.roux@vitrines-vitre.fr'];

/** A small valid PDF (the API checks the file's content, not its name). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** A fresh browser logged in as `email`, on the project's page. */
const { newPage, journey } = browserJourneys('projects');

async function onProject(email: string, projectUrl: string, title: string): Promise<Page> {
  const page = await newPage();
  await logIn(page, email);
  await page.goto(projectUrl);
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await settled(page);
  return page;
}

/** Moves the API's clock past `instant` (the deadline job runs), reloads, and waits for `text`. */
async function afterDeadline(page: Page, instant: number, text: string | RegExp): Promise<void> {
  await advanceClockTo(instant + MINUTE);
  await page.reload();
  await page.getByText(text).first().waitFor();
}

/** Reloads the page at a phone's width (375 px), runs `body`, then goes back to the desk size. */
async function onPhone(page: Page, body: () => Promise<void>): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await settled(page);
  await body();
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('joint project journey', () => {
  it(
    'drafts, proposes, votes, opts in, funds at the deadline, records money and settles up',
    () =>
      journey('projects', async () => {
        const unique = Date.now().toString(36);
        const title = `Campagne pub commune ${unique}`;
        // Deadlines on minute boundaries (the inputs take whole minutes), on the API's clock: the vote
        // closes in two hours, joining a day later.
        const voteDeadline = Math.ceil((await serverNow()) / MINUTE) * MINUTE + 2 * HOUR;
        const joinDeadline = voteDeadline + DAY;

        // Sophie, a consultant, drafts the project with three lines and their solo prices.
        const sophie = await newPage();
        await logIn(sophie, SOPHIE);
        await sophie.getByRole('link', { name: 'Projets' }).first().click();
        await sophie.getByRole('heading', { name: 'Projets collectifs', level: 1 }).waitFor();
        await sophie.getByRole('link', { name: 'Nouveau projet' }).click();
        await sophie.getByRole('heading', { name: 'Nouveau projet collectif', level: 1 }).waitFor();
        await sophie.getByLabel('Titre', { exact: true }).fill(title);
        await sophie
          .getByLabel('Description')
          .fill('Affiches, radio et presse pour les fêtes de fin d’année, à frais partagés.');
        await sophie.getByRole('button', { name: 'Ajouter une ligne' }).click();
        await sophie.getByRole('button', { name: 'Ajouter une ligne' }).click();
        const lines = [
          {
            label: 'Affiches A2 quadri',
            supplier: 'Imprimerie Vitréenne',
            quantity: '200',
            unit: '1,50',
            solo: '120,00',
          },
          { label: 'Spot radio 30 s', supplier: 'Radio Vitré FM', quantity: '10', unit: '45,00', solo: '300,00' },
          { label: 'Encart presse', supplier: 'Journal de Vitré', quantity: '1', unit: '400,00', solo: '250,00' },
        ];
        for (const [i, line] of lines.entries()) {
          const row = sophie.locator('li.line').nth(i);
          await row.getByLabel('Libellé').fill(line.label);
          await row.getByLabel('Fournisseur').fill(line.supplier);
          await row.getByLabel('Quantité').fill(line.quantity);
          await row.getByLabel(/Prix unitaire HT/).fill(line.unit);
          await row.getByLabel(/Prix seul TTC/).fill(line.solo);
        }
        // Live totals from the domain: 300 + 450 + 400 HT, 20 % VAT.
        const totals = sophie.getByTestId('budget-totals');
        await totals.getByText(/1\s150,00\s€/).waitFor();
        await totals.getByText(/1\s380,00\s€/).waitFor();
        await sophie.getByLabel('Nombre minimum de participants').fill('3');
        await sophie.getByLabel(/Date limite d'adhésion/).fill(parisLocal(joinDeadline));
        await screenshot(sophie, 'projects-editor-fr');
        await sophie.getByRole('button', { name: 'Créer le brouillon' }).click();
        await sophie.getByRole('heading', { name: title, level: 1 }).waitFor();
        const projectUrl = new URL(sophie.url()).pathname;
        expect(projectUrl).toMatch(/^\/projects\/[0-9a-f-]{36}$/);
        await sophie
          .getByTestId('project-total')
          .getByText(/1\s380,00\s€/)
          .waitFor();
        // A consultant neither votes nor sees the vote panel.
        expect(await sophie.getByTestId('vote-panel').count()).toBe(0);

        // She attaches the supplier's quote.
        await sophie.getByRole('link', { name: 'Modifier' }).click();
        await sophie.getByRole('heading', { name: 'Modifier le projet', level: 1 }).waitFor();
        await settled(sophie);
        await sophie
          .getByLabel('Joindre un devis (PDF ou image)')
          .setInputFiles({ name: 'devis-imprimerie.pdf', mimeType: 'application/pdf', buffer: PDF });
        await sophie.getByRole('button', { name: 'Devis 1' }).waitFor();
        await onPhone(sophie, async () => {
          await sophie.getByRole('button', { name: 'Devis 1' }).waitFor();
          await screenshot(sophie, 'projects-editor-fr-phone');
        });

        // She plans the work: a milestone, and a task for Lucie.
        await sophie.goto(projectUrl);
        await sophie.getByRole('heading', { name: title, level: 1 }).waitFor();
        await settled(sophie);
        const taskForm = sophie.getByTestId('task-form');
        await taskForm.getByRole('combobox', { name: 'Type' }).click();
        await sophie.getByRole('option', { name: 'Étape' }).click();
        await taskForm.getByLabel('Intitulé').fill('Affiches en vitrine');
        await taskForm.getByLabel('Échéance').fill('2026-12-12');
        await taskForm.getByRole('button', { name: 'Ajouter' }).click();
        await sophie.getByText('Tâche ajoutée.').first().waitFor();
        await taskForm.getByLabel('Intitulé').fill('Valider le bon à tirer');
        await taskForm.getByLabel('Échéance').fill('2026-12-08');
        await taskForm.getByRole('combobox', { name: 'Confiée à' }).click();
        await sophie.getByRole('option', { name: 'Lucie Gautier' }).click();
        await taskForm.getByRole('button', { name: 'Ajouter' }).click();
        const plan = sophie.getByTestId('tasks-panel');
        await plan.getByText('Confiée à Lucie Gautier').waitFor();
        // By due day: the task (8 December) before the milestone (12 December).
        expect(await plan.locator('.task-title').allInnerTexts()).toEqual([
          'Valider le bon à tirer',
          'Étape Affiches en vitrine',
        ]);

        // Claire, president: three votes make the quorum (15 % of 16 members), then she proposes.
        const claire = await newPage();
        await logIn(claire, CLAIRE);
        await claire.goto('/association/settings');
        await settled(claire);
        await claire.getByLabel(/^Quorum/).fill('15');
        await claire.getByRole('button', { name: 'Enregistrer' }).click();
        await claire.getByText('Modifications enregistrées.').waitFor();
        await claire.goto('/projects');
        await claire.getByRole('heading', { name: 'Brouillons' }).waitFor();
        await claire.getByRole('link', { name: title }).click();
        await claire.getByRole('heading', { name: title, level: 1 }).waitFor();
        await settled(claire);
        await claire.getByLabel(/Fin du vote/).fill(parisLocal(voteDeadline));
        await claire.getByRole('button', { name: 'Soumettre au vote' }).click();
        await claire.getByTestId('vote-counts').getByText('Pour 0 · Contre 0 · Abstention 0').waitFor();

        // Three members vote for; Nadia first abstains, then changes her mind.
        for (const email of VOTERS) {
          const voter = await onProject(email, projectUrl, title);
          const panel = voter.getByTestId('vote-panel');
          if (email.startsWith('nadia')) {
            await panel.getByRole('radio', { name: 'Abstention' }).click();
            await panel.getByText(/Vous avez voté : Abstention/).waitFor();
          }
          await panel.getByRole('radio', { name: 'Pour' }).click();
          await panel.getByText(/Vous avez voté : Pour/).waitFor();
          if (email.startsWith('lucie')) {
            // Lucie ticks the task she was given (and was told about).
            await voter.getByRole('checkbox', { name: 'Marquer « Valider le bon à tirer » comme faite' }).check();
            await voter.getByTestId('tasks-panel').getByText('Faite par Lucie Gautier').waitFor();
            await voter.getByTestId('tasks-panel').getByText('1 sur 2 faites').waitFor();
            await voter.getByTestId('tasks-panel').screenshot({ path: join(SCREENSHOT_DIR, 'projects-tasks-fr.png') });
          }
          if (email.startsWith('nadia')) {
            await panel.getByText('Pour 3 · Contre 0 · Abstention 0').waitFor();
            // Read again as a member opening the page would: one CI run in five showed the new counts
            // without "Quorum atteint" right after the vote (cause not found; see the stop 28 note).
            await voter.reload();
            await settled(voter);
            await panel.getByText('Pour 3 · Contre 0 · Abstention 0').waitFor();
            await panel.getByText('Quorum atteint').waitFor();
            await screenshot(voter, 'projects-vote-fr');
          }
          await voter.context().close();
        }
        // Thirteen members have not voted: the outcome can still change, so no early close.
        await claire.reload();
        await settled(claire);
        expect(await claire.getByRole('button', { name: 'Clore le vote' }).isDisabled()).toBe(true);

        // The vote closes at its deadline: approved.
        await afterDeadline(claire, voteDeadline, /Résultat : adopté/);

        // Five members opt in and see their share and saving live.
        let last: Page | null = null;
        for (const [i, email] of JOINERS.entries()) {
          const member = await onProject(email, projectUrl, title);
          const mine = member.getByTestId('my-share');
          await mine.getByText(/Si vous participez : votre part serait de/).waitFor();
          await member.getByRole('button', { name: 'Je participe' }).click();
          await member.getByRole('button', { name: 'Je ne participe plus' }).waitFor();
          await mine.getByText(/Votre part : .* — économie : /).waitFor();
          if (i < JOINERS.length - 1) await member.context().close();
          else last = member;
        }
        // 1 380,00 € among five: 276,00 € each; alone, 670,00 € of solo prices: 394,00 € saved.
        const fifth = last as Page;
        await fifth
          .getByTestId('my-share')
          .getByText(/Votre part : 276,00\s€ — économie : 394,00\s€/)
          .waitFor();
        await screenshot(fifth, 'projects-page-fr');
        await onPhone(fifth, async () => {
          await fifth.getByTestId('my-share').waitFor();
          await screenshot(fifth, 'projects-page-fr-phone');
        });

        // The joining deadline passes: funded (all-or-nothing reached), shares frozen.
        await afterDeadline(fifth, joinDeadline, 'Grand livre');

        // Yann, board member and treasurer, records two contributions and an expense with its receipt.
        const yann = await onProject(YANN, projectUrl, title);
        const contribution = yann.getByTestId('contribution-form');
        for (const name of ['Lucie Gautier', 'Marc Pinel']) {
          await contribution.getByRole('combobox', { name: 'Participant' }).click();
          await yann.getByRole('option', { name }).click();
          await contribution.getByLabel(/Montant/).fill('276,00');
          await contribution.getByRole('combobox', { name: 'Moyen de paiement' }).click();
          await yann.getByRole('option', { name: 'Chèque' }).click();
          // A double click records once (one idempotency key per submission).
          await contribution.getByRole('button', { name: 'Enregistrer la participation' }).dblclick();
          await yann.getByText('Participation enregistrée.').first().waitFor();
          await yann.getByRole('cell', { name }).first().waitFor();
        }
        await settled(yann);
        const ledgerRows = yann.getByTestId('ledger-panel').locator('tbody tr');
        expect(await ledgerRows.count()).toBe(2);

        const expense = yann.getByTestId('expense-form');
        await expense.getByLabel('Fournisseur').fill('Imprimerie Vitréenne');
        await expense.getByLabel('Libellé').fill('Affiches A2');
        await expense.getByLabel(/Montant TTC/).fill('360,00');
        await expense
          .getByLabel(/Justificatif/)
          .setInputFiles({ name: 'facture-affiches.pdf', mimeType: 'application/pdf', buffer: PDF });
        await expense.getByText('Justificatif : facture-affiches.pdf').waitFor();
        await expense.getByRole('button', { name: 'Enregistrer la dépense' }).click();
        await yann.getByRole('button', { name: 'Voir le justificatif' }).waitFor();
        expect(await ledgerRows.count()).toBe(3);

        // One money model (issue 16): before closing, each balance against the share, said in words,
        // the project's own balance beside them, and transfers that zero them: nothing for those who paid.
        const money = yann.getByTestId('balances-panel');
        await money
          .getByTestId('money-basis')
          .getByText(/^Avant la clôture, chaque participant est comparé à sa part du budget voté/)
          .waitFor();
        await money
          .getByTestId('participant-balance')
          .filter({ hasText: 'Lucie Gautier' })
          .getByText('à jour')
          .waitFor();
        await money
          .getByTestId('project-balance')
          .getByText(/^reste à encaisser /)
          .waitFor();
        expect(await yann.getByTestId('settle-up').getByText('Lucie Gautier').count()).toBe(0);
        // A contribution beyond what Lucie still owes asks first, naming by how much; beyond the
        // project's overpayment limit the API refuses it under the amount, and nothing is recorded.
        await contribution.getByRole('combobox', { name: 'Participant' }).click();
        await yann.getByRole('option', { name: 'Lucie Gautier' }).click();
        await contribution.getByLabel(/Montant/).fill('5000');
        await contribution.getByRole('button', { name: 'Enregistrer la participation' }).click();
        const overpaid = yann.getByRole('dialog');
        await overpaid
          .getByText(/Lucie Gautier doit encore 0,00\s€ : ce versement de 5\s000,00\s€ le dépasse de 5\s000,00\s€/)
          .waitFor();
        await overpaid.getByRole('button', { name: /^Enregistrer 5\s000,00\s€$/ }).click();
        await contribution.getByText(/au-delà de la limite de trop-perçu du projet \(100,00\s€\)/).waitFor();
        expect(await ledgerRows.count()).toBe(3);
        await settled(yann);
        await screenshot(yann, 'projects-overpayment-refused-fr');

        // The board changes the limit where it is shown: lifted (field left empty), then set to 250 €,
        // which the API's next refusal names; still nothing recorded.
        const limit = yann.getByTestId('overpayment-limit');
        const current = limit.getByTestId('overpayment-limit-current');
        await current.getByText(/ne peut pas dépasser de plus de 100,00\s€ ce que la personne doit encore/).waitFor();
        const limitField = limit.getByRole('textbox', { name: 'Limite de trop-perçu (EUR)' });
        expect(await limitField.inputValue()).toBe('100,00');
        await limitField.fill('');
        await limit.getByRole('button', { name: 'Enregistrer la limite' }).click();
        await yann.getByText('Limite de trop-perçu levée.').first().waitFor();
        await current.getByText(/Aucune limite : un versement peut dépasser/).waitFor();
        await limitField.fill('250');
        await limit.getByRole('button', { name: 'Enregistrer la limite' }).click();
        await yann.getByText('Limite de trop-perçu enregistrée.').first().waitFor();
        await current.getByText(/de plus de 250,00\s€/).waitFor();
        expect(await limitField.inputValue()).toBe('250,00');
        // A plain retry (the amount left as typed, its last refusal still under it) asks again first.
        expect(await contribution.getByLabel(/Montant/).inputValue()).toBe('5000');
        await contribution.getByRole('button', { name: 'Enregistrer la participation' }).click();
        await yann
          .getByRole('dialog')
          .getByRole('button', { name: /^Enregistrer 5\s000,00\s€$/ })
          .click();
        await contribution.getByText(/au-delà de la limite de trop-perçu du projet \(250,00\s€\)/).waitFor();
        expect(await ledgerRows.count()).toBe(3);
        await limit.scrollIntoViewIfNeeded();
        await screenshot(yann, 'projects-overpayment-limit-fr');

        // The settle-up: the fewest transfers ("Marie verse 12,34 € à Paul").
        const settle = yann.getByTestId('settle-up');
        await settle
          .getByText(/ verse .* à /)
          .first()
          .waitFor();
        expect(await settle.locator('li').count()).toBeLessThanOrEqual(5);
        await yann.getByRole('heading', { name: 'Historique des modifications' }).waitFor();
        // The limit's two changes are worded, not shown as a bare action name.
        const trail = yann
          .locator('mat-card')
          .filter({ has: yann.getByRole('heading', { name: 'Historique des modifications' }) });
        await trail.getByText('Limite de trop-perçu levée').waitFor();
        await trail.getByText(/Limite de trop-perçu fixée à 250,00\s€/).waitFor();
        expect(await trail.getByText('OVERPAYMENT_LIMIT').count()).toBe(0);

        // The CSV downloads, for French spreadsheets (semicolons, BOM).
        const [download] = await Promise.all([
          yann.waitForEvent('download'),
          yann.getByRole('button', { name: 'CSV (français)' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.csv$/);
        const path = await download.path();
        const { readFileSync } = await import('node:fs');
        const csv = readFileSync(path, 'utf8');
        expect(csv.charCodeAt(0)).toBe(0xfeff);
        expect(csv).toContain(';');
        expect(csv).toContain('276,00');

        await settled(yann);
        await screenshot(yann, 'projects-ledger-fr');
        await onPhone(yann, async () => {
          await yann.getByTestId('settle-up').waitFor();
          await screenshot(yann, 'projects-ledger-fr-phone');
        });

        // The list, in French then in English; the project page in English.
        await yann.goto('/projects');
        await yann.getByRole('heading', { name: 'Financés' }).waitFor();
        // What pooling brought: this project's 1 380,00 € and the demo's kraft bags order (1 764,00 €).
        await yann
          .getByTestId('projects-impact')
          .getByText(/3\s144,00\s€/)
          .waitFor();
        await settled(yann);
        await screenshot(yann, 'projects-list-fr');
        await onPhone(yann, async () => {
          await yann.getByRole('heading', { name: 'Financés' }).waitFor();
          await screenshot(yann, 'projects-list-fr-phone');
        });
        await yann.getByRole('button', { name: 'Choisir la langue' }).click();
        await yann.getByRole('menuitemradio', { name: 'English' }).click();
        await yann.getByRole('menu').waitFor({ state: 'detached' });
        await yann.getByRole('heading', { name: 'Joint projects', level: 1 }).waitFor();
        await yann.getByRole('heading', { name: 'Funded' }).waitFor();
        await screenshot(yann, 'projects-list-en');
        await yann.getByRole('link', { name: title }).click();
        await yann.getByRole('heading', { name: 'Ledger' }).waitFor();
        await yann
          .getByTestId('settle-up')
          .getByText(/ pays .* to /)
          .first()
          .waitFor();
        await settled(yann);
        await screenshot(yann, 'projects-page-en');
        await yann.goto('/projects/new');
        await yann.getByRole('heading', { name: 'New joint project', level: 1 }).waitFor();
        await screenshot(yann, 'projects-editor-en');
        // Back to French (the choice is kept on Yann's account).
        await yann.getByRole('button', { name: 'Choose the language' }).click();
        await yann.getByRole('menuitemradio', { name: 'Français' }).click();
        await yann.getByRole('heading', { name: 'Nouveau projet collectif', level: 1 }).waitFor();
      }),
    5 * MINUTE,
  );
});
