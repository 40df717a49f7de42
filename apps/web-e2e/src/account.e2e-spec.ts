/**
 * My account (issue 25 part 1), at phone width, in French and in English: a shopkeeper corrects
 * their name (the feed shows it), sees where they are logged in and ends the session of another
 * browser (signed out on its next page), changes the password (the other browser is signed out, this
 * one stays), and changes the e-mail address through the link mailed to the new address; in English
 * the old address's notice then undoes it, which signs every browser out.
 */
import { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { browserJourneys, DEMO_PASSWORD, logIn, settled } from './support/journey';

const { newPage, journey } = browserJourneys('account');

interface Words {
  menu: string;
  title: string;
  name: string;
  language: string;
  saveProfile: string;
  saved: string;
  feed: string;
  emailCard: string;
  newEmail: string;
  currentPassword: string;
  sendLink: string;
  pending: string;
  mailbox: string;
  confirmed: string;
  toAccount: string;
  passwordCard: string;
  newPassword: string;
  confirmPassword: string;
  changePassword: string;
  passwordDone: string;
  sessionsCard: string;
  thisDevice: string;
  endOne: RegExp;
  ended: string;
  logInTitle: string;
  undoTitle: string;
  undoSubmit: string;
  undone: string;
}

const FR: Words = {
  menu: 'Mon compte',
  title: 'Mon compte',
  name: 'Nom et prénom',
  language: 'Langue',
  saveProfile: 'Enregistrer',
  saved: 'Modifications enregistrées.',
  feed: "Fil d'actualité",
  emailCard: 'Adresse e-mail',
  newEmail: 'Nouvelle adresse e-mail',
  currentPassword: 'Mot de passe actuel',
  sendLink: 'Envoyer le lien de confirmation',
  pending: 'En attente de confirmation',
  mailbox: 'Boîte mail de développement',
  confirmed: "C'est fait : l'adresse e-mail de votre compte est désormais",
  toAccount: 'Retour à mon compte',
  passwordCard: 'Mot de passe',
  newPassword: 'Nouveau mot de passe',
  confirmPassword: 'Confirmer le mot de passe',
  changePassword: 'Changer le mot de passe',
  passwordDone: 'Mot de passe changé. Appareils déconnectés : 1.',
  sessionsCard: 'Appareils connectés',
  thisDevice: 'Cet appareil',
  endOne: /^Déconnecter /,
  ended: 'Appareil déconnecté.',
  logInTitle: 'Connexion',
  undoTitle: "Annuler le changement d'adresse",
  undoSubmit: 'Remettre mon adresse',
  undone: 'est de nouveau celle de votre compte',
};

const EN: Words = {
  menu: 'My account',
  title: 'My account',
  name: 'Full name',
  language: 'Language',
  saveProfile: 'Save',
  saved: 'Changes saved.',
  feed: 'News feed',
  emailCard: 'E-mail address',
  newEmail: 'New e-mail address',
  currentPassword: 'Current password',
  sendLink: 'Send the confirmation link',
  pending: 'Waiting for confirmation',
  mailbox: 'Development mailbox',
  confirmed: "Done: your account's e-mail address is now",
  toAccount: 'Back to my account',
  passwordCard: 'Password',
  newPassword: 'New password',
  confirmPassword: 'Confirm the password',
  changePassword: 'Change the password',
  passwordDone: 'Password changed. Devices logged out: 1.',
  sessionsCard: 'Logged-in devices',
  thisDevice: 'This device',
  endOne: /^Log out /,
  ended: 'Device logged out.',
  logInTitle: 'Log in',
  undoTitle: 'Undo the address change',
  undoSubmit: 'Put my address back',
  undone: "is your account's address again",
};

/** One section of the account page, by its heading. */
function card(page: Page, heading: string) {
  return page.locator('mat-card').filter({ has: page.getByRole('heading', { name: heading, exact: true, level: 2 }) });
}

/** Logs in from the form, whatever language the browser and the account speak. */
async function logInAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  // In the language this browser last used (English once the account chose it).
  await page.getByRole('heading', { name: /^(Connexion|Log in)$/, level: 1 }).waitFor();
  await page.getByLabel(/^(Adresse e-mail|E-mail address)$/).fill(email);
  await page.getByLabel(/^(Mot de passe|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Se connecter|Log in)$/ }).click();
  await page.getByRole('heading', { name: /^(Fil d'actualité|News feed)$/, level: 1 }).waitFor();
}

/** A browser whose session was ended: its next page is the log-in form. */
async function signedOut(page: Page, words: Words): Promise<void> {
  await page.goto('/account');
  await page.getByRole('heading', { name: new RegExp(`^(Connexion|${words.logInTitle})$`), level: 1 }).waitFor();
}

async function openAccount(page: Page, words: Words): Promise<void> {
  await page.getByRole('button', { name: words.menu }).click();
  await page.getByRole('menuitem', { name: words.menu }).click();
  await page.getByRole('heading', { name: words.title, level: 1 }).waitFor();
  await settled(page);
}

/** The link of the newest mail to `to` whose link contains `path`, followed in `page`. */
async function followMailLink(page: Page, words: Words, to: string, path: string): Promise<void> {
  await page.goto('/dev/mailbox');
  await page.getByRole('heading', { name: words.mailbox, level: 1 }).waitFor();
  const mail = page.locator('mat-expansion-panel').filter({ hasText: to }).filter({ hasText: path }).first();
  await mail.waitFor();
  const link = mail.getByRole('link', { name: new RegExp(path.replace(/\//g, '\\/')) });
  if (!(await link.isVisible())) await mail.locator('mat-expansion-panel-header').click();
  await link.click();
}

describe('my account journey', () => {
  async function accountJourney(lang: 'fr' | 'en', email: string, oldName: string, newName: string) {
    const words = lang === 'fr' ? FR : EN;
    const unique = Date.now().toString(36);
    const newPassword = `Une-phrase-toute-neuve-${unique}`;
    const newEmail = `${lang}.nouvelle.${unique}@exemple.fr`;

    const phone = await newPage(true);
    await logIn(phone, email);
    // A second browser (a laptop), logged in as the same person.
    const laptop = await newPage();
    await logInAs(laptop, email, DEMO_PASSWORD);

    await openAccount(phone, FR);
    if (lang === 'en') {
      // The language is part of the account: English from now on.
      const profile = card(phone, 'Nom et langue');
      await profile.getByRole('combobox', { name: 'Langue' }).click();
      await phone.getByRole('option', { name: 'English' }).click();
      await profile.getByRole('button', { name: 'Enregistrer' }).click();
      await phone.getByRole('heading', { name: EN.title, level: 1 }).waitFor();
      await card(phone, 'Name and language').waitFor();
    }
    await screenshot(phone, `account-${lang}-phone`);

    // (1) The name, corrected: the feed shows it.
    const profile = card(phone, lang === 'fr' ? 'Nom et langue' : 'Name and language');
    await profile.getByLabel(words.name).fill(newName);
    await profile.getByRole('button', { name: words.saveProfile }).click();
    await phone.getByText(words.saved).waitFor();
    await phone.getByRole('button', { name: words.menu }).click();
    await phone.getByRole('menu').getByText(newName, { exact: true }).waitFor();
    await phone.keyboard.press('Escape');
    await phone.goto('/feed');
    await phone.getByRole('heading', { name: words.feed, level: 1 }).waitFor();
    await phone.getByText(newName, { exact: true }).first().waitFor();
    expect(await phone.getByText(oldName, { exact: true }).count()).toBe(0);

    // (2) Sessions: this phone and the laptop; the phone ends the laptop's session.
    await openAccount(phone, words);
    const sessions = card(phone, words.sessionsCard);
    await sessions.getByText(words.thisDevice).waitFor();
    expect(await sessions.getByRole('listitem').count()).toBe(2);
    await sessions.scrollIntoViewIfNeeded();
    await screenshot(phone, `account-${lang}-sessions`);
    await sessions
      .getByRole('listitem')
      .filter({ hasNotText: words.thisDevice })
      .getByRole('button', { name: words.endOne })
      .click();
    await phone.getByText(words.ended).waitFor();
    expect(await sessions.getByRole('listitem').count()).toBe(1);
    // The laptop, still showing the feed (in the language it logged in with), is sent to the log-in page by its next request.
    await laptop
      .getByRole('navigation', { name: /^(Navigation principale|Main navigation)$/ })
      .getByRole('link', { name: /^(Annuaire|Directory)$/ })
      .click();
    await laptop.getByRole('heading', { name: /^(Connexion|Log in)$/, level: 1 }).waitFor();

    // (3) The password: the laptop, logged in again, is signed out; the phone stays.
    await logInAs(laptop, email, DEMO_PASSWORD);
    const password = card(phone, words.passwordCard);
    await password.getByLabel(words.currentPassword).fill('pas-le-bon-mot-de-passe');
    await password.getByLabel(words.newPassword).fill(newPassword);
    await password.getByLabel(words.confirmPassword).fill(newPassword);
    await password.getByRole('button', { name: words.changePassword }).click();
    await password
      .getByText(lang === 'fr' ? 'Le mot de passe actuel est incorrect.' : 'The current password is wrong.')
      .waitFor();
    await password.scrollIntoViewIfNeeded();
    await screenshot(phone, `account-${lang}-wrong-password`);
    await password.getByLabel(words.currentPassword).fill(DEMO_PASSWORD);
    await password.getByRole('button', { name: words.changePassword }).click();
    await phone.getByText(words.passwordDone).waitFor();
    await signedOut(laptop, words);
    await logInAs(laptop, email, newPassword);

    // (4) The e-mail address: it changes once the new address's link is followed.
    const emailCard = card(phone, words.emailCard);
    await emailCard.getByLabel(words.newEmail).fill(newEmail);
    await emailCard.getByLabel(words.currentPassword).fill(newPassword);
    await emailCard.getByRole('button', { name: words.sendLink }).click();
    await emailCard.getByText(words.pending).waitFor();
    await emailCard.getByText(lang === 'fr' ? `Adresse actuelle : ${email}` : `Current address: ${email}`).waitFor();
    await emailCard.scrollIntoViewIfNeeded();
    await screenshot(phone, `account-${lang}-email-pending`);
    await followMailLink(phone, words, newEmail, '/confirm-email/');
    await phone.getByText(`${words.confirmed} ${newEmail}.`).waitFor();
    await screenshot(phone, `account-${lang}-email-confirmed`);
    await phone.getByRole('link', { name: words.toAccount }).click();
    await phone.getByRole('heading', { name: words.title, level: 1 }).waitFor();
    await card(phone, words.emailCard)
      .getByText(lang === 'fr' ? `Adresse actuelle : ${newEmail}` : `Current address: ${newEmail}`)
      .waitFor();

    if (lang === 'en') {
      // (5) The old address's notice undoes it: the old address is back, every browser signed out.
      const visitor = await newPage(true);
      await followMailLink(visitor, FR, email, '/undo-email-change/');
      await visitor.getByRole('heading', { name: FR.undoTitle, level: 1 }).waitFor();
      await visitor.getByRole('button', { name: FR.undoSubmit }).click();
      await visitor.getByText(`${email} ${FR.undone}`, { exact: false }).waitFor();
      await screenshot(visitor, `account-${lang}-email-undone`);
      await signedOut(phone, words);
      await signedOut(laptop, words);
      await logInAs(laptop, email, newPassword);
    }
  }

  it('in French: name, sessions, password and e-mail change at phone width', () =>
    journey('account-fr', () =>
      accountJourney('fr', 'thomas.rault@vitrines-vitre.fr', 'Thomas Rault', 'Thomas Rault-Le Goff'),
    ));

  it('in English: the same, then the old address undoes the e-mail change', () =>
    journey('account-en', () =>
      accountJourney('en', 'elodie.moreau@vitrines-vitre.fr', 'Élodie Moreau', 'Élodie Moreau-Tanguy'),
    ));
});
