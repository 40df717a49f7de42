/**
 * The cashmob journey, in French: Claire (president) sets the lead time to 0 days; Lucie proposes a
 * cashmob at Yann's bakery tomorrow at 10:00; Yann (the shop's owner) accepts and
 * the public page opens; a visitor on a phone, not logged in, opens the public link and signs up;
 * the confirmation arrives in the development mailbox and its link shows her sign-up with the
 * check-in QR code, where she changes her amount (refused empty, then 15 €); Yann checks her in; once the start has passed he records the result; the report
 * shows one check-in, the revenue and the average basket.
 * The day is tomorrow on the API's clock, and the journey moves that clock past the cashmob instead
 * of waiting for it.
 * Screenshots of the public page on the phone (French and English), the manage page with the QR,
 * the list, the form, the cashmob page with the check-in, and the report, in French and English.
 */
import { baseUrl, screenshot } from './support/browser';
import { advanceClockTo, DAY, serverNow } from './support/clock';
import {
  browserJourneys,
  chooseLanguage,
  expectFormRefusal,
  logIn,
  parisInstant,
  settled,
  watchScripts,
} from './support/journey';

const CLAIRE = 'claire.martin@vitrines-vitre.fr';
const LUCIE = 'lucie.gautier@vitrines-vitre.fr';
const YANN = 'yann.lebreton@vitrines-vitre.fr';
const BAKERY = 'Boulangerie Le Fournil du Château';
const MINUTE = 60_000;

/** The date ("2026-12-01") and time ("18:05") of an instant in Europe/Paris, as the inputs take them. */
const { newPage, journey } = browserJourneys('cashmobs');

function parisDateAndTime(instant: number): { date: string; time: string } {
  const text = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
  const [date, time] = text.split(' ');
  return { date, time };
}

