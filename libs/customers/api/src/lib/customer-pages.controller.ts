import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { AssociationReads, AssociationSummary } from '@assoc/associations-api';
import {
  AppError,
  ClientIp,
  field,
  FormErrors,
  formErrors,
  htmlLang,
  HttpRequest,
  HttpResponse,
  Locale,
  pageLocale,
  pathOf,
  Public,
  RateLimit,
  RateLimiter,
  redirectAfterPost,
  renderPublicPage,
  SafeHtml,
  validateForm,
} from '@assoc/platform-api';
import { message } from '@assoc/platform-domain';
import { CustomerCard } from './customer-card';
import { customerPaths, isCustomerNext } from './customer-links';
import { customerPageFrame, CustomerNavKey, sendCustomerPage } from './customer-page-frame';
import { customerPageTexts } from './customer-pages.texts';
import { joinMain, JoinFormValues, meMain, MeFormValues, messageMain, signInMain } from './customer-pages.views';
import { CustomerSessions } from './customer-sessions.service';
import { CUSTOMER_RATE_LIMITS, CustomersService } from './customers.service';
import { JoinCustomerInput, RequestCustomerLinkInput, UpdateCustomerInput } from './customers.inputs';

const ticked = (body: unknown, name: string): boolean => field(body, name) === 'true';

/**
 * The language of a customer page: the reader's choice in the language menu (`?lang=`) first, else the signed-in
 * customer's stored language, else Accept-Language. Loyalty's and community's pages use the same rule.
 */
export function customerLocale(req: HttpRequest, card: Pick<CustomerCard, 'language'> | null): Locale {
  const lang = req.query?.['lang'];
  if (lang !== 'fr' && lang !== 'en' && card) return card.language === 'en' ? Locale.EN : Locale.FR;
  return pageLocale(req);
}

/**
 * The customer pages (issue 17, ADR 0033), server-rendered on the public page kit (ADR 0022), phone first,
 * forms without JavaScript (POST, then 303 to the page showing the result):
 * - `/communaute/:slug/rejoindre`: join (first name, e-mail, one box per purpose), then "check your e-mails";
 * - `/communaute/:slug/lien/:token`: the magic link: opens the session (cookie) and goes to the card;
 * - `/communaute/:slug/connexion`: ask for a new link (same answer whether the address is known);
 * - `/communaute/:slug/moi`: my data (correct, consents, export JSON, erase for good); `/moi/donnees.json`;
 * - `/communaute/:slug/sortir` (POST): sign out.
 * An unknown or closed association is a 404 page. Registered before the static files.
 */
@Controller('communaute')
export class CustomerPagesController {
  constructor(
    private readonly associations: AssociationReads,
    private readonly customers: CustomersService,
    private readonly sessions: CustomerSessions,
    private readonly limiter: RateLimiter,
  ) {}

  @Public()
  @Get(':slug/rejoindre')
  async joinPage(@Param('slug') slug: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const association = await this.association(slug, req, res);
    if (!association) return;
    const card = await this.sessions.current(req, association.id);
    const locale = customerLocale(req, card);
    const from = field(req.query, 'from').slice(0, 64);
    this.sendJoin(req, res, locale, association, card, {
      values: { firstName: '', email: '', loyalty: false, news: false, ideas: false, from },
      errors: null,
      sent: req.query['sent'] === '1',
    });
  }

  @Public()
  @Post(':slug/rejoindre')
  async join(
    @Param('slug') slug: string,
    @ClientIp() ip: string,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const association = await this.association(slug, req, res);
    if (!association) return;
    const locale = pageLocale(req);
    const values: JoinFormValues = {
      firstName: field(req.body, 'firstName'),
      email: field(req.body, 'email'),
      loyalty: ticked(req.body, 'loyalty'),
      news: ticked(req.body, 'news'),
      ideas: ticked(req.body, 'ideas'),
      from: field(req.body, 'from').slice(0, 64),
    };
    await this.limited(
      `customer-join:${ip}`,
      CUSTOMER_RATE_LIMITS.join,
      locale,
      async () => {
        const input = await validateForm(JoinCustomerInput, {
          firstName: values.firstName,
          email: values.email,
          language: field(req.body, 'language') || htmlLang(locale),
          loyalty: values.loyalty,
          news: values.news,
          ideas: values.ideas,
          ...(values.from ? { from: values.from } : {}),
        });
        await this.customers.join(association, input);
        redirectAfterPost(res, this.address(req, { sent: '1' }));
      },
      (errors) => this.sendJoin(req, res, locale, association, null, { values, errors, sent: false }, errors.status),
    );
  }

  @Public()
  @Get(':slug/lien/:token')
  async land(
    @Param('slug') slug: string,
    @Param('token') token: string,
    @ClientIp() ip: string,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const association = await this.association(slug, req, res);
    if (!association) return;
    const locale = pageLocale(req);
    await this.limited(
      `customer-token:${ip}`,
      CUSTOMER_RATE_LIMITS.token,
      locale,
      async () => {
        const next = await this.customers.land(association, token, res);
        const lang = req.query['lang'];
        res.redirect(lang === 'fr' || lang === 'en' ? `${next}?lang=${lang}` : next, 303);
      },
      ({ message: text, status }) => {
        const t = customerPageTexts(locale);
        this.send(
          req,
          res,
          locale,
          association,
          null,
          t.linkTitle,
          undefined,
          messageMain(t.linkTitle, text, {
            href: `${customerPaths.signIn(association.slug)}?lang=${htmlLang(locale)}`,
            label: t.askAgain,
          }),
          status,
        );
      },
    );
  }

