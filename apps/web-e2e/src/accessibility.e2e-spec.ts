/**
 * Accessibility (issue 16): axe-core (support/axe.ts) on the main pages of the demo association, at a
 * phone's width (375 px) and a desk's (1280 px), in French and in English: log-in; the feed, the
 * directory, each project's, cashmob's and campaign's page (as Claire, the president, who sees them
 * all); the public cashmob and campaign pages (/c/ and /p/, server-rendered by the API) as a visitor;
 * the voucher redemption page, "Ma boutique" and the shop's public page (/b/) as Lucie, a shop owner; and two states: the language
 * menu open, the post box's mention suggestions shown. The journey fails on any
 * violation axe rates critical or serious. The demo is seeded once (this file's own API); the pages
 * are found through the app's own lists and share links.
 */
import { Page } from 'playwright-core';
import { accessibilityAudit } from './support/axe';
import { browserJourneys, chooseLanguage, logIn, settled } from './support/journey';

const CLAIRE = 'claire.martin@vitrines-vitre.fr';
const LUCIE = 'lucie.gautier@vitrines-vitre.fr';
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
