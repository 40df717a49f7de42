/**
 * Loading (issue 16): a page shows placeholders while its lists load, never a false empty state
 * ("Aucune écriture" used to flash for 200-400 ms). Each check holds the server's answer back
 * (page.route, released when the test says so, no timer), looks at the page while it waits (the
 * placeholder there, the empty text and the rows not), then lets the answer through and finds the
 * real rows. The project's ledger, audit trail and tasks, the feed, the directory and the calendar's
 * list (phone), in French and English.
 */
import { Locator, Page } from 'playwright-core';
import { browserJourneys, chooseLanguage, logIn, settled } from './support/journey';

const CLAIRE = 'claire.martin@vitrines-vitre.fr';
const YANN = 'yann.lebreton@vitrines-vitre.fr';

const { newPage, journey } = browserJourneys('loading');

/** Holds back the answers to the named GraphQL operations until `release()`; `asked(name)` waits for the request. */
interface Held {
  asked(operation: string): Promise<void>;
  release(): Promise<void>;
}

async function holdBack(page: Page, operations: readonly string[]): Promise<Held> {
  let holding = true;
  const waiting: Array<() => void> = [];
  const seen = new Map<string, () => void>();
  const seenPromises = new Map<string, Promise<void>>();
  for (const operation of operations) {
    seenPromises.set(operation, new Promise<void>((done) => seen.set(operation, done)));
  }
  const handled: Promise<void>[] = [];
  await page.route('**/graphql', (route) => {
    const operation = route.request().postDataJSON()?.operationName as string | undefined;
    const hold = holding && operation && operations.includes(operation);
    const done = (async () => {
      if (hold) {
        seen.get(operation)?.();
        await new Promise<void>((release) => waiting.push(release));
      }
      await route.continue();
    })();
    handled.push(done);
    return done;
  });
  return {
    asked: (operation) => seenPromises.get(operation) ?? Promise.reject(new Error(`not held: ${operation}`)),
    async release() {
      holding = false;
      waiting.splice(0).forEach((release) => release());
      // Every request this route saw is on its way before the route goes.
      await Promise.all(handled);
      await page.unroute('**/graphql');
    },
  };
}

/** While the answer is held: the region shows its placeholder, not its empty text. */
async function placeholderNotEmpty(region: Locator, emptyText: string): Promise<void> {
  await region.getByTestId('list-placeholder').first().waitFor();
  expect(await region.getByTestId('list-placeholder').first().isVisible()).toBe(true);
  expect(await region.getByText(emptyText).count()).toBe(0);
}