  @Public()
  @Get(':slug/connexion')
  async signInPage(@Param('slug') slug: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const association = await this.association(slug, req, res);
    if (!association) return;
    const locale = pageLocale(req);
    const next = isCustomerNext(association.slug, req.query['next']) ? req.query['next'] : '';
    const problem = req.query['problem'];
    this.sendSignIn(req, res, locale, association, {
      email: '',
      next,
      errors: null,
      sent: req.query['sent'] === '1',
      signedOut: req.query['signedOut'] === '1',
      linkProblem:
        problem === 'expired'
          ? message(locale, 'customerLinkExpired')
          : problem === 'invalid'
            ? message(locale, 'customerLinkInvalid')
            : null,
    });
  }

  @Public()
  @Post(':slug/connexion')
  async requestLink(
    @Param('slug') slug: string,
    @ClientIp() ip: string,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const association = await this.association(slug, req, res);
    if (!association) return;
    const locale = pageLocale(req);
    const email = field(req.body, 'email');
    const next = isCustomerNext(association.slug, field(req.body, 'next')) ? field(req.body, 'next') : '';
    await this.limited(
      `customer-link:${ip}`,
      CUSTOMER_RATE_LIMITS.link,
      locale,
      async () => {
        const input = await validateForm(RequestCustomerLinkInput, { email, ...(next ? { next } : {}) });
        await this.customers.requestLink(association, input);
        redirectAfterPost(res, this.address(req, { sent: '1' }));
      },
      (errors) =>
        this.sendSignIn(
          req,
          res,
          locale,
          association,
          { email, next, errors, sent: false, signedOut: false, linkProblem: null },
          errors.status,
        ),
    );
  }

  @Public()
  @Get(':slug/moi')
  async mePage(@Param('slug') slug: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const association = await this.association(slug, req, res);
    if (!association) return;
    const card = await this.sessions.required(req, res, association);
    if (!card) return;
    const locale = customerLocale(req, card);
    await this.sendMe(req, res, locale, association, card, { values: null, errors: null, eraseError: null });
  }

  /** The my-data page's two forms: `intent=update` (first name, language, consents) or `erase` (with `confirm`). */
  @Public()
  @Post(':slug/moi')
  async meAction(@Param('slug') slug: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const association = await this.association(slug, req, res);
    if (!association) return;
    const card = await this.sessions.required(req, res, association);
    if (!card) return;
    const locale = customerLocale(req, card);
    const action = field(req.body, 'intent');
    if (action === 'erase') {
      if (!ticked(req.body, 'confirm'))
        return this.sendMe(
          req,
          res,
          locale,
          association,
          card,
          {
            values: null,
            errors: null,
            eraseError: message(locale, 'eraseNotConfirmed'),
          },
          400,
        );
      await this.customers.erase(association.id, card.customerId);
      await this.sessions.close(req, res, association);
      const t = customerPageTexts(locale);
      return this.send(
        req,
        res,
        locale,
        association,
        null,
        t.erasedTitle,
        undefined,
        messageMain(t.erasedTitle, t.erased, {
          href: `${customerPaths.join(association.slug)}?lang=${htmlLang(locale)}`,
          label: t.joinTitle,
        }),
      );
    }
    const values: MeFormValues = {
      firstName: field(req.body, 'firstName'),
      language: field(req.body, 'language'),
      loyalty: ticked(req.body, 'loyalty'),
      news: ticked(req.body, 'news'),
      ideas: ticked(req.body, 'ideas'),
    };
    try {
      if (action !== 'update') throw AppError.field('intent', 'invalid');
      const input = await validateForm(UpdateCustomerInput, values);
      await this.customers.update(card, input);
      // The page follows the language just chosen.
      redirectAfterPost(res, `${customerPaths.me(association.slug)}?lang=${input.language}&saved=1`);
    } catch (error) {
      const errors = formErrors(error, locale);
      await this.sendMe(req, res, locale, association, card, { values, errors, eraseError: null }, errors.status);
    }
  }

  /** The customer's JSON export: their row and every registered domain's part, as a download. */
  @Public()
  @Get(':slug/moi/donnees.json')
  async exportData(@Param('slug') slug: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const association = await this.association(slug, req, res);
    if (!association) return;
    const card = await this.sessions.required(req, res, association);
    if (!card) return;
    const data = await this.customers.exportData(card);
    res.header('Content-Type', 'application/json; charset=utf-8');
    res.header('Content-Disposition', `attachment; filename="${association.slug}-mes-donnees.json"`);
    res.header('Cache-Control', 'private, no-store');
    res.status(200).send(JSON.stringify({ association: association.name, ...data }, null, 2));
  }

