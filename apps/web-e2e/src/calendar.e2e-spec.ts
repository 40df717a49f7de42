/**
 * The association calendar, in French: Claire (president) opens the calendar, adds the general
 * meeting next week, finds it in the month view and in the list view, downloads its .ics, makes her
 * private subscription link, reads it as a calendar app would (Node's fetch, no session), then
 * revokes it (the link answers 404). Lucie (member) sees the meeting but cannot add one.
 * Screenshots of the month view (desk) and the list view (phone, 375 px), in French and English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { browserJourneys, dialogReady, logIn, settled } from './support/journey';
import { SCREENSHOT_DIR } from './support/server';

const CLAIRE = 'claire.martin@vitrines-vitre.fr';
const LUCIE = 'lucie.gautier@vitrines-vitre.fr';
const TIME_ZONE = 'Europe/Paris';
const DAY_MS = 24 * 3600 * 1000;
const TITLE = 'Assemblée générale';

/** "2026-12-08" for an instant, in Paris. */
const { newPage, journey } = browserJourneys('calendar');

function parisDay(instant: number): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

/** The calendar opens on today's month: one step forward when the meeting falls in the next. */
async function toMonthOf(page: Page, day: string, next: string): Promise<void> {
  await settled(page);
  if (day.slice(0, 7) !== parisDay(Date.now()).slice(0, 7)) {
    await page.getByRole('button', { name: next }).click();
    await settled(page);
  }
}

/** Reloads the page at a phone's width (375 px), runs `body`, then goes back to the desk size. */
async function onPhone(page: Page, body: () => Promise<void>): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await settled(page);
  await body();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  await settled(page);
}

