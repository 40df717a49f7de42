/**
 * Accessibility (issue 16): axe-core (support/axe.ts) on the main pages of the demo association, at a
 * phone's width (375 px) and a desk's (1280 px), in French and in English: log-in; the feed, the
 * directory, each project's, cashmob's and campaign's page (as Claire, the president, who sees them
 * all); the public cashmob and campaign pages (/c/ and /p/, server-rendered by the API) as a visitor;
 * the voucher redemption page, "Ma boutique" and the shop's public page (/b/) as Lucie, a shop owner; and two states: the language
 * menu open, the post box's mention suggestions shown. Then (last: it moves the API's clock) the
 * dialogs and forms over a page, the sign-up and check-in pages of a cashmob and the remaining pages
 * (see the last describe). The journey fails on any
 * violation axe rates critical or serious. The demo is seeded once (this file's own API); the pages
 * are found through the app's own lists and share links.
 */
import { Page } from 'playwright-core';
import { accessibilityAudit } from './support/axe';
import { baseUrl } from './support/browser';
import { advanceClockTo, DAY, serverNow } from './support/clock';
import { browserJourneys, chooseLanguage, dialogReady, logIn, parisInstant, settled } from './support/journey';

const CLAIRE = 'claire.martin@vitrines-vitre.fr';
const LUCIE = 'lucie.gautier@vitrines-vitre.fr';
const YANN = 'yann.lebreton@vitrines-vitre.fr';
const BOOKSHOP = 'Librairie La Plume';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const { newPage, journey } = browserJourneys('accessibility');

type Audit = ReturnType<typeof accessibilityAudit>;

/** Opens `path`, waits for its first-level heading and for the loading to end, and audits it. */
async function audit(axe: Audit, page: Page, path: string, where: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await settled(page);
  await axe.check(page, `${where} (${path})`);
}

/** The distinct links to `/<section>/<uuid>` a list page shows. */
async function detailLinks(page: Page, section: string): Promise<string[]> {
  await page.goto(`/${section}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await settled(page);
  const pattern = new RegExp(`^/${section}/${UUID}$`);
  await page.locator(`main a[href^="/${section}/"]`).first().waitFor();
  const hrefs = await page
    .locator(`main a[href^="/${section}/"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((href) => pattern.test(href)))];
}

/** The public address (path) a page's share box gives, if it has one. */
async function sharedPath(page: Page): Promise<string | null> {
  const field = page.getByTestId('public-link');
  if (!(await field.count())) return null;
  return new URL(await field.inputValue()).pathname;
}

describe('accessibility of the main pages (axe-core: no critical or serious violation)', () => {
  for (const phone of [true, false]) {
    const size = phone ? 'phone' : 'desk';

    it(`log-in, feed, directory, projects, cashmobs, campaigns and their public pages, on a ${size}, fr and en`, () =>
      journey(`accessibility-${size}`, async () => {
        const axe = accessibilityAudit();
        const claire = await newPage(phone);
        await audit(axe, claire, '/login', `log-in, ${size}`);
        await claire.getByRole('button', { name: 'Choisir la langue, FR' }).click();
        await claire.getByRole('menu').waitFor();
        await axe.check(claire, `log-in, language menu open, ${size}`);
        await claire.keyboard.press('Escape');
        await claire.getByRole('menu').waitFor({ state: 'detached' });
        await logIn(claire, CLAIRE);
        await settled(claire);
        await axe.check(claire, `feed, ${size}`);
        // The post box with its mention suggestions shown (the critical finding was on this box).
        const box = claire.getByRole('textbox', { name: /Quoi de neuf/ });
        await box.click();
        await box.pressSequentially('Bonjour @Luc');
        const suggestions = claire.getByRole('listbox', { name: 'Adhérents à mentionner' });
        await suggestions.getByRole('option', { name: /Lucie Gautier/ }).waitFor();
        expect(await box.getAttribute('aria-controls')).toBe(await suggestions.getAttribute('id'));
        await axe.check(claire, `feed, mention suggestions shown, ${size}`);
        await box.fill('');
        await audit(axe, claire, '/directory', `directory, ${size}`);

        const publicPaths: string[] = [];
        for (const section of ['projects', 'cashmobs', 'campaigns']) {
          const links = await detailLinks(claire, section);
          expect([section, links.length > 0]).toEqual([section, true]);
          for (const link of links) {
            await audit(axe, claire, link, `${section} page, ${size}`);
            const shared = await sharedPath(claire);
            if (shared) publicPaths.push(shared);
          }
        }
        // The demo has a published cashmob and a campaign: their public pages, as a visitor sees them.
        expect(publicPaths.map((p) => p.slice(0, 3)).sort()).toEqual(expect.arrayContaining(['/c/', '/p/']));
        const visitor = await newPage(phone);
        for (const path of publicPaths) {
          await audit(axe, visitor, path, `public page, ${size}`);
          await audit(axe, visitor, `${path}?lang=en`, `public page in English, ${size}`);
        }

        // In English: the feed and the first project (the words change, so do the names).
        await claire.goto('/feed');
        await settled(claire);
        await chooseLanguage(claire, 'Choisir la langue', 'English');
        await claire.getByRole('heading', { name: 'News feed', level: 1 }).waitFor();
        await settled(claire);
        await axe.check(claire, `feed in English, ${size}`);
        const [firstProject] = await detailLinks(claire, 'projects');
        await audit(axe, claire, firstProject, `project page in English, ${size}`);
        await chooseLanguage(claire, 'Choose the language', 'Français');
        axe.expectNone();
      }));

    it(`the voucher redemption page, "Ma boutique" and its public page, of a shop owner, on a ${size}`, () =>
      journey(`accessibility-shop-${size}`, async () => {
        const axe = accessibilityAudit();
        const lucie = await newPage(phone);
        await logIn(lucie, LUCIE);
        await audit(axe, lucie, '/redeem', `redeem, ${size}`);
        await audit(axe, lucie, '/my-shop', `my shop, ${size}`);
        // The shop's public page (server-rendered), from the share box of "Ma boutique".
        const shopPage = await sharedPath(lucie);
        expect(shopPage).toMatch(new RegExp(`^/b/${UUID}$`));
        await audit(axe, lucie, shopPage as string, `shop's public page, ${size}`);
        axe.expectNone();
      }));
  }
});