  @Public()
  @Post(':slug/sortir')
  async signOut(@Param('slug') slug: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const association = await this.association(slug, req, res);
    if (!association) return;
    await this.sessions.close(req, res, association);
    redirectAfterPost(res, `${customerPaths.signIn(association.slug)}?lang=${htmlLang(pageLocale(req))}&signedOut=1`);
  }

  /** The association the slug names, or null after sending the 404 page. */
  /**
   * A rate-limited act of the pages (per address): `act` answers (a redirect); a refusal (the limit, a field's
   * problem, a link's) is answered by `refused` with its errors in the reader's language.
   */
  private async limited(
    key: string,
    limit: RateLimit,
    locale: Locale,
    act: () => Promise<void>,
    refused: (errors: FormErrors) => void,
  ): Promise<void> {
    try {
      await this.limiter.consume(key, limit);
      await act();
    } catch (error) {
      refused(formErrors(error, locale));
    }
  }

  private async association(slug: string, req: HttpRequest, res: HttpResponse): Promise<AssociationSummary | null> {
    const association = await this.associations.bySlug(slug);
    if (association) return association;
    const locale = pageLocale(req);
    const t = customerPageTexts(locale);
    sendCustomerPage(
      res,
      renderPublicPage({
        locale,
        url: req.originalUrl,
        openGraph: { title: t.notFoundTitle },
        main: messageMain(t.notFoundTitle, t.notFound),
      }),
      404,
    );
    return null;
  }

  private sendJoin(
    req: HttpRequest,
    res: HttpResponse,
    locale: Locale,
    association: AssociationSummary,
    card: CustomerCard | null,
    form: { values: JoinFormValues; errors: FormErrors | null; sent: boolean },
    status = 200,
  ): void {
    const t = customerPageTexts(locale);
    const main = joinMain(locale, {
      associationName: association.name,
      slug: association.slug,
      actionUrl: this.address(req, {}),
      ...form,
      signedIn: card !== null,
    });
    this.send(req, res, locale, association, card, t.joinTitle, 'join', main, status, form.sent);
  }

  private sendSignIn(
    req: HttpRequest,
    res: HttpResponse,
    locale: Locale,
    association: AssociationSummary,
    form: Omit<Parameters<typeof signInMain>[1], 'slug' | 'actionUrl'>,
    status = 200,
  ): void {
    const t = customerPageTexts(locale);
    const main = signInMain(locale, { slug: association.slug, actionUrl: this.address(req, {}), ...form });
    this.send(req, res, locale, association, null, t.signInTitle, 'signIn', main, status, form.sent || form.signedOut);
  }

  private async sendMe(
    req: HttpRequest,
    res: HttpResponse,
    locale: Locale,
    association: AssociationSummary,
    card: CustomerCard,
    form: { values: MeFormValues | null; errors: FormErrors | null; eraseError: string | null },
    status = 200,
  ): Promise<void> {
    const profile = await this.customers.profile(association.id, card.customerId);
    if (!profile) return void res.redirect(this.sessions.signInAddress(req, association.slug), 303);
    const t = customerPageTexts(locale);
    const main = meMain(locale, {
      slug: association.slug,
      actionUrl: `${customerPaths.me(association.slug)}?lang=${htmlLang(locale)}`,
      profile,
      timeZone: association.timeZone,
      values: form.values ?? {
        firstName: profile.firstName,
        language: profile.language,
        loyalty: profile.consents.loyalty !== null,
        news: profile.consents.news !== null,
        ideas: profile.consents.ideas !== null,
      },
      errors: form.errors,
      eraseError: form.eraseError,
      saved: req.method === 'GET' && req.query['saved'] === '1',
    });
    this.send(
      req,
      res,
      locale,
      association,
      { firstName: profile.firstName },
      t.meTitle,
      'me',
      main,
      status,
      req.query['saved'] === '1',
    );
  }

  private send(
    req: HttpRequest,
    res: HttpResponse,
    locale: Locale,
    association: AssociationSummary,
    customer: { firstName: string } | null,
    title: string,
    current: CustomerNavKey | undefined,
    main: SafeHtml,
    status = 200,
    oneTimeNotice = false,
  ): void {
    const page = customerPageFrame({
      locale,
      url: req.originalUrl,
      title,
      association,
      customer,
      current,
      main,
      keepUrl: oneTimeNotice ? this.address(req, {}) : undefined,
    });
    sendCustomerPage(res, page, status);
  }

  /** This page's address with the reader's `?lang=` kept (and `next`), and the given parameters. */
  private address(req: HttpRequest, params: Record<string, string>): string {
    const query = new URLSearchParams();
    const lang = req.query['lang'];
    if (lang === 'fr' || lang === 'en') query.set('lang', lang);
    const from = req.query['from'];
    if (typeof from === 'string' && from) query.set('from', from.slice(0, 64));
    const next = req.query['next'];
    if (typeof next === 'string' && next) query.set('next', next);
    for (const [key, value] of Object.entries(params)) query.set(key, value);
    const search = query.toString();
    return search ? `${pathOf(req)}?${search}` : pathOf(req);
  }
}
