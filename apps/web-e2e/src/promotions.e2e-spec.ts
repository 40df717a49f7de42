/**
 * The promotions (temps fort) journey, in French: Claire (president) creates a campaign whose
 * enrolment closes about a minute ahead and which starts a minute later, and publishes it; Lucie and
 * Marc enrol their shops with an offer; Yann (board) approves both; once enrolment has closed, a
 * visitor on a phone, not logged in, opens the public page and claims a voucher for Lucie's offer;
 * once the campaign runs, Lucie checks the code on her redemption page (valid), records it with a
 * 25 € basket, and the same code is then refused as already used; the results show one use and 25 €.
 * The enrolment deadline is a day ahead on the API's clock and the start a day later; the journey
 * moves the clock past each instead of waiting.
 * Screenshots: the public page on the phone (French and English), the voucher, the redemption page,
 * the campaign page with the results in French and English.
 */
import { baseUrl, screenshot } from './support/browser';
import { advanceClockTo, DAY, MINUTE, serverNow } from './support/clock';
import { browserJourneys, chooseLanguage, logIn, parisLocal, settled, watchScripts } from './support/journey';

const CLAIRE = 'claire.martin@vitrines-vitre.fr';
const LUCIE = 'lucie.gautier@vitrines-vitre.fr';
const MARC = 'marc.pinel@vitrines-vitre.fr';
const YANN = 'yann.lebreton@vitrines-vitre.fr';
const GROCER = 'Épicerie Fine Gautier';
const BUTCHER = 'Boucherie Pinel';

const { newPage, journey } = browserJourneys('promotions');

