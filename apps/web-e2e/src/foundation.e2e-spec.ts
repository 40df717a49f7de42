/**
 * The foundation journey, in French as a shopkeeper sees it: a president signs up (confirming the
 * address by the mailed link) and creates the association, invites a shopkeeper, who joins from the
 * e-mailed link, describes the shop, and finds it in the directory. Then the seeded demo
 * association, and a refused log-in.
 */
import { Page } from 'playwright-core';
import { baseUrl, screenshot } from './support/browser';
import { atLeast, browserJourneys, exactly } from './support/journey';

const PASSWORD = 'Un-mot-de-passe-solide-2026';
const SHOP_NAME = 'Épicerie du Marché';

const { newPage, journey } = browserJourneys('foundation');

/** A text input by its exact accessible name ("Ville" must not match the brand "Cœur de Ville"). */
function textbox(page: Page, name: string) {
  return page.getByRole('textbox', { name, exact: true });
}

/** Waits for the app to finish loading what it shows (no progress bar left). */
async function settled(page: Page): Promise<void> {
  await page.locator('mat-progress-bar').first().waitFor({ state: 'detached' });
}

/** The onboarding checklist's steps as shown: [key, done] in order. */
function checklistSteps(page: Page): Promise<string[][]> {
  return page
    .getByTestId('onboarding')
    .locator('li[data-step]')
    .evaluateAll((items) =>
      items.map((item) => [item.getAttribute('data-step') ?? '', item.getAttribute('data-done') ?? '']),
    );
}

