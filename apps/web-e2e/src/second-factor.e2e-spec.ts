/**
 * The second factor (issue 25 part 2), at phone width, in French and in English: a person sets it up
 * on /account/security (the code is computed here with otplib from the secret the page shows, as an
 * authenticator app would), notes the recovery codes shown once, signs out, signs in with a code,
 * then with a recovery code, and finds that recovery code refused the second time.
 */
import { authenticator } from 'otplib';
import { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { advanceClockTo, MINUTE, serverNow } from './support/clock';
import { browserJourneys, chooseLanguage, DEMO_PASSWORD, logIn, settled } from './support/journey';

const { newPage, journey } = browserJourneys('second-factor');

interface Words {
  menu: string;
  logOut: string;
  logInTitle: string;
  email: string;
  password: string;
  logInSubmit: string;
  feed: string;
  title: string;
  start: string;
  qrAlt: string;
  setupCode: string;
  confirm: string;
  codesTitle: string;
  noted: string;
  on: string;
  codesLeft: (n: number) => string;
  stepTitle: string;
  code: string;
  verify: string;
  wrongCode: string;
}

const FR: Words = {
  menu: 'Mon compte',
  logOut: 'Se déconnecter',
  logInTitle: 'Connexion',
  email: 'Adresse e-mail',
  password: 'Mot de passe',
  logInSubmit: 'Se connecter',
  feed: "Fil d'actualité",
  title: 'Sécurité du compte',
  start: 'Activer la double authentification',
  qrAlt: "QR code à scanner avec l'application d'authentification",
  setupCode: 'Code à 6 chiffres',
  confirm: 'Confirmer et activer',
  codesTitle: 'Codes de secours',
  noted: "J'ai noté mes codes",
  on: 'Double authentification activée',
  codesLeft: (n) => `Codes de secours restants : ${n}`,
  stepTitle: 'Double authentification',
  code: 'Code de vérification',
  verify: 'Vérifier',
  wrongCode:
    'Ce code n’est pas le bon, ou il a expiré : saisissez le code affiché maintenant par votre application, ou un code de secours.',
};

const EN: Words = {
  menu: 'My account',
  logOut: 'Log out',
  logInTitle: 'Log in',
  email: 'E-mail address',
  password: 'Password',
  logInSubmit: 'Log in',
  feed: 'News feed',
  title: 'Account security',
  start: 'Turn on two-step verification',
  qrAlt: 'QR code to scan with the authenticator app',
  setupCode: '6-digit code',
  confirm: 'Confirm and turn on',
  codesTitle: 'Recovery codes',
  noted: 'I have noted my codes',
  on: 'Two-step verification is on',
  codesLeft: (n) => `Recovery codes left: ${n}`,
  stepTitle: 'Two-step verification',
  code: 'Verification code',
  verify: 'Verify',
  wrongCode: 'This code is wrong or has expired: enter the code your app shows now, or a recovery code.',
};

/** The code an authenticator app shows now for the secret, by the API's (test) clock. */
async function currentCode(secret: string): Promise<string> {
  return authenticator.clone({ epoch: await serverNow() }).generate(secret);
}

async function logOut(page: Page, words: Words): Promise<void> {
  await page.getByRole('button', { name: words.menu }).click();
  await page.getByRole('menuitem', { name: words.logOut }).click();
  await page.getByRole('heading', { name: words.logInTitle, level: 1 }).waitFor();
}

/** E-mail and password: the page then asks for the second step's code. */
async function passwordStep(page: Page, words: Words, email: string): Promise<void> {
  await page.getByLabel(words.email).fill(email);
  await page.getByLabel(words.password, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: words.logInSubmit }).click();
  await page.getByRole('heading', { name: words.stepTitle, level: 2 }).waitFor();
}

async function secondStep(page: Page, words: Words, code: string): Promise<void> {
  await page.getByLabel(words.code).fill(code);
  await page.getByRole('button', { name: words.verify }).click();
}