describe('promotions journey', () => {
  it(
    'creates and publishes a campaign, enrols and approves two offers, claims a voucher on a phone and redeems it in the shop',
    () =>
      journey('promotions', async () => {
        const title = `Vitré en fête ${Date.now().toString(36)}`;
        // On the API's clock: enrolment closes in a day (on a minute boundary), the campaign starts a day
        // later and lasts a week.
        const deadline = Math.ceil((await serverNow()) / MINUTE) * MINUTE + DAY;
        const startsAt = deadline + DAY;
        const endsAt = startsAt + 7 * 24 * 60 * MINUTE;

        // Claire, the president, creates the campaign and publishes it.
        const claire = await newPage();
        await logIn(claire, CLAIRE);
        await claire.getByRole('link', { name: 'Temps forts' }).first().click();
        await claire.getByRole('heading', { name: 'Temps forts', level: 1 }).waitFor();
        await settled(claire);
        await claire.getByRole('button', { name: 'Nouveau temps fort' }).click();
        await claire.getByLabel('Titre', { exact: true }).fill(title);
        await claire.getByLabel('Thème').fill('Les vitrines de l’hiver');
        await claire.getByLabel('Description').fill('Une semaine d’offres chez les commerçants de Vitré.');
        await claire.getByLabel('Début', { exact: true }).fill(parisLocal(startsAt));
        await claire.getByLabel('Fin', { exact: true }).fill(parisLocal(endsAt));
        await claire.getByLabel('Date limite d’inscription des boutiques').fill(parisLocal(deadline));
        await screenshot(claire, 'promotions-new-fr');
        await claire.getByRole('button', { name: 'Créer le brouillon' }).click();
        await claire.getByRole('heading', { name: title, level: 1 }).waitFor();
        const campaignUrl = new URL(claire.url()).pathname;
        expect(campaignUrl).toMatch(/^\/campaigns\/[0-9a-f-]{36}$/);
        await claire.getByTestId('campaign-status').getByText('Brouillon').waitFor();
        await settled(claire);
        await claire.getByRole('button', { name: 'Publier', exact: true }).click();
        await claire.getByRole('dialog').getByRole('button', { name: 'Publier', exact: true }).click();
        await claire.getByTestId('campaign-status').getByText('Inscriptions ouvertes').waitFor();

        // Lucie enrols her grocery with 10 % off; Marc his butcher's shop with a gift.
        const lucie = await newPage();
        await logIn(lucie, LUCIE);
        await lucie.goto(campaignUrl);
        await lucie.getByRole('heading', { name: 'Mon offre' }).waitFor();
        await settled(lucie);
        await lucie.getByLabel('Remise', { exact: true }).fill('10');
        await lucie.getByLabel('Conditions').fill('Dès 20 € d’achat.');
        await lucie.getByRole('button', { name: 'Inscrire ma boutique' }).click();
        await lucie.getByTestId('my-offer-status').getByText('En attente de validation').waitFor();

        const marc = await newPage();
        await logIn(marc, MARC);
        await marc.goto(campaignUrl);
        await marc.getByRole('heading', { name: 'Mon offre' }).waitFor();
        await settled(marc);
        await marc.getByRole('combobox', { name: 'Type d’offre' }).click();
        await marc.getByRole('option', { name: 'Cadeau' }).click();
        await marc.getByLabel('Ce qui est offert').fill('Un pot de rillettes maison offert');
        await marc.getByRole('button', { name: 'Inscrire ma boutique' }).click();
        await marc.getByTestId('my-offer-status').getByText('En attente de validation').waitFor();
        expect(await serverNow()).toBeLessThan(deadline);

        // Yann, of the board, approves both offers.
        const yann = await newPage();
        await logIn(yann, YANN);
        await yann.goto(campaignUrl);
        await yann.getByRole('heading', { name: 'Offres à examiner (2)' }).waitFor();
        await settled(yann);
        await yann.getByRole('button', { name: `Valider l’offre de ${GROCER}` }).click();
        await yann.getByTestId(`review-${GROCER}`).getByText('Validée').waitFor();
        await yann.getByRole('button', { name: `Valider l’offre de ${BUTCHER}` }).click();
        await yann.getByTestId(`review-${BUTCHER}`).getByText('Validée').waitFor();
        // The count follows: nothing left to examine (it stayed at 2 before issue 16's fix).
        await yann.getByRole('heading', { name: 'Offres à examiner (0)' }).waitFor();

        // Once enrolment has closed, the public page is live; its link is on the campaign page.
        await advanceClockTo(deadline + MINUTE);
        await yann.reload();
        await yann.getByTestId('campaign-status').getByText('Publié').waitFor();
        const publicLink = await yann.getByTestId('public-link').inputValue();
        expect(publicLink).toMatch(
          new RegExp(`^${baseUrl().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/p/[A-Za-z0-9_-]+$`),
        );
        // Link previews (no JavaScript) read the public page's Open Graph tags.
        const preview = await yann.request.get(new URL(publicLink).pathname);
        expect(preview.headers()['content-type']).toMatch(/^text\/html/);
        expect(await preview.text()).toContain(
          `<meta property="og:title" content="${title} — Les Vitrines de Vitré" />`,
        );

        // A visitor on a phone, not logged in, opens it (a server-rendered page: at most 80 kB gzip of
        // JavaScript, issue 13) and claims a voucher for Lucie's offer.
        const visitor = await newPage(true);
        const scripts = watchScripts(visitor);
        await visitor.goto(new URL(publicLink).pathname);
        await visitor.getByRole('heading', { name: title, level: 1 }).waitFor();
        await visitor.waitForLoadState('load');
        const javascript = await scripts.gzipBytes();
        console.log(`campaign page: ${javascript.total} bytes of JavaScript gzip`, javascript.files);
        expect(javascript.total).toBeGreaterThan(0); // the enhancement script
        expect(javascript.total).toBeLessThanOrEqual(80_000);
        const grocerOffer = visitor.getByTestId('public-offer').filter({ hasText: GROCER });
        await grocerOffer.getByText('10 %').first().waitFor();
        await visitor.getByTestId('public-offer').filter({ hasText: BUTCHER }).waitFor();
        await screenshot(visitor, 'promotions-public-fr-phone');
        await grocerOffer.getByRole('button', { name: 'Obtenir mon bon' }).click();
        await grocerOffer.getByRole('button', { name: 'Recevoir mon bon' }).click();
        const voucher = grocerOffer.getByTestId('voucher-code');
        await voucher.waitFor();
        const voucherCode = (await voucher.innerText()).trim();
        expect(voucherCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        await grocerOffer.getByTestId('voucher').scrollIntoViewIfNeeded();
        await screenshot(visitor, 'promotions-voucher-fr-phone');
        await chooseLanguage(visitor, 'Choisir la langue', 'English');
        await visitor.getByRole('button', { name: 'Get my voucher' }).first().waitFor();
        await screenshot(visitor, 'promotions-public-en-phone');
        await chooseLanguage(visitor, 'Choose the language', 'Français');

        // A browser that runs no script gets the same page and forms: the button asks for the offer's
        // form, the form posts to the page, which answers with the field and the reason (nothing claimed).
        const browser = visitor.context().browser();
        if (!browser) throw new Error('no browser');
        const noScript = await browser.newContext({
          baseURL: baseUrl(),
          javaScriptEnabled: false,
          locale: 'fr-FR',
          viewport: { width: 390, height: 844 },
        });
        try {
          const plain = await noScript.newPage();
          await plain.goto(new URL(publicLink).pathname);
          const butcherOffer = plain.getByTestId('public-offer').filter({ hasText: BUTCHER });
          await butcherOffer.getByRole('button', { name: 'Obtenir mon bon' }).click();
          await butcherOffer.getByLabel('Adresse e-mail (facultatif)').fill('lea@exemple');
          await butcherOffer.getByRole('button', { name: 'Recevoir mon bon' }).click();
          await butcherOffer.getByText("L'adresse e-mail n'est pas valide.").waitFor();
          expect(await butcherOffer.getByLabel('Adresse e-mail (facultatif)').getAttribute('aria-invalid')).toBe(
            'true',
          );
          expect(await butcherOffer.getByLabel('Adresse e-mail (facultatif)').inputValue()).toBe('lea@exemple');
          expect(await butcherOffer.getByTestId('voucher').count()).toBe(0);
          await screenshot(plain, 'promotions-public-no-script-error-fr-phone');
        } finally {
          await noScript.close();
        }

        // Once the campaign runs, Lucie checks the code on her phone and records it with a 25 € basket.
        await advanceClockTo(startsAt + MINUTE);
        await lucie.setViewportSize({ width: 375, height: 800 });
        await lucie.goto('/redeem');
        await lucie.getByRole('heading', { name: 'Encaisser un bon', level: 1 }).waitFor();
        await lucie.getByLabel('Code du bon ou de l’offre').fill(voucherCode.toLowerCase());
        await lucie.getByRole('button', { name: 'Vérifier' }).click();
        await lucie.getByTestId('redeem-verdict').getByText('Valable ✓').waitFor();
        await lucie.getByLabel('Montant du panier (facultatif)').fill('25');
        await screenshot(lucie, 'promotions-redeem-valid-fr-phone');
        await lucie.getByRole('button', { name: 'Enregistrer l’utilisation' }).click();
        await lucie.getByTestId('redeem-recorded').getByText('Utilisation enregistrée').waitFor();
        await lucie
          .getByTestId('redeem-recorded')
          .getByText(/Panier : 25,00\s€/)
          .waitFor();
        await screenshot(lucie, 'promotions-redeem-recorded-fr-phone');

        // The same code again: already used.
        await lucie.getByLabel('Code du bon ou de l’offre').fill(voucherCode);
        await lucie.getByRole('button', { name: 'Vérifier' }).click();
        await lucie.getByTestId('redeem-verdict').getByText('Déjà utilisé').waitFor();
        await screenshot(lucie, 'promotions-redeem-used-fr-phone');

        // The results: one use and 25 € of baskets, in French and in English.
        await claire.reload();
        await claire.getByTestId('campaign-status').getByText('En cours').waitFor();
        await settled(claire);
        const results = claire.getByTestId('campaign-results');
        await results.getByTestId('results-claimed').getByText('1', { exact: true }).waitFor();
        await results.getByTestId('results-redeemed').getByText('1', { exact: true }).waitFor();
        await results
          .getByTestId('results-baskets')
          .getByText(/25,00\s€/)
          .waitFor();
        await results.scrollIntoViewIfNeeded();
        await screenshot(claire, 'promotions-campaign-results-fr');
        await chooseLanguage(claire, 'Choisir la langue', 'English');
        await claire.getByRole('heading', { name: 'Results' }).waitFor();
        await settled(claire);
        await claire
          .getByTestId('results-baskets')
          .getByText(/€25\.00/)
          .waitFor();
        await results.scrollIntoViewIfNeeded();
        await screenshot(claire, 'promotions-campaign-results-en');
        await chooseLanguage(claire, 'Choose the language', 'Français');
        await claire.getByRole('heading', { name: 'Résultats' }).waitFor();

        // Lucie's own offer on her phone: approved, its code and QR, and her shop's results.
        await lucie.goto(campaignUrl);
        await lucie.getByTestId('my-offer-status').getByText('Validée').waitFor();
        await lucie.getByRole('img', { name: 'QR code de l’offre' }).waitFor();
        await lucie.getByTestId('results-redeemed').getByText('1', { exact: true }).waitFor();
        await settled(lucie);
        await lucie.getByTestId('my-offer').scrollIntoViewIfNeeded();
        await screenshot(lucie, 'promotions-my-offer-fr-phone');
      }),
    4 * MINUTE,
  );
});