describe('placeholders while loading, never a false empty state', () => {
  it(
    'the project’s ledger, audit trail and tasks: placeholders until their answers come, then the rows',
    () =>
      journey('loading-ledger', async () => {
        const claire = await newPage();
        await logIn(claire, CLAIRE);
        await claire.goto('/projects');
        await claire
          .getByRole('link', { name: /Sacs kraft/ })
          .first()
          .click();
        await claire.getByRole('heading', { name: /Sacs kraft/, level: 1 }).waitFor();
        await settled(claire);
        const projectPath = new URL(claire.url()).pathname;

        // A contribution, so the ledger has a row to wait for.
        const ledger = claire.getByTestId('ledger-panel');
        await ledger.getByText('Aucune écriture.').waitFor();
        const form = claire.getByTestId('contribution-form');
        await form.getByRole('combobox', { name: 'Participant' }).click();
        await claire.getByRole('option').first().click();
        await form.getByLabel(/Montant/).fill('12,00');
        await form.getByRole('button', { name: 'Enregistrer la participation' }).click();
        await ledger.getByTestId('ledger-amount').first().waitFor();

        for (const [language, texts] of [
          ['fr', { ledger: 'Aucune écriture.', audit: 'Aucune modification enregistrée.', amount: /12,00\s€/ }],
          ['en', { ledger: 'No entries.', audit: 'No changes recorded.', amount: /€12\.00/ }],
        ] as const) {
          const held = await holdBack(claire, ['ProjectLedger', 'ProjectAudit', 'ProjectTasks']);
          await claire.goto(projectPath);
          await Promise.all([held.asked('ProjectLedger'), held.asked('ProjectAudit'), held.asked('ProjectTasks')]);
          await claire.getByRole('heading', { name: /Sacs kraft/, level: 1 }).waitFor();
          await placeholderNotEmpty(ledger, texts.ledger);
          expect(await ledger.getByTestId('ledger-amount').count()).toBe(0);
          // No balances were shown before the ledger came: the money panel waits for it.
          expect(await claire.getByTestId('balances-panel').count()).toBe(0);
          const audit = claire.getByTestId('audit-trail');
          await placeholderNotEmpty(audit, texts.audit);
          await placeholderNotEmpty(claire.getByTestId('tasks-panel'), language === 'fr' ? 'Aucune tâche' : 'No tasks');

          await held.release();
          await ledger.getByTestId('ledger-amount').first().waitFor();
          expect(await ledger.getByTestId('ledger-amount').first().innerText()).toMatch(texts.amount);
          await claire.getByTestId('balances-panel').waitFor();
          await audit.locator('ol.trail li').first().waitFor();
          await settled(claire);
          expect(await ledger.getByText(texts.ledger).count()).toBe(0);
          expect(await audit.getByText(texts.audit).count()).toBe(0);
          if (language === 'fr') await chooseLanguage(claire, 'Choisir la langue', 'English');
        }
        await chooseLanguage(claire, 'Choose the language', 'Français');
      }),
    180_000,
  );

  it(
    'the feed, the directory and the calendar’s list on a phone: placeholders until their answers come',
    () =>
      journey('loading-lists', async () => {
        const yann = await newPage();
        await yann.setViewportSize({ width: 390, height: 844 });

        // The feed, right after logging in: its answer held back.
        let held = await holdBack(yann, ['Feed']);
        await logIn(yann, YANN);
        await held.asked('Feed');
        const feed = yann.locator('assoc-feed-page');
        await placeholderNotEmpty(feed, 'Rien de publié pour l');
        expect(await feed.locator('assoc-post-card').count()).toBe(0);
        await held.release();
        await feed.locator('assoc-post-card').first().waitFor();
        await settled(yann);
        expect(await feed.getByText('Rien de publié pour l').count()).toBe(0);

        // The directory, opened from the menu (its first request in this page).
        held = await holdBack(yann, ['Directory']);
        await yann.goto('/directory');
        await held.asked('Directory');
        const main = yann.locator('main');
        await placeholderNotEmpty(main, 'Aucun adhérent ne correspond');
        expect(await main.locator('.member-card').count()).toBe(0);
        await held.release();
        await main.locator('.member-card').first().waitFor();
        await settled(yann);
        expect(await main.getByText('Aucun adhérent ne correspond').count()).toBe(0);

        // The calendar, a list on a phone, in English: no "Nothing planned" before the period has loaded.
        await chooseLanguage(yann, 'Choisir la langue', 'English');
        held = await holdBack(yann, ['Calendar']);
        await yann.goto('/calendar');
        await held.asked('Calendar');
        await placeholderNotEmpty(main, 'Nothing planned in this period.');
        await held.release();
        // Then what the month really holds: its events, or (only now) the words saying there are none.
        await main.getByTestId('list-placeholder').first().waitFor({ state: 'detached' });
        await main
          .locator('assoc-list-view li')
          .or(main.getByText('Nothing planned in this period.'))
          .first()
          .waitFor();
        await settled(yann);

        // The feed in English, its answer held back again after a reload.
        held = await holdBack(yann, ['Feed']);
        await yann.goto('/feed');
        await held.asked('Feed');
        await placeholderNotEmpty(feed, 'Nothing posted yet.');
        await held.release();
        await feed.locator('assoc-post-card').first().waitFor();
        await chooseLanguage(yann, 'Choose the language', 'Français');
      }),
    180_000,
  );
});