/**
 * After the main pages (this block runs last: it moves the API's clock): the dialogs and forms that
 * open over a page, and the pages of a cashmob's day. Each size adds its own expense and sign-up;
 * nothing is confirmed (the project stays active, the cashmob published).
 */
describe('accessibility of dialogs, the cashmob check-in and the remaining pages', () => {
  /** 9:00 on the day of the demo's cashmob, the first time the API's clock is moved there. */
  let checkInMorning: number | undefined;
  for (const phone of [true, false]) {
    const size = phone ? 'phone' : 'desk';

    it(`notifications, calendar, not-allowed, the project's close dialog and refusal reason, the cashmob's cancel form, sign-up page and check-in, on a ${size}`, () =>
      journey(`accessibility-dialogs-${size}`, async () => {
        const axe = accessibilityAudit();
        const supplier = `Fournisseur ${size} ${Date.now().toString(36)}`;

        // Claire (president) asks for a second signature above 500 €; Yann (treasurer) records an expense above it.
        const claire = await newPage(phone);
        await logIn(claire, CLAIRE);
        await audit(axe, claire, '/notifications', `notifications, ${size}`);
        await audit(axe, claire, '/calendar', `calendar, ${size}`);
        await claire.goto('/association/settings');
        const threshold = claire.getByTestId('second-signature-threshold');
        await threshold.waitFor();
        await settled(claire);
        await threshold.fill('500');
        await claire.getByRole('button', { name: 'Enregistrer' }).click();
        await claire.getByText('Enregistré').first().waitFor();

        const yann = await newPage(phone);
        await logIn(yann, YANN);
        // A member who is not on the board opens the settings: the not-allowed page says why.
        await yann.goto('/association/settings');
        await yann.getByTestId('not-allowed').getByRole('heading', { level: 1 }).waitFor();
        await settled(yann);
        await axe.check(yann, `not-allowed, ${size}`);
        await yann.goto('/projects');
        await yann
          .getByRole('link', { name: /Sacs kraft/ })
          .first()
          .click();
        await yann.getByRole('heading', { name: /Sacs kraft/, level: 1 }).waitFor();
        await settled(yann);
        const bags = new URL(yann.url()).pathname;
        const expense = yann.getByTestId('expense-form');
        await expense.getByLabel('Fournisseur').fill(supplier);
        await expense.getByLabel(/Montant TTC/).fill('620,00');
        await expense.getByRole('button', { name: 'Enregistrer la dépense' }).click();
        await yann.getByTestId('ledger-panel').locator('tr', { hasText: supplier }).waitFor();

        // Claire: the refusal's reason, empty (its error shown), then the close dialog, left unconfirmed.
        await audit(axe, claire, bags, `project page with an expense to sign, ${size}`);
        const row = claire.getByTestId('ledger-panel').locator('tr', { hasText: supplier });
        await row.getByRole('button', { name: /^Refuser la dépense du/ }).click();
        const reject = row.getByTestId('reject-form');
        await reject.getByRole('button', { name: 'Refuser la dépense' }).click();
        await reject.getByText('Ce champ est obligatoire.').waitFor();
        await axe.check(claire, `refusal reason form, its error shown, ${size}`);
        await reject.getByRole('button', { name: 'Annuler' }).click();
        await claire.getByRole('button', { name: 'Clôturer le projet' }).click();
        const dialog = await dialogReady(claire.getByRole('dialog', { name: 'Clôturer le projet ?' }));
        await axe.check(claire, `close-project dialog, ${size}`);
        await dialog.getByRole('button', { name: 'Annuler' }).click();
        await dialog.waitFor({ state: 'detached' });

        // The bookshop's cashmob (Claire hosts it): its cancel form, open, then left.
        const cashmobs = await detailLinks(claire, 'cashmobs');
        let cashmob = '';
        for (const link of cashmobs) {
          await claire.goto(link);
          const heading = claire.getByRole('heading', { level: 1 }).first();
          await heading.waitFor();
          if ((await heading.innerText()).includes(BOOKSHOP)) cashmob = link;
          if (cashmob) break;
        }
        expect(cashmob).not.toBe('');
        await settled(claire);
        await claire.getByRole('button', { name: 'Annuler le cashmob' }).click();
        await claire.getByLabel("Motif de l'annulation").waitFor();
        await axe.check(claire, `cashmob cancel form, ${size}`);
        await claire.getByRole('button', { name: 'Annuler', exact: true }).click();
        const publicPath = await sharedPath(claire);
        expect(publicPath).toMatch(/^\/c\//);

        // A visitor signs up on the public page; the confirmation's link opens her sign-up page (server-rendered).
        const visitor = await newPage(phone);
        const email = `a11y.${size}.${Date.now().toString(36)}@exemple.fr`;
        await visitor.goto(publicPath as string);
        await visitor.getByRole('heading', { name: 'Je viens !' }).waitFor();
        await visitor.getByLabel('Prénom', { exact: true }).fill('Camille');
        await visitor.getByLabel('Adresse e-mail', { exact: true }).fill(email);
        await visitor.getByLabel('Montant que je compte dépenser').fill('15');
        await visitor.getByRole('checkbox').check();
        await visitor.getByRole('button', { name: "Je m'inscris" }).click();
        await visitor.getByTestId('sign-up-receipt').waitFor();
        await axe.check(visitor, `public cashmob page, signed up, ${size}`);
        await visitor.goto('/dev/mailbox');
        const mail = visitor.locator('mat-expansion-panel').filter({ hasText: email }).first();
        await mail.waitFor();
        const link = mail.getByRole('link', { name: /\/c\/sign-up\// });
        if (!(await link.isVisible())) await mail.locator('mat-expansion-panel-header').click();
        const signUpPath = new URL((await link.getAttribute('href')) as string, baseUrl()).pathname;
        expect(signUpPath).toMatch(/^\/c\/sign-up\//);
        await audit(axe, visitor, signUpPath, `sign-up page, ${size}`);
        await visitor.getByTestId('check-in-qr').waitFor();
        await audit(axe, visitor, `${signUpPath}?lang=en`, `sign-up page in English, ${size}`);

        // The cashmob's day (the demo's is nine days ahead, at 15:00): at 9:00, the check-in shortcut
        // opens Claire's cashmob on its check-in panel; Yann's bakery has none.
        checkInMorning ??= parisInstant(`${new Date((await serverNow()) + 9 * DAY).toISOString().slice(0, 10)}T09:00`);
        if ((await serverNow()) < checkInMorning) await advanceClockTo(checkInMorning, claire.context());
        else await claire.context().clock.setSystemTime(await serverNow());
        await claire.goto('/check-in');
        const panel = claire.getByTestId('check-in-panel');
        await panel.waitFor();
        await settled(claire);
        await panel.getByRole('button', { name: 'Pointer Camille' }).first().waitFor();
        await axe.check(claire, `cashmob check-in, ${size}`);
        await audit(axe, yann, '/check-in', `check-in shortcut, no cashmob, ${size}`);
        await yann.getByTestId('check-in-none').waitFor();

        // In English: the notifications and the close dialog.
        await chooseLanguage(claire, 'Choisir la langue', 'English');
        await audit(axe, claire, '/notifications', `notifications in English, ${size}`);
        await audit(axe, claire, bags, `project page in English, ${size}`);
        await claire.getByRole('button', { name: 'Close the project' }).click();
        const closeDialog = await dialogReady(claire.getByRole('dialog', { name: 'Close the project?' }));
        await axe.check(claire, `close-project dialog in English, ${size}`);
        await closeDialog.getByRole('button', { name: 'Cancel' }).click();
        await closeDialog.waitFor({ state: 'detached' });
        await chooseLanguage(claire, 'Choose the language', 'Français');
        axe.expectNone();
      }));
  }
});
