/**
 * My data (issue 25, GDPR articles 15 and 20), at phone width, in French then English: Lucie (member)
 * posts, Yann (treasurer) records her share of a joint order, she opens "Mes données" from the user menu, asks for her archive, sees it being prepared, the job
 * runs (the test clock moves), the page shows the link, she downloads the ZIP and finds her own post and
 * her ledger lines in it; then in English. The privacy page prints the export link's retention from the
 * registry, and the link stops working once that many days have passed; nobody else can fetch it.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { advanceClockTo, DAY, MINUTE, serverNow } from './support/clock';
import { browserJourneys, chooseLanguage, logIn, settled } from './support/journey';

const LUCIE = 'lucie.gautier@vitrines-vitre.fr';
const CLAIRE = 'claire.martin@vitrines-vitre.fr';
const YANN = 'yann.lebreton@vitrines-vitre.fr';
const KRAFT = "Sacs kraft aux couleurs de l'association";

const { newPage, journey } = browserJourneys('my-data');

/** Downloads the ready archive and returns its files as text. */
async function downloadArchive(page: Page, name: RegExp): Promise<Record<string, string>> {
  const link = page.getByTestId('export-download');
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(file.suggestedFilename()).toMatch(name);
  const files = unzipSync(new Uint8Array(readFileSync(await file.path())));
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

describe('my data journey', () => {
  it('prepares, mails and downloads one’s own data on a phone, in French and English, until the link expires', () =>
    journey('my-data', async () => {
      const unique = Date.now().toString(36);
      const postText = `Vitrine de Noël prête ${unique}, venez voir !`;
      const lucie = await newPage(true);

      // The log-in page links the legal notice and the privacy page (public, rendered by the API).
      await lucie.goto('/login');
      await lucie.getByRole('heading', { name: 'Connexion', level: 1 }).waitFor();
      await screenshot(lucie, 'log-in-legal-links-fr-phone');
      await lucie.getByRole('link', { name: 'Mentions légales' }).click();
      await lucie.getByRole('heading', { name: 'Mentions légales', level: 1 }).waitFor();
      await lucie.getByText('Directeur ou directrice de la publication').waitFor();
      await screenshot(lucie, 'legal-notice-fr-phone');

      // The privacy page says how long an export's link works (from the registry the job reads).
      await lucie.getByRole('link', { name: 'Vos données personnelles' }).click();
      await lucie.getByRole('heading', { name: 'Vos données personnelles', level: 1 }).waitFor();
      const retention = lucie.locator('[data-retention-key="privacy.exportLink"] dd');
      const days = Number(await retention.getAttribute('data-days'));
      expect(days).toBeGreaterThan(0);
      expect((await retention.innerText()).trim()).toBe(`${days} jours`);
      await screenshot(lucie, 'privacy-page-fr-phone');

      // Yann, the treasurer, records Lucie's share of the kraft bags order: a ledger line about her.
      const yann = await newPage();
      await logIn(yann, YANN);
      await yann.goto('/projects');
      await yann.getByRole('link', { name: KRAFT }).first().click();
      await yann.getByRole('heading', { name: KRAFT, level: 1 }).waitFor();
      await settled(yann);
      const contribution = yann.getByTestId('contribution-form');
      await contribution.getByRole('combobox', { name: 'Participant' }).click();
      await yann.getByRole('option', { name: 'Lucie Gautier' }).click();
      await contribution.getByLabel(/Montant/).fill('252,00');
      await contribution.getByRole('combobox', { name: 'Moyen de paiement' }).click();
      await yann.getByRole('option', { name: 'Chèque' }).click();
      await contribution.getByRole('button', { name: 'Enregistrer la participation' }).click();
      await yann.getByText('Participation enregistrée.').first().waitFor();

      await logIn(lucie, LUCIE);
      await settled(lucie);
      await lucie.getByLabel('Quoi de neuf ?').fill(postText);
      await lucie.getByRole('button', { name: 'Publier' }).click();
      await lucie.locator('assoc-post-card').filter({ hasText: unique }).first().waitFor();

      await lucie.getByRole('button', { name: 'Mon compte' }).click();
      await lucie.getByRole('menuitem', { name: 'Mes données' }).click();
      await lucie.getByRole('heading', { name: 'Mes données', level: 1 }).waitFor();
      await settled(lucie);
      await lucie.getByText(`Le lien fonctionne ${days} jours`).waitFor();
      const status = lucie.getByTestId('export-status');
      await status.getByText('Aucune archive demandée pour le moment.').waitFor();
      await lucie.getByRole('button', { name: 'Préparer l’archive' }).click();
      await status.getByText(/Archive en préparation/).waitFor();
      await screenshot(lucie, 'my-data-pending-fr-phone');

      // The job runs (the test clock moves); the page reads again while the archive is being prepared.
      await advanceClockTo((await serverNow()) + MINUTE);
      await status.getByText(/Votre archive est prête/).waitFor();
      await screenshot(lucie, 'my-data-ready-fr-phone');
      const fr = await downloadArchive(lucie, /^mes-donnees-\d{4}-\d{2}-\d{2}\.zip$/);
      expect(fr['README.txt']).toContain('Données de Lucie Gautier');
      const posts = JSON.parse(fr['json/network-posts.json']) as { text: string }[];
      expect(posts.some((post) => post.text === postText)).toBe(true);
      expect(fr['csv/network-posts.csv']).toContain(unique);
      const ledger = JSON.parse(fr['json/projects-ledger-lines.json']) as {
        project_title: string;
        cents: number;
        about_me: boolean;
      }[];
      expect(ledger).toContainEqual(expect.objectContaining({ project_title: KRAFT, cents: 25200, about_me: true }));
      const downloadUrl = await lucie.getByTestId('export-download').getAttribute('href');
      expect(downloadUrl).toMatch(/^\/api\/privacy\/exports\/[0-9a-f-]{36}$/);

      // Nobody else can fetch it: Claire, the president, signed in.
      const claire = await newPage();
      await logIn(claire, CLAIRE);
      expect((await claire.request.get(downloadUrl as string)).status()).toBe(404);

      // In English: the same page, a new archive, its README in English.
      await chooseLanguage(lucie, 'Choisir la langue', 'English');
      await lucie.getByRole('heading', { name: 'My data', level: 1 }).waitFor();
      await status.getByText(/Your archive is ready/).waitFor();
      await lucie.getByRole('button', { name: 'Prepare a new archive' }).click();
      await status.getByText(/Archive being prepared/).waitFor();
      await advanceClockTo((await serverNow()) + MINUTE);
      await status.getByText(/Your archive is ready/).waitFor();
      await screenshot(lucie, 'my-data-ready-en-phone');
      const en = await downloadArchive(lucie, /^my-data-\d{4}-\d{2}-\d{2}\.zip$/);
      expect(en['README.txt']).toContain('Data the platform holds about Lucie Gautier');
      expect((JSON.parse(en['json/network-posts.json']) as { text: string }[]).some((p) => p.text === postText)).toBe(
        true,
      );

      // Past the retention printed on the privacy page, the link is gone and the page says so.
      await advanceClockTo((await serverNow()) + days * DAY + MINUTE);
      const expired = await lucie.request.get(downloadUrl as string);
      expect(expired.status()).toBe(410);
      await lucie.reload();
      await status.getByText(/expired on/).waitFor();
      await screenshot(lucie, 'my-data-expired-en-phone');
      await lucie.goto('/privacy?lang=en');
      expect((await lucie.locator('[data-retention-key="privacy.exportLink"] dd').innerText()).trim()).toBe(
        `${days} days`,
      );
      await screenshot(lucie, 'privacy-page-en-phone');
      await lucie.goto('/feed');
      await chooseLanguage(lucie, 'Choose the language', 'Français');
    }));

  it('gives the president the whole association from its settings, and a member nothing', () =>
    journey('association-data', async () => {
      const claire = await newPage(true);
      await logIn(claire, CLAIRE);
      await claire.goto('/association/settings');
      await claire.getByRole('heading', { name: "Paramètres de l'association", level: 1 }).waitFor();
      await settled(claire);
      await claire.getByRole('link', { name: 'Exporter les données de l’association' }).click();
      await claire.getByRole('heading', { name: 'Données de l’association', level: 1 }).waitFor();
      await settled(claire);
      const status = claire.getByTestId('export-status');
      await claire.getByRole('button', { name: /^Préparer (l’|une nouvelle )archive$/ }).click();
      await status.getByText(/Archive en préparation/).waitFor();
      await advanceClockTo((await serverNow()) + MINUTE);
      await status.getByText(/Votre archive est prête/).waitFor();
      await screenshot(claire, 'association-data-ready-fr-phone');
      const files = await downloadArchive(claire, /^donnees-association-\d{4}-\d{2}-\d{2}\.zip$/);
      expect(files['README.txt']).toContain('Données de l’association Les Vitrines de Vitré');
      expect(files['json/associations-members.json']).toContain('Lucie Gautier');
      expect(files['json/network-posts.json']).toBeDefined();
      const url = await claire.getByTestId('export-download').getAttribute('href');

      // A member can neither open the page nor fetch the president's archive.
      const lucie = await newPage(true);
      await logIn(lucie, LUCIE);
      await lucie.goto('/association/data');
      await lucie.waitForURL(/\/not-allowed/);
      expect((await lucie.request.get(url as string)).status()).toBe(404);
    }));
});
