/**
 * Server-rendered public pages (ADR 0022): the pages a shopper opens from a link (`/c/:slug`,
 * `/c/sign-up/:token`, `/p/:slug`, `/b/:id`) as plain HTML from the API, with one style sheet and a
 * few lines of script, no Angular. How a domain makes one, in its page controller:
 *
 * ```ts
 * @Public() @Get(':slug')
 * async page(@Param('slug') slug: string, @PageLocale() locale: Locale, @Req() req: Request, @Res() res: Response) {
 *   const thing = await this.things.publicThing(slug).catch(() => null);
 *   if (!thing) return sendPublicPage(res, renderNotFoundPage(locale, req.originalUrl, siteUrl), { status: 404 });
 *   sendPublicPage(res, renderPublicPage({
 *     locale, url: req.originalUrl,
 *     openGraph: thingOpenGraph(thing, locale),           // <title>, link preview tags, noindex
 *     main: markup`<article class="card"><h1>${thing.title}</h1>…</article>`, // every ${value} escaped
 *   }));
 * }
 * ```
 *
 * - Templates: `markup` is an escaping tagged template (values escaped unless they are `markup` themselves;
 *   quote attribute values); `raw` only for trusted markup, never user text.
 * - Language: `@PageLocale()` reads `?lang=fr|en` (the header's language menu) and else Accept-Language.
 *   The page's own words live next to its controller (`{ fr, en }` objects), reasons come from the
 *   message catalogue (`message(locale, reason)`).
 * - Forms: a plain `<form method="post" action="(the page's own address)" data-enhance novalidate>`
 *   built with `textField`/`checkboxField`/`formAlert`; the controller's `@Post` reads a value as text with
 *   `field(req.body, name)` (empty when missing or repeated) and checks the body with
 *   the mutation's own input class (`validateForm`), calls the same service method as the mutation,
 *   then either redirects (303, `redirectAfterPost`) to the page showing the result, or sends the page
 *   again with `formErrors(error, locale)` (status 400 or the error's) and the values typed. Without
 *   JavaScript this is an ordinary form post; with the script (`data-enhance`) the same post goes in
 *   the background and only `<main>` is replaced. One code path, one set of messages.
 * - Style and script: `assets/public-page.css` and `assets/public-page.js`, shared by every public
 *   page, served by `PublicPageAssetsController` under hashed names (immutable, brotli/gzip); add a
 *   domain's classes to the style sheet rather than a second file. No inline script or style (CSP).
 * - `sendPublicPage(res, page, { status, private })`: headers (no-cache, Vary, no-referrer when private).
 * - `shareBox(locale, { url, title })`: the page's link with a share button (Web Share API, else copy).
 */
export * from './html';
export * from './layout';
export * from './forms';
export * from './public-page-assets';
export * from './share';