/** Sets the second factor up on /account/security; answers the secret and the recovery codes. */
async function setUp(page: Page, words: Words, shot: string): Promise<{ secret: string; codes: string[] }> {
  await page.goto('/account/security');
  await page.getByRole('heading', { name: words.title, level: 1 }).waitFor();
  await settled(page);
  await page.getByRole('button', { name: words.start }).click();
  await page.getByRole('img', { name: words.qrAlt }).waitFor();
  const secret = (await page.getByTestId('second-factor-secret').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await screenshot(page, `${shot}-setup`);
  await page.getByLabel(words.setupCode).fill(await currentCode(secret));
  await page.getByRole('button', { name: words.confirm }).click();
  await page.getByRole('heading', { name: words.codesTitle, level: 2 }).waitFor();
  const codes = (await page.getByTestId('recovery-codes').locator('li').allInnerTexts()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  await screenshot(page, `${shot}-recovery-codes`);
  await page.getByRole('button', { name: words.noted }).click();
  await page.getByRole('heading', { name: words.on, level: 2 }).waitFor();
  await page.getByText(words.codesLeft(10)).waitFor();
  expect(await page.getByTestId('recovery-codes').count()).toBe(0); // shown once
  return { secret, codes };
}

async function signInTwice(page: Page, words: Words, email: string, secret: string, codes: string[], shot: string) {
  // The setup's code cannot serve again: the next sign-in comes a minute later, with the next code.
  await advanceClockTo((await serverNow()) + MINUTE);
  await logOut(page, words);
  await passwordStep(page, words, email);
  await screenshot(page, `${shot}-code-step`);
  await secondStep(page, words, await currentCode(secret));
  await page.getByRole('heading', { name: words.feed, level: 1 }).waitFor();

  // With a recovery code (typed in capitals, as one might), once.
  await logOut(page, words);
  await passwordStep(page, words, email);
  await secondStep(page, words, codes[0].toUpperCase());
  await page.getByRole('heading', { name: words.feed, level: 1 }).waitFor();
  await page.goto('/account/security');
  await page.getByText(words.codesLeft(9)).waitFor();

  await logOut(page, words);
  await passwordStep(page, words, email);
  await secondStep(page, words, codes[0]);
  // The refusal shows under the field and is the field's description (the log-in page's own fields, ADR 0036).
  const refusal = page.getByText(words.wrongCode);
  await refusal.waitFor();
  expect(await page.getByLabel(words.code).getAttribute('aria-describedby')).toBe(await refusal.getAttribute('id'));
  await screenshot(page, `${shot}-code-refused`);
  expect(await page.getByRole('heading', { name: words.feed, level: 1 }).count()).toBe(0);
  await secondStep(page, words, codes[1]);
  await page.getByRole('heading', { name: words.feed, level: 1 }).waitFor();
}

describe('the second factor in the browser (issue 25)', () => {
  it('the president requires it; the treasurer is sent to set it up, then signs in with a code and a recovery code (French, phone)', async () => {
    await journey('second-factor-fr', async () => {
      const page = await newPage(true);
      // The president turns it on for herself first, then requires it of those who handle money and roles.
      await logIn(page, 'claire.martin@vitrines-vitre.fr');
      await setUp(page, FR, 'second-factor-fr-president');
      await page.goto('/association/settings');
      await settled(page);
      const requirement = page.getByRole('checkbox', {
        name: 'Exiger la double authentification de la présidence et du bureau',
      });
      await requirement.check();
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await page.getByText('Modifications enregistrées.').waitFor();
      await requirement.scrollIntoViewIfNeeded();
      await screenshot(page, 'second-factor-fr-settings');
      await logOut(page, FR);

      // The treasurer signs in with the password: no second factor yet, so the page to set it up.
      const email = 'yann.lebreton@vitrines-vitre.fr';
      await page.getByLabel(FR.email).fill(email);
      await page.getByLabel(FR.password, { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: FR.logInSubmit }).click();
      await page.getByRole('heading', { name: FR.title, level: 1 }).waitFor();
      await page
        .getByText(
          "Les Vitrines de Vitré exige la double authentification de ceux qui gèrent l'argent, les rôles ou les règles",
        )
        .waitFor();
      expect(new URL(page.url()).pathname).toBe('/account/security');
      await screenshot(page, 'second-factor-fr-required');
      const { secret, codes } = await setUp(page, FR, 'second-factor-fr');
      await signInTwice(page, FR, email, secret, codes, 'second-factor-fr');
    });
  });

  it('a member does the same in English (phone)', async () => {
    await journey('second-factor-en', async () => {
      const page = await newPage(true);
      const email = 'lucie.gautier@vitrines-vitre.fr';
      await logIn(page, email);
      await chooseLanguage(page, 'Choisir la langue', 'English');
      await page.getByRole('heading', { name: EN.feed, level: 1 }).waitFor();
      const { secret, codes } = await setUp(page, EN, 'second-factor-en');
      await signInTwice(page, EN, email, secret, codes, 'second-factor-en');
    });
  });
});
