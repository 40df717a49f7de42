/**
 * The blog-up store, in French: Lucie (member) features a product of her shop; Claire (president)
 * opens the blog widgets, is refused a colour that is not one, creates an English widget, sees it as
 * a blog would and copies its snippets. Then a partner's blog, served from another origin by a tiny
 * HTTP server with aggressive styles of its own, pastes the script snippets (the demo's French
 * widget and the new English one) and the iframe snippet: the widget shows the demo's cashmob and
 * featured products, the blog's own elements keep their styles and the widget's take none of them.
 * A product's link leads to its shop's public page in the app (profile, products, cashmobs, hours;
 * no phone), in French and English. An unknown widget id shows the discreet placeholder, and
 * nothing throws. Screenshots of the shop's page, of the
 * widget in French and English, of the iframe variant, of the placeholder, of the preview page and
 * of the featured products page.
 */
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Page } from 'playwright-core';
import { baseUrl, screenshot } from './support/browser';
import { browserJourneys, chooseLanguage, logIn, settled, watchScripts } from './support/journey';

const CLAIRE = 'claire.martin@vitrines-vitre.fr';
const LUCIE = 'lucie.gautier@vitrines-vitre.fr';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const { newPage, journey } = browserJourneys('widgets');

/** A partner's blog with loud styles of its own: everything red and serif, every div boxed in lime. */
function blogPage(title: string, snippet: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>
<style>* { color: red !important; font-family: serif !important; } div { border: 5px solid lime; } body { background: #fffde7; margin: 24px; } h3 { font-size: 40px; }</style></head>
<body><h1 id="blog-title">${title}</h1><div id="blog-box"><p id="blog-text">Les nouvelles du centre-ville, par nos soins.</p></div>${snippet}<p>Fin de l’article.</p></body></html>`;
}

/** Serves `pages` (path → HTML) at http://localhost:<port>: another origin than the app's http://127.0.0.1:<port>. */
async function blogServer(pages: Map<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const html = pages.get(req.url ?? '/');
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
}

/** The computed styles the blog gives its own elements. */
function hostStyles(page: Page) {
  return page.evaluate(() => {
    const box = getComputedStyle(document.getElementById('blog-box') as HTMLElement);
    const text = getComputedStyle(document.getElementById('blog-text') as HTMLElement);
    return {
      color: text.color,
      font: text.fontFamily,
      border: `${box.borderTopWidth} ${box.borderTopStyle} ${box.borderTopColor}`,
    };
  });
}

/** The computed styles of the widget's own elements, inside its shadow root. */
function widgetStyles(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('assoc-widget')?.shadowRoot;
    const frame = root?.querySelector('.w') as HTMLElement;
    const name = root?.querySelector('.n') as HTMLElement;
    const heading = root?.querySelector('h3') as HTMLElement;
    return {
      nameColor: getComputedStyle(name).color,
      nameFont: getComputedStyle(name).fontFamily,
      frameBorder: getComputedStyle(frame).borderTopWidth,
      headingSize: getComputedStyle(heading).fontSize,
      lightDomChildren: document.querySelector('assoc-widget')?.children.length,
    };
  });
}

/** Waits for the snippet box to hold the iframe variant. */
async function iframeSnippetShown(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    (document.querySelector('[data-testid="snippet"]') as HTMLTextAreaElement | null)?.value.startsWith('<iframe'),
  );
}

describe('blog widget journey', () => {
  let blog: { server: Server; origin: string } | null = null;
  afterAll(async () => {
    await new Promise((done) => blog?.server.close(done) ?? done(undefined));
  });

  it('features a product, creates a widget with its preview and snippets, and shows it on another site, isolated', () =>
    journey('widgets', async () => {
      // Lucie puts a product of her shop forward.
      const lucie = await newPage();
      await logIn(lucie, LUCIE);
      await lucie.getByRole('link', { name: 'Mes produits', exact: true }).first().click();
      await lucie.getByRole('heading', { name: 'Mes produits mis en avant', level: 1 }).waitFor();
      await settled(lucie);
      expect(await lucie.getByRole('link', { name: 'Widgets blog' }).count()).toBe(0);
      await lucie.getByRole('button', { name: 'Ajouter un produit' }).click();
      await lucie.getByLabel('Nom du produit').fill('Confiture de lait');
      await lucie.getByLabel('Prix').fill('6,9');
      await lucie.getByLabel('Courte description').fill('Au lait de la ferme de la Baratte.');
      await lucie.getByRole('button', { name: 'Ajouter', exact: true }).click();
      await lucie.getByRole('heading', { name: 'Confiture de lait', level: 3 }).waitFor();
      await lucie.getByText('6,90 €').waitFor();
      await screenshot(lucie, 'widgets-products-fr');

      // Claire opens the widgets and creates one for an English-speaking partner.
      const claire = await newPage();
      await logIn(claire, CLAIRE);
      await claire.getByRole('link', { name: 'Widgets blog' }).first().click();
      await claire.getByRole('heading', { name: 'Widgets blog', level: 1 }).waitFor();
      await settled(claire);
      await claire.getByRole('link', { name: /Blog « Vivre à Vitré »/ }).waitFor();
      await claire.getByRole('button', { name: 'Nouveau widget' }).click();
      await claire.getByLabel('Nom (pour vous)').fill('Blog Brittany Travels');
      await claire.getByRole('checkbox', { name: 'Commerces' }).check();
      await claire.getByRole('combobox', { name: 'Langue du widget' }).click();
      await claire.getByRole('option', { name: 'Anglais' }).click();
      const accent = claire.getByRole('textbox', { name: 'Couleur principale', exact: true });
      await accent.fill('rouge');
      await claire.getByRole('button', { name: 'Créer le widget' }).click();
      await claire.getByText('Une couleur au format #rgb ou #rrggbb (ex. #1d4ed8).').waitFor();
      await accent.fill('#0f766e');
      await claire.getByRole('button', { name: 'Créer le widget' }).click();
      await claire.getByRole('heading', { name: 'Blog Brittany Travels', level: 1 }).waitFor();
      const widgetId = new URL(claire.url()).pathname.split('/').pop() as string;

      // The preview shows the real script on a blog-like page; the snippets are there to copy.
      const snippet = claire.getByTestId('snippet');
      expect(await snippet.inputValue()).toBe(
        `<script async src="${baseUrl()}/widget.js" data-widget="${widgetId}"></script>`,
      );
      const preview = claire.frameLocator('[data-testid="preview"]');
      await preview.getByText('Kouign-amann', { exact: true }).waitFor();
      await preview.getByText('Upcoming cashmobs').waitFor();
      await preview.getByText('€4.50').waitFor();
      await claire.getByRole('radio', { name: 'Iframe' }).click();
      await iframeSnippetShown(claire);
      expect(await snippet.inputValue()).toMatch(
        new RegExp(
          `^<iframe src="${baseUrl().replace(/[.]/g, '\\.')}/embed/widgets/${widgetId}" title="Blog Brittany Travels" loading="lazy" style="[^"]+"></iframe>$`,
        ),
      );
      await claire.getByRole('button', { name: 'Copier le code' }).click();
      await claire.getByText('Code copié.').waitFor();
      await screenshot(claire, 'widgets-preview-fr');

      // The demo's French widget, from the list. Both pages show at once from the cache (the new
      // widget included: its creation put it in the cached list) while the server's answers are
      // held back; the answers then come, the pages asking again behind what they show.
      const held: Array<() => void> = [];
      let holding = true;
      await claire.route('**/graphql', async (route) => {
        const operation = route.request().postDataJSON()?.operationName;
        if (holding && (operation === 'Widgets' || operation === 'Widget')) {
          await new Promise<void>((release) => held.push(release));
        }
        await route.continue();
      });
      await claire.getByRole('link', { name: 'Tous les widgets' }).click();
      await claire.getByRole('link', { name: /Blog Brittany Travels/ }).waitFor();
      await claire.getByRole('link', { name: /Blog « Vivre à Vitré »/ }).click();
      await claire.getByRole('heading', { name: 'Blog « Vivre à Vitré »', level: 1 }).waitFor();
      const refreshed = claire.waitForResponse(
        (response) => response.request().postDataJSON()?.operationName === 'Widget',
      );
      holding = false;
      held.forEach((release) => release());
      await refreshed;
      await claire.unroute('**/graphql');
      const demoScript = await claire.getByTestId('snippet').inputValue();
      const demoId = /data-widget="([^"]+)"/.exec(demoScript)?.[1] as string;
      await claire.getByRole('radio', { name: 'Iframe' }).click();
      await iframeSnippetShown(claire);
      const demoIframe = await claire.getByTestId('snippet').inputValue();

      // A partner's blog on another origin pastes the snippets.
      const pages = new Map<string, string>([
        ['/plain', blogPage('Vivre à Vitré', '')],
        ['/', blogPage('Vivre à Vitré', demoScript)],
        [
          '/en',
          blogPage(
            'Brittany Travels',
            `<script async src="${baseUrl()}/widget.js" data-widget="${widgetId}"></script>`,
          ),
        ],
        ['/iframe', blogPage('Vivre à Vitré (iframe)', demoIframe)],
      ]);
      blog = await blogServer(pages);
      const reader = await newPage();
      await reader.goto(`${blog.origin}/plain`);
      const before = await hostStyles(reader);
      expect(before).toEqual({ color: 'rgb(255, 0, 0)', font: 'serif', border: '5px solid rgb(0, 255, 0)' });
      await reader.goto(`${blog.origin}/`);
      await reader.getByText('Kouign-amann', { exact: true }).waitFor();
      await reader.getByText('Prochains cashmobs').waitFor();
      await reader.getByText('4,50 €').waitFor();
      await reader.getByRole('link', { name: "Je m'inscris" }).waitFor();
      expect(await reader.getByRole('link', { name: "Je m'inscris" }).getAttribute('href')).toMatch(
        new RegExp(`^${baseUrl().replace(/[.]/g, '\\.')}/c/[A-Za-z0-9_-]+$`),
      );
      expect(await hostStyles(reader)).toEqual(before);
      const inside = await widgetStyles(reader);
      expect(inside.nameColor).not.toBe('rgb(255, 0, 0)');
      expect(inside.nameFont).not.toBe('serif');
      expect(inside.nameFont).toContain('system-ui');
      expect(inside.frameBorder).not.toBe('5px');
      expect(inside.headingSize).not.toBe('40px');
      expect(inside.lightDomChildren).toBe(0);
      expect(await reader.evaluate(() => document.cookie)).toBe('');
      await screenshot(reader, 'widgets-blog-fr');

      // The bakery's product leads to the shop's public page in the app: profile, hours, products.
      const productLink = reader
        .locator('li', { hasText: 'Kouign-amann' })
        .getByRole('link', { name: 'Voir le produit' });
      const shopPage = (await productLink.getAttribute('href')) as string;
      expect(shopPage).toMatch(new RegExp(`^${baseUrl().replace(/[.]/g, '\\.')}/b/[0-9a-f-]{36}$`));
      // A server-rendered page: at most 80 kB gzip of JavaScript (issue 13).
      const scripts = watchScripts(reader);
      await reader.goto(shopPage);
      await reader.getByRole('heading', { name: 'Boulangerie Le Fournil du Château', level: 1 }).waitFor();
      await reader.waitForLoadState('load');
      const javascript = await scripts.gzipBytes();
      console.log(`shop page: ${javascript.total} bytes of JavaScript gzip`, javascript.files);
      expect(javascript.total).toBeLessThanOrEqual(80_000);
      await reader.getByText('Membre de Les Vitrines de Vitré').waitFor();
      await reader.getByRole('heading', { name: 'Produits à la une' }).waitFor();
      await reader.getByTestId('showcase-product').filter({ hasText: 'Kouign-amann' }).getByText('4,50 €').waitFor();
      expect(await reader.getByTestId('showcase-product').allInnerTexts()).toEqual([
        expect.stringContaining('Kouign-amann'),
        expect.stringContaining('Pain au levain de seigle'),
      ]);
      expect(await reader.getByRole('heading', { name: 'Cashmobs à venir' }).count()).toBe(0); // the demo's cashmob is at the bookshop
      await reader.getByRole('row', { name: /Lundi.*07:00 – 13:00/ }).waitFor();
      expect(await reader.getByText('02 99 75 08 41').count()).toBe(0);
      await screenshot(reader, 'widgets-shop-fr');
      await chooseLanguage(reader, 'Choisir la langue', 'English');
      await reader.getByRole('heading', { name: 'Featured products' }).waitFor();
      await reader.getByText('€4.50').waitFor();
      await reader.getByRole('row', { name: /Monday.*07:00 AM – 01:00 PM/ }).waitFor();
      await screenshot(reader, 'widgets-shop-en');
      await chooseLanguage(reader, 'Choose the language', 'Français');

      await reader.goto(`${blog.origin}/en`);
      await reader.getByText("Our shopkeepers' picks").waitFor();
      await reader.getByText('€4.50').waitFor();
      await reader.getByRole('link', { name: 'Sign up' }).waitFor();
      await screenshot(reader, 'widgets-blog-en');

      await reader.goto(`${blog.origin}/iframe`);
      const frame = reader.frameLocator('iframe');
      await frame.getByText('Kouign-amann', { exact: true }).waitFor();
      await frame.getByText('Prochains cashmobs').waitFor();
      expect(await hostStyles(reader)).toEqual(before);
      await screenshot(reader, 'widgets-blog-iframe-fr');

      // An unknown widget: a discreet line, nothing broken, nothing thrown (its own context: the
      // browser logs the 404 itself, which the journey would otherwise count as a client error).
      const browser = reader.context().browser();
      if (!browser) throw new Error('no browser');
      const context = await browser.newContext({ locale: 'fr-FR' });
      try {
        const stray = await context.newPage();
        const thrown: string[] = [];
        stray.on('pageerror', (error) => thrown.push(error.message));
        pages.set(
          '/unknown',
          blogPage('Vivre à Vitré', `<script async src="${baseUrl()}/widget.js" data-widget="${UNKNOWN}"></script>`),
        );
        await stray.goto(`${blog.origin}/unknown`);
        await stray.getByText("Les commerces de l'association : contenu momentanément indisponible.").waitFor();
        expect(await hostStyles(stray)).toEqual(before);
        await stray.goto(`${baseUrl()}/embed/widgets/${UNKNOWN}`);
        await stray.getByText("Les commerces de l'association : contenu momentanément indisponible.").waitFor();
        await stray.goto(`${blog.origin}/unknown`);
        await stray.getByText("Les commerces de l'association : contenu momentanément indisponible.").waitFor();
        await screenshot(stray, 'widgets-blog-placeholder-fr');
        expect(thrown).toEqual([]);
      } finally {
        await context.close();
      }
      expect(demoId).toMatch(/^[0-9a-f-]{36}$/);
    }));
});
