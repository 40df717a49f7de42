/**
 * Leaving for good (issue 25 part 4), at phone width, in French and in English: a shopkeeper who took part
 * in the kraft bags project closes their account (a wrong password is refused first), lands signed out on
 * the "account closed" page; the president then reads "Ancien membre" / "Former member" where their share
 * was, the project's total unchanged; and the old e-mail address signs up afresh.
 */
import { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { browserJourneys, chooseLanguage, DEMO_PASSWORD, logIn, settled } from './support/journey';

const { newPage, journey } = browserJourneys('close-account');

const CLAIRE = 'claire.martin@vitrines-vitre.fr';

interface Words {
  menu: string;
  closeLink: string;
  title: string;
  password: string;
  understood: string;
  submit: string;
  wrongPassword: string;
  closed: string;
  projects: string;
  former: string;
}

const FR: Words = {
  menu: 'Mon compte',
  closeLink: 'Fermer mon compte',
  title: 'Fermer mon compte',
  password: 'Mot de passe actuel',
  understood: 'Je comprends que la fermeture est définitive.',
  submit: 'Fermer définitivement mon compte',
  wrongPassword: 'Ce mot de passe n’est pas le bon : saisissez votre mot de passe actuel pour fermer le compte.',
  closed: 'Votre compte est fermé',
  projects: 'Projets',
  former: 'Ancien membre',
};

const EN: Words = {
  menu: 'My account',
  closeLink: 'Close my account',
  title: 'Close my account',
  password: 'Current password',
  understood: 'I understand that closing is final.',
  submit: 'Close my account for good',
  wrongPassword: 'This password is wrong: enter your current password to close the account.',
  closed: 'Your account is closed',
  projects: 'Projects',
  former: 'Former member',
};

async function closeAccount(page: Page, words: Words, lang: string): Promise<void> {
  await page.getByRole('button', { name: words.menu }).click();
  await page.getByRole('menuitem', { name: words.menu }).click();
  await page.getByRole('link', { name: words.closeLink }).click();
  await page.getByRole('heading', { name: words.title, level: 1 }).waitFor();
  await screenshot(page, `close-account-${lang}-phone`);
  await page.getByLabel(words.password).fill('pas-le-bon-mot-de-passe');
  await page.getByRole('checkbox', { name: words.understood }).check();
  await page.getByRole('button', { name: words.submit }).click();
  await page.getByText(words.wrongPassword).waitFor();
  await page.getByLabel(words.password).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: words.submit }).click();
  await page.getByRole('heading', { name: words.closed, level: 1 }).waitFor();
  await screenshot(page, `close-account-${lang}-closed`);
}

/** The president's view of the kraft bags project: the closed member's share reads `former`, the total unchanged. */
async function kraftBags(page: Page, words: Words, lang: string): Promise<void> {
  await page.getByRole('link', { name: words.projects }).first().click();
  await page
    .getByRole('link', { name: /Sacs kraft/ })
    .first()
    .click();
  await page.getByRole('heading', { name: /Sacs kraft/, level: 1 }).waitFor();
  await settled(page);
  await page.getByText(words.former, { exact: true }).first().waitFor();
  await expect(page.getByTestId('project-total').innerText()).resolves.toMatch(/1\s?764[,.]00\s?€|€\s?1,764\.00/);
  await page.getByText(words.former, { exact: true }).first().scrollIntoViewIfNeeded();
  await screenshot(page, `close-account-${lang}-president-sees-former-member`);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByText(words.former, { exact: true }).first().scrollIntoViewIfNeeded();
  await screenshot(page, `close-account-${lang}-president-sees-former-member-phone`);
}

describe('closing an account', () => {
  it('in French: Lucie closes her account, Claire reads "Ancien membre", the address signs up afresh', () =>
    journey('close-account-fr', async () => {
      const lucie = await newPage(true);
      await logIn(lucie, 'lucie.gautier@vitrines-vitre.fr');
      await closeAccount(lucie, FR, 'fr');

      const claire = await newPage(true);
      await logIn(claire, CLAIRE);
      await claire.setViewportSize({ width: 1280, height: 900 }); // the menu's links without the drawer
      await kraftBags(claire, FR, 'fr');

      // The old address is free: signing up with it mails a link that creates a new account.
      await lucie.goto('/signup');
      await lucie.getByRole('heading', { name: 'Créer un compte', level: 1 }).waitFor();
      await lucie.getByLabel('Nom et prénom').fill('Lucie Gautier');
      await lucie.getByLabel('Adresse e-mail').fill('lucie.gautier@vitrines-vitre.fr');
      await lucie.getByLabel('Mot de passe').fill('Une-toute-nouvelle-phrase-2027');
      await lucie.getByRole('button', { name: 'Créer mon compte' }).click();
      await lucie
        .getByText("un message vient d'être envoyé à lucie.gautier@vitrines-vitre.fr", { exact: false })
        .waitFor();
      await lucie.goto('/dev/mailbox');
      const mail = lucie.locator('mat-expansion-panel').filter({ hasText: 'lucie.gautier@vitrines-vitre.fr' });
      const link = mail.first().getByRole('link', { name: /\/signup\/confirm\// });
      await mail.first().waitFor();
      if (!(await link.isVisible())) await mail.first().locator('mat-expansion-panel-header').click();
      await link.click();
      await lucie.getByRole('heading', { name: 'Créer une association', level: 1 }).waitFor();
    }));

  it('in English: Marc closes his account, Claire reads "Former member"', () =>
    journey('close-account-en', async () => {
      const marc = await newPage(true);
      await logIn(marc, 'marc.pinel@vitrines-vitre.fr');
      await chooseLanguage(marc, 'Choisir la langue', 'English');
      await marc.getByRole('heading', { name: 'News feed', level: 1 }).waitFor();
      await closeAccount(marc, EN, 'en');

      const claire = await newPage(true);
      await logIn(claire, CLAIRE);
      await chooseLanguage(claire, 'Choisir la langue', 'English');
      await claire.setViewportSize({ width: 1280, height: 900 });
      await kraftBags(claire, EN, 'en');
      await chooseLanguage(claire, 'Choose the language', 'Français');
    }));
});
