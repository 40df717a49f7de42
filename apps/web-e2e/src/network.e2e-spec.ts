/**
 * The network journey, in French: two shopkeepers of the demo association in two browsers. Claire
 * (president) posts and mentions Lucie; Lucie's bell counts it without a reload; Lucie opens the post
 * from her notifications and comments; Claire is notified in turn. Screenshots of the feed in French
 * and English, and of the post, notifications and search pages on a desk and on a phone.
 */
import { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { browserJourneys, logIn } from './support/journey';

const CLAIRE = 'claire.martin@vitrines-vitre.fr';
const LUCIE = 'lucie.gautier@vitrines-vitre.fr';
// A 1x1 PNG: the photo Claire attaches to her post.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const { newPage, journey } = browserJourneys('network');

async function settled(page: Page): Promise<void> {
  await page.locator('mat-progress-bar').first().waitFor({ state: 'detached' });
}

/** The unread count the bell announces ("Notifications : 3 non lues"). */
async function bellCount(page: Page): Promise<number> {
  const label = (await page.getByTestId('notification-bell').getAttribute('aria-label')) ?? '';
  const match = /(\d+)/.exec(label);
  return match ? Number(match[1]) : -1;
}

/** Waits (for the live push, at most 10 s) until the bell announces at least `min` unread; returns the count. */
async function waitForBell(page: Page, min: number): Promise<number> {
  await page.waitForFunction(
    (least) => {
      const match = /(\d+)/.exec(
        document.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label') ?? '',
      );
      return match !== null && Number(match[1]) >= least;
    },
    min,
    { timeout: 10_000 },
  );
  return bellCount(page);
}

/** Reloads the page at a phone's width (375 px), runs `body`, then goes back to the desk size. */
async function onPhone(page: Page, body: () => Promise<void>): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await settled(page);
  await body();
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('network journey', () => {
  it('posts with a mention, notifies live, comments, and notifies back', () =>
    journey('network', async () => {
      const unique = Date.now().toString(36);
      const postText = `Braderie de printemps samedi ${unique} : qui tient un stand avec moi ? `;
      const commentText = `Avec plaisir, je réserve un stand ${unique} !`;

      const lucie = await newPage();
      await logIn(lucie, LUCIE);
      await settled(lucie);
      const before = await bellCount(lucie);
      expect(before).toBeGreaterThanOrEqual(0);

      // Claire writes a post mentioning Lucie, picked from the suggestions.
      const claire = await newPage();
      await logIn(claire, CLAIRE);
      await settled(claire);
      const composer = claire.getByLabel('Quoi de neuf ?');
      await composer.fill(postText);
      await composer.press('End');
      await composer.pressSequentially('@Luc');
      await claire.getByRole('option', { name: /Lucie Gautier/ }).click();
      await composer.pressSequentially('merci !');
      expect(await composer.inputValue()).toContain('@Lucie Gautier merci !');
      // …with a photo (uploaded at once; private to the association's members).
      await claire
        .locator('assoc-post-composer input[type=file]')
        .setInputFiles({ name: 'vitrine.png', mimeType: 'image/png', buffer: PNG });
      await claire.getByRole('button', { name: 'Publier' }).click();
      const claireCard = claire.locator('assoc-post-card').filter({ hasText: `samedi ${unique}` });
      await claireCard.waitFor();
      // The mention is shown as a link to Lucie's page, not as its token.
      await claireCard.getByRole('link', { name: '@Lucie Gautier' }).waitFor();
      expect(await claireCard.innerText()).not.toContain('](');

      // Her post, then the feed again, show at once from the cache (the new post included: publishing
      // put it in the cached feed) while the server's answers are held back; the answers then come,
      // the pages asking again behind what they show.
      const held: Array<() => void> = [];
      let holding = true;
      await claire.route('**/graphql', async (route) => {
        const operation = route.request().postDataJSON()?.operationName;
        if (holding && (operation === 'Feed' || operation === 'Post' || operation === 'Topics')) {
          await new Promise<void>((release) => held.push(release));
        }
        await route.continue();
      });
      await claireCard.getByRole('link', { name: 'Commenter' }).click();
      await claire
        .locator('assoc-post-page assoc-post-card')
        .filter({ hasText: `samedi ${unique}` })
        .waitFor();
      await claire.getByRole('link', { name: 'Retour au fil' }).click();
      await claire
        .locator('assoc-feed-page assoc-post-card')
        .filter({ hasText: `samedi ${unique}` })
        .waitFor();
      expect(held.length).toBeGreaterThanOrEqual(2);
      const refreshed = claire.waitForResponse(
        (response) => response.request().postDataJSON()?.operationName === 'Feed',
      );
      holding = false;
      held.forEach((release) => release());
      await refreshed;
      await claire.unroute('**/graphql');
      await claireCard.waitFor();

      // Lucie's bell counts it without reloading: pushed over the WebSocket, well before the 30 s
      // polling fallback would have asked.
      expect(await waitForBell(lucie, before + 1)).toBeGreaterThanOrEqual(before + 1);

      // Lucie opens it from her notifications and comments.
      await lucie.getByTestId('notification-bell').click();
      await lucie.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
      const mention = lucie.getByRole('button', { name: /Claire Martin vous a mentionné·e/ }).first();
      await mention.waitFor();
      await mention.click();
      await lucie.waitForURL(/\/feed\/posts\//);
      await lucie.getByText(`samedi ${unique}`).waitFor();
      // Her browser loads the photo with nothing but her session cookie (an <img> sends no association header).
      const photo = lucie.getByRole('img', { name: 'Photo 1 de la publication de Claire Martin' });
      await photo.scrollIntoViewIfNeeded();
      expect(await photo.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBe(1);
      await lucie.getByLabel('Votre commentaire').fill(commentText);
      await lucie.getByRole('button', { name: 'Commenter' }).click();
      await lucie.locator('assoc-comment-item').filter({ hasText: commentText }).waitFor();
      await settled(lucie);
      await screenshot(lucie, 'network-post-fr');

      // Claire is told.
      expect(await waitForBell(claire, 1)).toBeGreaterThanOrEqual(1);
      await claire.getByTestId('notification-bell').click();
      await claire.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
      await claire
        .getByRole('button', { name: /Lucie Gautier a commenté votre publication/ })
        .first()
        .waitFor();
      await settled(claire);
      await screenshot(claire, 'network-notifications-fr');

      // Search finds the post, with the matched word highlighted.
      await claire.goto(`/search?q=braderies`);
      await claire.getByRole('heading', { name: 'Recherche', level: 1 }).waitFor();
      await claire.locator('mark').first().waitFor();
      await settled(claire);
      await screenshot(claire, 'network-search-fr');

      // The feed, in French then in English, on a desk and on a phone.
      await claire.goto('/feed');
      await claireCard.waitFor();
      await settled(claire);
      await screenshot(claire, 'feed-fr');
      await onPhone(claire, async () => {
        await claireCard.waitFor();
        await screenshot(claire, 'feed-fr-phone');
      });

      await claire.getByRole('button', { name: 'Choisir la langue' }).click();
      await claire.getByRole('menuitemradio', { name: 'English' }).click();
      await claire.getByRole('menu').waitFor({ state: 'detached' });
      await claire.getByRole('heading', { name: 'News feed', level: 1 }).waitFor();
      await claireCard.waitFor();
      await screenshot(claire, 'feed-en');

      await onPhone(lucie, async () => {
        await lucie.locator('assoc-comment-item').filter({ hasText: commentText }).waitFor();
        await settled(lucie);
        await screenshot(lucie, 'network-post-fr-phone');
      });
    }));
});