describe('cashmob journey', () => {
  it(
    'proposes, accepts, signs a visitor up on a phone, checks her in, records the result and shows the report',
    () =>
      journey('cashmobs', async () => {
        const unique = Date.now().toString(36);
        const visitorEmail = `camille.${unique}@exemple.fr`;
        // Tomorrow (in Vitré, on the API's clock) from 10:00 to 11:00.
        const now = await serverNow();
        const start = { date: parisDateAndTime(now + DAY).date, time: '10:00' };
        const end = { date: start.date, time: '11:00' };

        // Claire, the president, allows cashmobs at short notice.
        const claire = await newPage();
        await logIn(claire, CLAIRE);
        await claire.getByRole('link', { name: 'Cashmobs' }).first().click();
        await claire.getByRole('heading', { name: 'Cashmobs', level: 1 }).waitFor();
        await claire.getByRole('heading', { name: 'Délai de prévenance' }).waitFor();
        await settled(claire);
        await claire.getByLabel('Délai minimum (jours)').fill('0');
        await claire.getByRole('button', { name: 'Enregistrer' }).click();
        await claire.getByText('Délai de prévenance enregistré.').waitFor();

        // Lucie, a member, proposes a cashmob at the bakery.
        const lucie = await newPage();
        await logIn(lucie, LUCIE);
        await lucie.goto('/cashmobs');
        await lucie.getByRole('heading', { name: 'Boutiques suggérées' }).waitFor();
        await settled(lucie);
        await lucie.getByRole('link', { name: 'Proposer un cashmob', exact: true }).click();
        await lucie.getByRole('heading', { name: 'Proposer un cashmob', level: 1 }).waitFor();
        await lucie.getByRole('combobox', { name: 'Boutique' }).click();
        await lucie.getByRole('option', { name: BAKERY }).click();
        await lucie.getByLabel('Date', { exact: true }).fill(start.date);
        await lucie.getByLabel('Début', { exact: true }).fill(start.time);
        await lucie.getByLabel('Fin', { exact: true }).fill(end.time);
        await lucie
          .getByLabel('Message / histoire de la boutique')
          .fill('Yann cuit tout sur place depuis vingt ans : venons goûter son kouign-amann !');
        await lucie.getByLabel('Point de rendez-vous').fill('Devant la vitrine, place du Château');
        await screenshot(lucie, 'cashmobs-propose-fr');
        await lucie.getByRole('button', { name: 'Envoyer la proposition' }).click();
        await lucie.getByRole('heading', { name: `Cashmob chez ${BAKERY}`, level: 1 }).waitFor();
        const cashmobUrl = new URL(lucie.url()).pathname;
        expect(cashmobUrl).toMatch(/^\/cashmobs\/[0-9a-f-]{36}$/);
        await lucie.getByTestId('cashmob-status').getByText('En attente de la boutique').waitFor();

        // Yann, the bakery's owner, accepts: the public page opens.
        const yann = await newPage();
        await logIn(yann, YANN);
        await yann.goto(cashmobUrl);
        await yann.getByRole('heading', { name: 'Votre réponse' }).waitFor();
        await settled(yann);
        await yann.getByRole('button', { name: 'Accepter le cashmob' }).click();
        await yann.getByTestId('cashmob-status').getByText('Publié').waitFor();
        const publicLink = await yann.getByTestId('public-link').inputValue();
        expect(publicLink).toMatch(
          new RegExp(`^${baseUrl().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/c/[A-Za-z0-9_-]+$`),
        );

        // Link previews (no JavaScript) read the public page's Open Graph tags.
        const preview = await yann.request.get(new URL(publicLink).pathname);
        expect(preview.headers()['content-type']).toMatch(/^text\/html/);
        expect(await preview.text()).toContain(`<meta property="og:title" content="Cashmob chez ${BAKERY} (Vitré)" />`);

        // A visitor on a phone, not logged in, opens the link (a server-rendered page: at most 80 kB gzip
        // of JavaScript, issue 13) and signs up.
        const visitor = await newPage(true);
        const scripts = watchScripts(visitor);
        await visitor.goto(new URL(publicLink).pathname);
        await visitor.getByRole('heading', { name: BAKERY, level: 1 }).waitFor();
        await visitor.waitForLoadState('load');
        const javascript = await scripts.gzipBytes();
        console.log(`cashmob page: ${javascript.total} bytes of JavaScript gzip`, javascript.files);
        expect(javascript.total).toBeGreaterThan(0); // the enhancement script
        expect(javascript.total).toBeLessThanOrEqual(80_000);
        await visitor.getByRole('heading', { name: 'Je viens !' }).waitFor();
        await settled(visitor);
        await visitor.getByText('Yann cuit tout sur place').waitFor();
        await visitor.getByRole('link', { name: 'Ajouter à mon agenda' }).waitFor();
        await screenshot(visitor, 'cashmobs-public-fr-phone');
        await visitor.getByLabel('Prénom', { exact: true }).fill('Camille');
        await visitor.getByLabel('Adresse e-mail', { exact: true }).fill(visitorEmail);
        await visitor.getByLabel('Montant que je compte dépenser').fill('12');
        await visitor.getByRole('checkbox').check();
        await visitor.getByRole('button', { name: "Je m'inscris" }).click();
        await visitor.getByTestId('sign-up-receipt').getByText('Inscription confirmée !').waitFor();
        await visitor.getByTestId('public-coming').getByText('1 inscrit(s)').waitFor();
        await screenshot(visitor, 'cashmobs-signed-up-fr-phone');
        await chooseLanguage(visitor, 'Choisir la langue', 'English');
        await visitor.getByTestId('sign-up-receipt').getByText('Sign-up confirmed!').waitFor();
        await screenshot(visitor, 'cashmobs-signed-up-en-phone');
        await visitor.reload();
        await visitor.getByRole('heading', { name: "I'm coming!" }).waitFor();
        await settled(visitor);
        await screenshot(visitor, 'cashmobs-public-en-phone');
        await chooseLanguage(visitor, 'Choose the language', 'Français');

        // The confirmation is in the development mailbox; its link shows the sign-up and the QR code.
        await visitor.goto('/dev/mailbox');
        await visitor.getByRole('heading', { name: 'Boîte mail de développement', level: 1 }).waitFor();
        const mail = visitor.locator('mat-expansion-panel').filter({ hasText: visitorEmail });
        await mail.first().waitFor();
        await mail.first().getByText(`Inscription confirmée : cashmob chez ${BAKERY}`).waitFor();
        const link = mail.first().getByRole('link', { name: /\/c\/sign-up\// });
        if (!(await link.isVisible())) await mail.first().locator('mat-expansion-panel-header').click();
        await link.waitFor();
        await mail.first().getByText('Pièces jointes : cashmob.ics').waitFor(); // the invitation for her calendar
        const ownScripts = watchScripts(visitor);
        await link.click();
        await visitor.getByTestId('my-sign-up-status').getByText('Votre inscription est confirmée.').waitFor();
        await visitor.waitForLoadState('load');
        const own = await ownScripts.gzipBytes();
        console.log(`sign-up page: ${own.total} bytes of JavaScript gzip`, own.files);
        expect(own.total).toBeLessThanOrEqual(80_000);
        await visitor.getByTestId('check-in-qr').waitFor();
        // The code under the QR, as the shop's phone would read it.
        const checkInCode = (await visitor.locator('figure.qr code').innerText()).trim();
        await visitor.getByText(/Vous comptez dépenser 12,00\s€/).waitFor();
        // She changes it to 15 €: the enhanced form posts to the page's address (its hidden field named
        // `action` must not stand for the form's own), first refused when empty, under the field.
        const signUpPath = new URL(visitor.url()).pathname;
        const amount = visitor.getByLabel('Montant que je compte dépenser');
        await amount.fill('');
        await expectFormRefusal(visitor, async () => {
          await visitor.getByRole('button', { name: 'Modifier le montant' }).click();
          await visitor.locator('#f-amount-error').getByText('Ce champ est obligatoire.').waitFor();
        });
        await visitor.getByText(/Vous comptez dépenser 12,00\s€/).waitFor();
        await amount.fill('15');
        await visitor.getByRole('button', { name: 'Modifier le montant' }).click();
        await visitor.getByRole('status').getByText('Montant modifié.').waitFor();
        await visitor.getByText(/Vous comptez dépenser 15,00\s€/).waitFor();
        expect(new URL(visitor.url()).pathname).toBe(signUpPath);
        await screenshot(visitor, 'cashmobs-my-sign-up-fr-phone');

        // On the day (the API's clock moved to 9:00 that morning), Yann finds her in the list, and checks
        // her in with the code of her QR.
        await advanceClockTo(parisInstant(`${start.date}T09:00`), yann.context(), lucie.context());
        await yann.reload();
        const checkIn = yann.getByTestId('check-in-panel');
        await checkIn.waitFor();
        await settled(yann);
        await checkIn.getByLabel('Rechercher un prénom ou un e-mail').fill('cami');
        await checkIn.getByRole('button', { name: 'Pointer Camille' }).waitFor();
        await checkIn.getByLabel('Code du QR', { exact: true }).fill(checkInCode);
        await checkIn.getByRole('button', { name: 'Pointer', exact: true }).click();
        await checkIn.getByText('Pointé', { exact: true }).waitFor();
        await yann.getByTestId('report-check-ins').getByText('1', { exact: true }).waitFor();
        await screenshot(yann, 'cashmobs-page-fr');

        // Once the start has passed, he records the result.
        await advanceClockTo(parisInstant(`${start.date}T10:30`), yann.context(), lucie.context());
        await yann.reload();
        const result = yann.getByTestId('result-form');
        await result.waitFor();
        await settled(yann);
        // A count below zero or with decimals says why, under the field (not a vague "format").
        const salesError = result
          .locator('mat-form-field')
          .filter({ hasText: 'Nombre de ventes' })
          .locator('mat-error');
        await result.getByLabel(/^Chiffre d'affaires TTC/).fill('54,60');
        await result.getByLabel('Nombre de ventes').fill('-3');
        await result.getByRole('button', { name: 'Enregistrer le résultat' }).click();
        await salesError.getByText('La valeur doit être au moins 0.').waitFor();
        await result.getByLabel('Nombre de ventes').fill('2,5');
        await salesError.getByText('Indiquez un nombre entier, sans virgule.').waitFor();
        await result.getByLabel('Nombre de ventes').fill('3');
        await result.getByLabel(/^Chiffre d'affaires TTC/).fill('54,60');
        await result.getByLabel(/^Chiffre d'affaires d'un après-midi ordinaire/).fill('30');
        await result.getByRole('button', { name: 'Enregistrer le résultat' }).click();
        await yann.getByTestId('cashmob-status').getByText('Terminé').waitFor();

        // The report: one sign-up checked in, the revenue and the average basket.
        const report = yann.getByTestId('cashmob-report');
        await report.getByTestId('report-check-ins').getByText('1', { exact: true }).waitFor();
        await report
          .getByTestId('report-revenue')
          .getByText(/54,60\s€/)
          .waitFor();
        await report
          .getByTestId('report-average')
          .getByText(/18,20\s€/)
          .waitFor();
        await report.getByText(/prévu : 15,00\s€ en moyenne/).waitFor();
        await report.getByText(/\+82\s%/).waitFor();
        await screenshot(yann, 'cashmobs-report-fr');
        await yann.getByRole('button', { name: 'Fermer' }).click();
        await yann.locator('mat-snack-bar-container').waitFor({ state: 'detached' });

        // Lucie sees the same report; the list files the cashmob under "Passés".
        await lucie.goto(cashmobUrl);
        await lucie
          .getByTestId('report-revenue')
          .getByText(/54,60\s€/)
          .waitFor();
        await lucie.getByTestId('check-in-panel').waitFor(); // the organiser sees the check-in list too
        // The organiser thanks everyone on the feed in one click; the post carries the figures.
        await lucie.getByRole('button', { name: 'Publier un merci sur le fil' }).click();
        await lucie.getByRole('link', { name: 'Voir la publication' }).click();
        await lucie
          .getByText(new RegExp(`Le cashmob chez ${BAKERY} a réuni 1 personne\\(s\\) et 54,60\\s€ de ventes`))
          .waitFor();
        await lucie.goto('/cashmobs');
        await lucie.getByRole('heading', { name: /^Passés/ }).waitFor();
        await lucie.getByRole('link', { name: BAKERY }).first().waitFor();
        await settled(lucie);
        await screenshot(lucie, 'cashmobs-list-fr');

        // In English (the choice is kept on Yann's account, so back to French afterwards).
        await chooseLanguage(yann, 'Choisir la langue', 'English');
        await yann.getByRole('heading', { name: `Cashmob at ${BAKERY}`, level: 1 }).waitFor();
        await report
          .getByTestId('report-revenue')
          .getByText(/€54\.60/)
          .waitFor();
        await screenshot(yann, 'cashmobs-report-en');
        await yann.goto('/cashmobs');
        await yann.getByRole('heading', { name: /^Past/ }).waitFor();
        await settled(yann);
        await screenshot(yann, 'cashmobs-list-en');
        await chooseLanguage(yann, 'Choose the language', 'Français');
        await yann.getByRole('heading', { name: 'Cashmobs', level: 1 }).waitFor();
      }),
    4 * MINUTE,
  );
});