describe('foundation journey', () => {
  it('signs up, creates an association, invites a shopkeeper who joins, fills in the shop and finds it in the directory', () =>
    journey('foundation', async () => {
      const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
      const presidentEmail = `presidente.${unique}@example.fr`;
      const memberEmail = `epicier.${unique}@example.fr`;
      const associationName = `Les Commerçants de Vitré ${unique}`;
      const page = await newPage();

      // (1) Sign up.
      await page.goto('/signup');
      await page.getByRole('heading', { name: 'Créer un compte', level: 1 }).waitFor();
      await page.getByLabel('Nom et prénom').fill('Anne Lemoine');
      await page.getByLabel('Adresse e-mail').fill(presidentEmail);
      await page.getByLabel('Mot de passe').fill(PASSWORD);
      await page.getByRole('button', { name: 'Créer mon compte' }).click();
      // The answer is the same whether or not the address has an account: the mailed link creates it.
      await page.getByText(`un message vient d'être envoyé à ${presidentEmail}`, { exact: false }).waitFor();
      await page.goto('/dev/mailbox');
      const confirmation = page.locator('mat-expansion-panel').filter({ hasText: presidentEmail });
      await confirmation.first().waitFor();
      const confirmLink = confirmation.first().getByRole('link', { name: /\/signup\/confirm\// });
      if (!(await confirmLink.isVisible())) await confirmation.first().locator('mat-expansion-panel-header').click();
      await confirmLink.click();

      // (2) Create the association (a new account has none, so the app asks for one).
      await page.getByRole('heading', { name: 'Créer une association', level: 1 }).waitFor();
      await page.getByLabel("Nom de l'association").fill(associationName);
      await textbox(page, 'Ville').fill('Vitré');
      await textbox(page, 'Code postal').fill('35500');
      await page.getByRole('button', { name: "Créer l'association" }).click();

      // (3) Members management: invite a shopkeeper as a member.
      await page.getByRole('heading', { name: 'Adhérents', level: 1 }).waitFor();
      const nav = page.getByRole('navigation', {
        name: 'Navigation principale',
      });
      await nav.getByRole('link', { name: 'Adhérents' }).click();
      await page.getByRole('heading', { name: 'Inviter des commerçants' }).waitFor();
      await page.getByLabel('Adresse e-mail à inviter').fill(memberEmail);
      await page.getByRole('combobox', { name: 'Rôle' }).click();
      await page.getByRole('option', { name: 'Adhérent·e', exact: true }).click();
      await page.getByRole('button', { name: 'Inviter', exact: true }).click();
      await page.getByText(`Invitation envoyée à ${memberEmail}.`).waitFor();
      const invitations = page.getByRole('list', {
        name: 'Invitations envoyées',
      });
      const invitationRow = invitations.getByRole('listitem').filter({ hasText: memberEmail });
      await invitationRow.waitFor();
      expect(await invitationRow.innerText()).toContain('Adhérent·e');

      // The new president's checklist on the feed: the invitation sent is ticked, settings and a first project not yet.
      await nav.getByRole('link', { name: 'Fil', exact: true }).click();
      const presidentChecklist = page.getByTestId('onboarding');
      await presidentChecklist.getByRole('heading', { name: 'Pour bien démarrer' }).waitFor();
      await presidentChecklist.getByText('1 sur 3').waitFor();
      expect(await checklistSteps(page)).toEqual([
        ['settings', 'false'],
        ['invite', 'true'],
        ['firstProject', 'false'],
      ]);
      expect(await presidentChecklist.getByRole('link', { name: 'Invitez les commerçants' }).getAttribute('href')).toBe(
        '/association/members',
      );

      // (4) Log out, then read the invitation in the development mailbox and follow its link.
      await page.getByRole('button', { name: 'Mon compte' }).click();
      await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
      await page.getByRole('heading', { name: 'Connexion', level: 1 }).waitFor();

      await page.goto('/dev/mailbox');
      await page.getByRole('heading', { name: 'Boîte mail de développement', level: 1 }).waitFor();
      const mail = page.locator('mat-expansion-panel').filter({ hasText: memberEmail });
      await mail.first().waitFor();
      const link = mail.first().getByRole('link', { name: /\/invitation\// });
      if (!(await link.isVisible())) await mail.first().locator('mat-expansion-panel-header').click();
      await link.waitFor();
      const href = await link.getAttribute('href');
      expect(href).toMatch(new RegExp(`^${baseUrl().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/invitation/[^/\\s]+$`));
      await link.click();

      // (5) Join by creating an account from the invitation.
      await page.waitForURL(/\/invitation\//);
      await page
        .getByRole('heading', {
          name: `Rejoindre ${associationName}`,
          level: 1,
        })
        .waitFor();
      await page.getByText(`Vous êtes invité·e comme Adhérent·e (${memberEmail}).`).waitFor();
      await page.getByLabel('Nom et prénom').fill('Bruno Kervella');
      await page.getByLabel('Mot de passe').fill(PASSWORD);
      await page.getByRole('button', { name: 'Créer mon compte et rejoindre' }).click();
      await page.getByRole('heading', { name: 'Annuaire', level: 1 }).waitFor();

      // The new member's checklist on the feed: three steps, none done, each a link.
      await nav.getByRole('link', { name: 'Fil', exact: true }).click();
      const checklist = page.getByTestId('onboarding');
      await checklist.getByText('0 sur 3').waitFor();
      expect(await checklistSteps(page)).toEqual([
        ['shop', 'false'],
        ['logo', 'false'],
        ['feed', 'false'],
      ]);
      await checklist.getByRole('link', { name: 'Complétez votre boutique (métier, adresse, horaires)' }).waitFor();

      // (6) Describe the shop.
      await nav.getByRole('link', { name: 'Ma boutique' }).click();
      await page.getByRole('heading', { name: 'Ma boutique', level: 1 }).waitFor();
      await settled(page);
      await page.getByLabel('Nom de la boutique').fill(SHOP_NAME);
      await page.getByRole('combobox', { name: 'Activité' }).click();
      await page.getByRole('option', { name: 'Alimentation', exact: true }).click();
      await textbox(page, 'Adresse').fill('12 rue Baudrairie');
      await textbox(page, 'Code postal').fill('35500');
      await textbox(page, 'Ville').fill('Vitré');
      await page.getByRole('button', { name: 'Ajouter un créneau le Mardi' }).click();
      await page.getByLabel('Mardi, ouverture du créneau 1').fill('09:00');
      await page.getByLabel('Mardi, fermeture du créneau 1').fill('12:30');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      const saved = page.locator('mat-snack-bar-container').filter({ hasText: 'Votre boutique est enregistrée.' });
      await saved.waitFor();
      await saved.getByRole('button', { name: 'Fermer' }).click();
      await saved.waitFor({ state: 'detached' });

      // Back on the feed, the shop step is ticked from the saved shop.
      await nav.getByRole('link', { name: 'Fil', exact: true }).click();
      await checklist.getByText('1 sur 3').waitFor();
      expect(await checklistSteps(page)).toEqual([
        ['shop', 'true'],
        ['logo', 'false'],
        ['feed', 'false'],
      ]);

      // (7) Find it in the directory, accent-insensitively, and open the member page.
      await nav.getByRole('link', { name: 'Annuaire' }).click();
      await page.getByRole('heading', { name: 'Annuaire', level: 1 }).waitFor();
      const cards = page.getByRole('main').getByRole('listitem');
      expect(await exactly(cards, 2)).toBe(2); // the president (no shop) and the new shop
      await page.getByLabel('Rechercher un commerce ou un adhérent').fill('epicerie');
      const shopCard = cards.filter({
        has: page.getByRole('heading', { name: SHOP_NAME, level: 2 }),
      });
      await shopCard.waitFor();
      expect(await exactly(cards, 1)).toBe(1);
      expect(await shopCard.innerText()).toContain('Alimentation');
      // The card opens the member page; its second link is the shop's public page (/b/:id).
      const links = shopCard.getByRole('link');
      expect(await links.count()).toBe(2);
      expect(await links.nth(1).getAttribute('href')).toMatch(/^\/b\/[0-9a-f-]{36}$/);
      await links.first().click();
      await page.waitForURL(/\/members\//);
      await page.getByRole('heading', { name: SHOP_NAME, level: 1 }).waitFor();
      await page.getByText('12 rue Baudrairie').waitFor();
      await page.getByRole('row', { name: /Mardi/ }).getByText('09:00').waitFor();

      // Screenshots of the directory, in French then in English.
      await page.getByRole('link', { name: "Retour à l'annuaire" }).click();
      await page.getByRole('heading', { name: 'Annuaire', level: 1 }).waitFor();
      await page.getByRole('heading', { name: SHOP_NAME, level: 2 }).waitFor();
      await settled(page);
      await screenshot(page, 'directory-fr');

      await page.getByRole('button', { name: 'Choisir la langue' }).click();
      await page.getByRole('menuitemradio', { name: 'English' }).click();
      await page.getByRole('menu').waitFor({ state: 'detached' });
      await page.getByRole('heading', { name: 'Directory', level: 1 }).waitFor();
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'My shop' }).waitFor();
      await page.getByLabel('Search a shop or a member').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.getByRole('heading', { name: SHOP_NAME, level: 2 }).waitFor();
      await settled(page);
      await screenshot(page, 'directory-en');

      // The checklist in English, then hidden for good: gone at once, and still gone after a reload.
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Feed', exact: true })
        .click();
      await checklist.getByRole('heading', { name: 'Getting started' }).waitFor();
      await checklist.getByText('1 of 3').waitFor();
      await checklist.getByRole('button', { name: 'Hide this list' }).click();
      await checklist.waitFor({ state: 'detached' });
      // Still gone in a fresh page of the same browser (no call of the old page in flight there): its own answer
      // from the server, read through the test (it fetches and reads its own copy, so none can be missed).
      const fresh = await page.context().newPage();
      let keep: (body: unknown) => void = () => undefined;
      const answer = new Promise<unknown>((resolve) => (keep = resolve));
      await fresh.route('**/graphql', async (route) => {
        const response = await route.fetch();
        if (route.request().postData()?.includes('"operationName":"Onboarding"')) keep(await response.json());
        await route.fulfill({ response });
      });
      await fresh.goto('/');
      expect(await answer).toEqual({ data: { onboarding: [] } });
      await fresh.getByRole('heading', { name: 'Feed', level: 1 }).waitFor();
      await settled(fresh);
      expect(await fresh.getByTestId('onboarding').count()).toBe(0);
      await fresh.unrouteAll({ behavior: 'ignoreErrors' });
      await fresh.close();
    }));
});

describe('demo association', () => {
  it('refuses a bad password, then lets the demo president in to a directory of at least 12 shops', () =>
    journey('demo', async () => {
      const page = await newPage();
      await page.goto('/login');
      await page.getByRole('heading', { name: 'Connexion', level: 1 }).waitFor();

      await page.getByLabel('Adresse e-mail').fill('claire.martin@vitrines-vitre.fr');
      await page.getByLabel('Mot de passe', { exact: true }).fill('pas-le-bon-mot-de-passe');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      // The server's message, shown under the fields.
      await page.getByText('Adresse e-mail ou mot de passe incorrect.').first().waitFor();
      expect(page.url()).toMatch(/\/login/);

      await page.getByLabel('Mot de passe', { exact: true }).fill('vitrines-vitre-2026');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      // The feed is the home page; the directory is one click away.
      await page.getByRole('heading', { name: "Fil d'actualité", level: 1 }).waitFor();
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Annuaire' })
        .click();
      await page.getByRole('heading', { name: 'Annuaire', level: 1 }).waitFor();
      await page.getByText('Les commerces adhérents · Les Vitrines de Vitré').waitFor();
      const shops = page.getByRole('main').getByRole('listitem').filter({ hasNotText: 'Pas de boutique renseignée' });
      expect(await atLeast(shops, 12)).toBeGreaterThanOrEqual(12);
      await page.getByRole('heading', { name: 'Librairie La Plume', level: 2 }).waitFor();
      await settled(page);
      await screenshot(page, 'demo-directory-fr');
    }));
});
