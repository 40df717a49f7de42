/**
 * Find-ability and roles (issue 16): a shop's public page /b/:id is one tap from "Ma boutique", the
 * directory and the member's page, each with its link to share; the public page has a share button
 * (the phone's share sheet, else "Copy the link"); the consultant, who has no shop, finds no "Ma
 * boutique" in the menu, and opening it by link says why instead of showing a form it cannot send.
 * French, then English.
 */
import { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { browserJourneys, chooseLanguage, logIn, settled } from './support/journey';

const YANN = 'yann.lebreton@vitrines-vitre.fr';
const SOPHIE = 'sophie.durand@conseil-commerce.fr';

const { newPage, journey } = browserJourneys('findability');

async function allowClipboard(page: Page): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
}

describe('find-ability and roles', () => {
  it(
    'links a shop’s public page from my shop, the directory and the member page, and shares it',
    () =>
      journey('findability-shop-page', async () => {
        const yann = await newPage();
        await logIn(yann, YANN);
        await allowClipboard(yann);

        // "Ma boutique": the public page's link, to copy or open.
        await yann.goto('/my-shop');
        await settled(yann);
        const card = yann.getByTestId('my-public-page');
        await card.getByRole('heading', { name: 'Ma page publique' }).waitFor();
        const link = await card.getByTestId('public-link').inputValue();
        expect(link).toMatch(/\/b\/[0-9a-f-]{36}$/);
        const shopPath = new URL(link).pathname;
        await card.getByRole('button', { name: 'Copier le lien' }).click();
        await yann.getByText('Lien copié.').waitFor();
        expect(await yann.evaluate(() => navigator.clipboard.readText())).toBe(link);
        expect(await card.getByRole('link', { name: 'Ouvrir la page' }).getAttribute('href')).toBe(link);

        // The directory: each shop's card links its public page.
        await yann.goto('/directory');
        await settled(yann);
        const publicLinks = yann.locator('a.public-link');
        await publicLinks.first().waitFor();
        expect(await yann.locator(`a.public-link[href="${shopPath}"]`).count()).toBe(1);
        expect(await yann.locator(`a.public-link[href="${shopPath}"]`).innerText()).toBe('Page publique');

        // The member's page: the same link, and the link to share.
        await yann.locator(`a.public-link[href="${shopPath}"]`).locator('xpath=..').locator('a.card-link').click();
        await yann.getByTestId('public-page-link').waitFor();
        expect(await yann.getByTestId('public-page-link').getAttribute('href')).toBe(shopPath);
        expect(await yann.getByTestId('public-page-link').innerText()).toBe('Page publique de la boutique');
        expect(await yann.getByTestId('public-link').inputValue()).toBe(link);

        // The public page, on a phone: the link in a field and a button that copies it (no share sheet here).
        await yann.setViewportSize({ width: 390, height: 844 });
        await yann.goto(shopPath);
        const share = yann.locator('[data-share]');
        expect(await share.locator('input').inputValue()).toBe(link);
        await share.getByRole('button', { name: 'Copier le lien' }).click();
        await share.getByRole('status').getByText('Lien copié : collez-le dans un message.').waitFor();
        expect(await yann.evaluate(() => navigator.clipboard.readText())).toBe(link);
        await screenshot(yann, 'issue-16-shop-page-share-phone-fr');
        await yann.goto(`${shopPath}?lang=en`);
        await share.getByRole('button', { name: 'Copy the link' }).click();
        await share.getByRole('status').getByText('Link copied: paste it in a message.').waitFor();
        await screenshot(yann, 'issue-16-shop-page-share-phone-en');

        // Where the phone has a share sheet (Web Share API), the same button opens it with the page's link.
        await yann.addInitScript(() => {
          (navigator as unknown as { share: (data: ShareData) => Promise<void> }).share = async (data) => {
            (window as unknown as { shared: ShareData }).shared = data;
          };
        });
        await yann.goto(shopPath);
        await share.getByRole('button', { name: 'Partager' }).click();
        const shared = await yann.evaluate(() => (window as unknown as { shared: ShareData }).shared);
        expect(shared.url).toBe(link);
        expect(shared.title).toBeTruthy();
      }),
    120_000,
  );

  it(
    'keeps "Ma boutique" from the consultant: not in the menu, and by link a page saying why',
    () =>
      journey('findability-consultant', async () => {
        const sophie = await newPage();
        await logIn(sophie, SOPHIE);
        await settled(sophie);
        const nav = sophie.getByRole('navigation');
        await nav.getByRole('link', { name: 'Annuaire' }).waitFor();
        expect(await nav.getByRole('link', { name: 'Ma boutique' }).count()).toBe(0);

        await sophie.goto('/my-shop');
        const page = sophie.getByTestId('not-allowed');
        await page.getByRole('heading', { name: 'Page non disponible pour votre rôle', level: 1 }).waitFor();
        expect(await page.innerText()).toContain('Votre rôle dans cette association : Consultant·e.');
        expect(await page.innerText()).toMatch(/réservée aux rôles : Président·e, Membre du bureau, Adhérent·e\./);
        expect(await sophie.locator('form').count()).toBe(0);
        expect(new URL(sophie.url()).pathname).toBe('/not-allowed');
        await screenshot(sophie, 'issue-16-not-allowed-fr');

        await chooseLanguage(sophie, 'Choisir la langue', 'English');
        await page.getByRole('heading', { name: 'Page not available to your role', level: 1 }).waitFor();
        expect(await page.innerText()).toContain('Your role in this association: Consultant.');
        await page.getByRole('link', { name: 'Back to the feed' }).click();
        await sophie.getByRole('heading', { name: 'News feed', level: 1 }).waitFor();
        await chooseLanguage(sophie, 'Choose the language', 'Français');
      }),
    120_000,
  );
});