describe('association calendar journey', () => {
  it(
    'adds a meeting, shows it by month and as a list, downloads its .ics and serves a revocable feed',
    () =>
      journey('calendar', async () => {
        const day = parisDay(Date.now() + 7 * DAY_MS);
        const claire = await newPage();
        await logIn(claire, CLAIRE);
        await claire.getByRole('link', { name: 'Agenda' }).first().click();
        await claire.getByRole('heading', { name: 'Agenda', level: 1 }).waitFor();
        await settled(claire);

        // The general meeting, next week from 18:00 to 20:00 (Paris time).
        await claire.getByRole('button', { name: 'Nouvelle réunion' }).click();
        const form = await dialogReady(claire.getByRole('dialog', { name: 'Nouvelle réunion' }));
        await form.getByLabel('Titre').fill(TITLE);
        await form.getByLabel('Lieu').fill('Salle du Vieux Logis, Vitré');
        await form.getByLabel('Début').fill(`${day}T18:00`);
        await form.getByLabel('Fin').fill(`${day}T20:00`);
        await form.getByLabel('Ordre du jour').fill('1. Rapport moral\n2. Budget 2027\n3. Élection du bureau');
        await form.getByRole('button', { name: 'Créer la réunion' }).click();
        await form.waitFor({ state: 'detached' });

        // In the month view, on its day.
        await toMonthOf(claire, day, 'Période suivante');
        const chip = claire
          .locator(`[data-day="${day}"]`)
          .getByRole('button', { name: new RegExp(`^Réunion : .*${TITLE}$`) });
        await chip.waitFor();
        await claire.getByTestId('calendar-legend').getByText('Étape de projet').waitFor();
        // The "meeting added" message out of the picture.
        await claire
          .locator('simple-snack-bar')
          .getByRole('button', { name: 'Fermer' })
          .click({ timeout: 2_000 })
          .catch(() => undefined);
        await claire.locator('simple-snack-bar').waitFor({ state: 'detached' });
        await screenshot(claire, 'calendar-month-fr');

        // Its detail, in Paris time, and its .ics.
        await chip.click();
        const detail = await dialogReady(claire.getByRole('dialog', { name: TITLE }));
        expect(await detail.getByTestId('event-when').textContent()).toContain('18:00 – 20:00');
        await detail.getByText('3. Élection du bureau').waitFor();
        await screenshot(claire, 'calendar-detail-fr');
        const [download] = await Promise.all([
          claire.waitForEvent('download'),
          detail.getByRole('button', { name: 'Ajouter à mon agenda (.ics)' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/^meeting-.*\.ics$/);
        const ics = readFileSync(await download.path(), 'utf8');
        expect(ics).toContain('BEGIN:VCALENDAR');
        expect(ics).toContain(`SUMMARY:${TITLE}`);
        await detail.getByRole('button', { name: 'Fermer' }).click();
        await detail.waitFor({ state: 'detached' });

        // The week view, with the meeting's times.
        await claire.locator('mat-button-toggle', { hasText: 'Semaine' }).click();
        await claire.getByRole('button', { name: 'Aujourd’hui' }).click();
        await claire.getByRole('button', { name: 'Période suivante' }).click();
        await settled(claire);
        await claire.locator(`section[data-day="${day}"]`).getByText('18:00 – 20:00').waitFor();
        await claire.getByRole('heading', { name: 'Agenda', level: 1 }).hover();
        await claire.locator('mat-tooltip-component').waitFor({ state: 'detached' });
        await screenshot(claire, 'calendar-week-fr');

        // The list view.
        await claire.locator('mat-button-toggle', { hasText: 'Liste' }).click();
        await settled(claire);
        await claire
          .locator(`section[data-day="${day}"]`)
          .getByRole('button', { name: new RegExp(TITLE) })
          .waitFor();

        // On a phone the list is the default.
        await onPhone(claire, async () => {
          await toMonthOf(claire, day, 'Période suivante');
          await claire.locator(`section[data-day="${day}"]`).getByText(TITLE).waitFor();
          await screenshot(claire, 'calendar-list-fr-phone');
          await claire.locator('mat-button-toggle', { hasText: 'Mois' }).click();
          await settled(claire);
          await claire
            .locator(`[data-day="${day}"]`)
            .getByRole('button', { name: new RegExp(`^Réunion : .*${TITLE}$`) })
            .waitFor();
          await screenshot(claire, 'calendar-month-fr-phone');
        });

        // The private subscription link: shown once, read by a calendar app, then revoked.
        const feed = claire.getByTestId('calendar-feed');
        await feed.getByRole('button', { name: 'Créer mon lien privé' }).click();
        const url = await feed.getByTestId('calendar-feed-url').inputValue();
        await feed.getByText('il ne sera plus affiché').waitFor();
        await feed.getByText('Votre lien privé actuel a été créé le').waitFor();
        expect(url).toMatch(/\/api\/calendar\/feed\/.+\.ics$/);
        await feed.screenshot({ path: join(SCREENSHOT_DIR, 'calendar-feed-fr.png') });
        const response = await fetch(url);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toContain('text/calendar');
        expect(await response.text()).toContain(`SUMMARY:${TITLE}`);
        await feed.getByRole('button', { name: 'Révoquer' }).click();
        await claire.getByRole('dialog').getByRole('button', { name: 'Révoquer' }).click();
        await feed.getByText('Vous n’avez pas de lien privé.').waitFor();
        expect((await fetch(url)).status).toBe(404);

        // In English.
        await claire.getByRole('button', { name: 'Choisir la langue' }).click();
        await claire.getByRole('menuitemradio', { name: 'English' }).click();
        await claire.getByRole('menu').waitFor({ state: 'detached' });
        await claire.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
        await claire.reload();
        await toMonthOf(claire, day, 'Next period');
        await claire
          .locator(`[data-day="${day}"]`)
          .getByRole('button', { name: new RegExp(`^Meeting: .*${TITLE}$`) })
          .waitFor();
        await screenshot(claire, 'calendar-month-en');
        await onPhone(claire, async () => {
          await toMonthOf(claire, day, 'Next period');
          await claire.locator(`section[data-day="${day}"]`).getByText(TITLE).waitFor();
          await screenshot(claire, 'calendar-list-en-phone');
        });
        await claire.getByRole('button', { name: 'Choose the language' }).click();
        await claire.getByRole('menuitemradio', { name: 'Français' }).click();
        await claire.getByRole('heading', { name: 'Agenda', level: 1 }).waitFor();

        // Lucie, a member, sees the meeting but cannot add one.
        const lucie = await newPage();
        await logIn(lucie, LUCIE);
        await lucie.goto('/calendar');
        await lucie.getByRole('heading', { name: 'Agenda', level: 1 }).waitFor();
        await toMonthOf(lucie, day, 'Période suivante');
        await lucie
          .locator(`[data-day="${day}"]`)
          .getByRole('button', { name: new RegExp(`^Réunion : .*${TITLE}$`) })
          .waitFor();
        expect(await lucie.getByRole('button', { name: 'Nouvelle réunion' }).count()).toBe(0);
      }),
    90_000,
  );
});
