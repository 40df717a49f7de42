import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { CashmobProblem, SignUpStatus, signUpProblems } from '@assoc/cashmobs-domain';
import {
  AppError,
  ClientIp,
  escapeHtml,
  field,
  formErrors,
  FormErrors,
  htmlLang,
  HttpRequest,
  HttpResponse,
  Locale,
  OpenGraphImage,
  PageLocale,
  pathOf,
  Public,
  RateLimit,
  RateLimiter,
  redirectAfterPost,
  renderPublicPage,
  SafeHtml,
  sendPublicPage,
  shareCardRequest,
  ShareCards,
  validateForm,
} from '@assoc/platform-api';
import { withJoinCustomerBox } from '@assoc/customers-api';
import { centsToInput, parseAmountToCents } from '@assoc/shared-util';
import { toString as qrSvg } from 'qrcode';
import { CashmobMailer } from './cashmob-mailer.service';
import { cashmobOpenGraph, cashmobShareCard } from './cashmob-open-graph';
import { cashmobPageTexts } from './cashmob-page.texts';
import {
  messageMain,
  MySignUpNotice,
  mySignUpMain,
  publicCashmobMain,
  SignUpFormValues,
  SignUpReceipt,
} from './cashmob-page.views';
import { problemsError } from './cashmob-problems';
import { CashmobSignUpsService } from './cashmob-sign-ups.service';
import { SignUpToCashmobInput } from './cashmob.inputs';
import { MySignUpModel, PublicCashmobModel } from './cashmob.models';
import { CASHMOB_RATE_LIMITS } from './public-cashmob.resolver';

/** The form's words for the service's field names. */
const ALIASES = { intendedSpendCents: 'amount' };

/** The amount typed in euros, in cents; a problem named `amount` when it is empty or not an amount. */
function amountOf(text: string): { cents: number | null; problems: CashmobProblem[] } {
  if (!text.trim()) return { cents: null, problems: [{ path: 'amount', reason: 'required' }] };
  const cents = parseAmountToCents(text);
  return { cents, problems: cents === null ? [{ path: 'amount', reason: 'invalid' }] : [] };
}

/**
 * The public cashmob pages, rendered on the server (ADR 0022: no Angular, one style sheet, a few
 * lines of script), in the reader's language (`?lang=` from the page's menu, else Accept-Language),
 * with their link preview tags (messaging apps and social networks run no JavaScript):
 * - `GET /c/:slug`: what, when, where, how much, how many, and the sign-up form; `POST` signs up
 *   (the same checks and service as the `signUpToCashmob` mutation), then shows the receipt once
 *   (`?receipt=`); an unknown or unpublished slug is a 404 page kept out of search engines;
 * - `GET /c/sign-up/:token`: a participant's own page (from the confirmation mail): state, check-in
 *   QR, the amount to change, cancel and erase (each confirmed on the page first); private, noindex,
 *   no referrer; its preview is the cashmob's only (nothing about the participant);
 * - `GET /c/:slug/share-card/:lang/:key.png`: the share card (1200 x 630 PNG), cached for a year
 *   under its content key.
 * Registered before the static files.
 */
@Controller('c')
export class CashmobPageController {
  constructor(
    private readonly signUps: CashmobSignUpsService,
    private readonly mailer: CashmobMailer,
    private readonly limiter: RateLimiter,
    private readonly cards: ShareCards,
  ) {}

  @Public()
  @Get('sign-up/:token')
  async signUpPage(
    @Param('token') token: string,
    @ClientIp() ip: string,
    @PageLocale() locale: Locale,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    if (!(await this.withinLimit(`cashmob-token:${ip}`, CASHMOB_RATE_LIMITS.token, req, res, locale))) return;
    const signUp = await this.signUps.mySignUp(token).catch(() => null);
    if (!signUp) return this.invalidLink(req, res, locale);
    const confirm = req.query['confirm'];
    const done = req.query['done'];
    await this.sendMySignUp(req, res, locale, signUp, {
      confirm: confirm === 'cancel' || confirm === 'erase' ? confirm : null,
      notice: done === 'changed' || done === 'cancelled' ? done : null,
      amount: centsToInput(signUp.intendedSpendCents, htmlLang(locale)),
      errors: null,
    });
  }

  /** The participant's page's forms: `action=change` (with `amount`), `cancel` or `erase`. */
  @Public()
  @Post('sign-up/:token')
  async signUpAction(
    @Param('token') token: string,
    @ClientIp() ip: string,
    @PageLocale() locale: Locale,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const action = field(req.body, 'action');
    const amount = field(req.body, 'amount');
    try {
      await this.limiter.consume(`cashmob-token:${ip}`, CASHMOB_RATE_LIMITS.token);
      if (action === 'change') {
        const { cents, problems } = amountOf(amount);
        if (cents === null) throw problemsError(problems);
        await this.signUps.change(token, cents);
        return redirectAfterPost(res, this.address(req, { done: 'changed' }));
      }
      if (action === 'cancel') {
        await this.signUps.cancel(token);
        return redirectAfterPost(res, this.address(req, { done: 'cancelled' }));
      }
      if (action === 'erase') {
        await this.signUps.erase(token);
        const t = cashmobPageTexts(locale);
        const erased = messageMain(t.erasedTitle, t.erased, true);
        return sendPublicPage(res, this.signUpDocument(req, locale, t.erasedTitle, erased, null), { private: true });
      }
      throw AppError.field('action', 'invalid');
    } catch (error) {
      const errors = formErrors(error, locale, ALIASES);
      const signUp = await this.signUps.mySignUp(token).catch(() => null);
      if (!signUp) return this.invalidLink(req, res, locale);
      await this.sendMySignUp(req, res, locale, signUp, { confirm: null, notice: null, amount, errors }, errors.status);
    }
  }

  @Public()
  @Get(':slug')
  async page(
    @Param('slug') slug: string,
    @ClientIp() ip: string,
    @PageLocale() locale: Locale,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    if (!(await this.withinLimit(`cashmob-read:${ip}`, CASHMOB_RATE_LIMITS.read, req, res, locale))) return;
    const cashmob = await this.signUps.publicCashmob(slug).catch(() => null);
    if (!cashmob) return this.notFound(req, res, locale);
    const receipt = receiptOf(req.query);
    this.sendPublicCashmob(req, res, locale, cashmob, {
      receipt,
      values: {
        firstName: '',
        email: '',
        amount: centsToInput(cashmob.spendMinCents, htmlLang(locale)),
        consent: false,
      },
      errors: null,
    });
  }

  /** The sign-up form, without an account: checked whole (every field's reason at once), then the mutation's service. */
  @Public()
  @Post(':slug')
  async signUp(
    @Param('slug') slug: string,
    @ClientIp() ip: string,
    @PageLocale() locale: Locale,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const values: SignUpFormValues = {
      firstName: field(req.body, 'firstName'),
      email: field(req.body, 'email'),
      amount: field(req.body, 'amount'),
      consent: field(req.body, 'consent') === 'true',
    };
    if (!(await this.withinLimit(`cashmob-read:${ip}`, CASHMOB_RATE_LIMITS.read, req, res, locale))) return;
    const cashmob = await this.signUps.publicCashmob(slug).catch(() => null);
    if (!cashmob) return this.notFound(req, res, locale);
    try {
      const { cents, problems } = amountOf(values.amount);
      const all = [
        ...signUpProblems({ ...values, intendedSpendCents: cents ?? 0 }, cashmob).filter(
          (p) => cents !== null || p.path !== 'intendedSpendCents',
        ),
        ...problems,
        ...(values.consent ? [] : [{ path: 'consent', reason: 'consentRequired' }]),
      ];
      if (all.length) throw problemsError(all);
      const input = await validateForm(SignUpToCashmobInput, {
        firstName: values.firstName,
        email: values.email,
        intendedSpendCents: cents,
        locale,
        consent: true,
      });
      await this.limiter.consume(`cashmob-sign-up:${ip}`, CASHMOB_RATE_LIMITS.signUp);
      const receipt = await this.signUps.signUp(slug, input);
      const query: Record<string, string> =
        receipt.status === SignUpStatus.WAITING
          ? { receipt: 'waiting', rank: String(receipt.waitingRank ?? '') }
          : { receipt: 'confirmed' };
      redirectAfterPost(res, this.address(req, query));
    } catch (error) {
      const errors = formErrors(error, locale, ALIASES);
      const fresh = await this.signUps.publicCashmob(slug).catch(() => cashmob);
      this.sendPublicCashmob(req, res, locale, fresh, { receipt: null, values, errors }, errors.status);
    }
  }

  @Public()
  @Get(':slug/share-card/:lang/:file')
  async shareCard(
    @Param('slug') slug: string,
    @Param('lang') lang: string,
    @Param('file') file: string,
    @ClientIp() ip: string,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const request = shareCardRequest(lang, file);
    if (!request) throw AppError.notFound();
    const { locale, key } = request;
    await this.limiter.consume(`cashmob-read:${ip}`, CASHMOB_RATE_LIMITS.read);
    const cashmob = await this.signUps.publicCashmob(slug).catch(() => null);
    if (!cashmob) throw AppError.notFound();
    await this.cards.send(res, cashmobShareCard(cashmob, locale), key, this.shareCardImage(cashmob, locale).url);
  }

  private sendPublicCashmob(
    req: HttpRequest,
    res: HttpResponse,
    locale: Locale,
    cashmob: PublicCashmobModel,
    form: { receipt: SignUpReceipt | null; values: SignUpFormValues; errors: FormErrors | null },
    status = 200,
  ): void {
    const preview = this.preview(cashmob, locale);
    const main = withJoinCustomerBox(
      publicCashmobMain(cashmob, locale, {
        ...form,
        icsUrl: `/api/cashmobs/${encodeURIComponent(cashmob.slug)}/cashmob.ics`,
        actionUrl: this.address(req, {}),
        share: { url: preview.url, title: preview.title },
      }),
      locale,
      { name: cashmob.associationName, slug: cashmob.associationSlug },
      'cashmob',
    );
    sendPublicPage(
      res,
      renderPublicPage({
        locale,
        url: req.originalUrl,
        openGraph: preview,
        main,
        // The receipt shows once: a reload shows the form again, as the web app did.
        keepUrl: form.receipt ? this.address(req, {}) : undefined,
      }),
      { status },
    );
  }

  private async sendMySignUp(
    req: HttpRequest,
    res: HttpResponse,
    locale: Locale,
    signUp: MySignUpModel,
    state: {
      confirm: 'cancel' | 'erase' | null;
      notice: MySignUpNotice | null;
      amount: string;
      errors: FormErrors | null;
    },
    status = 200,
  ): Promise<void> {
    const t = cashmobPageTexts(locale);
    const qr =
      signUp.status === SignUpStatus.CONFIRMED
        ? (await qrSvg(signUp.checkInCode, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })).replace(
            '<svg ',
            `<svg role="img" aria-label="${escapeHtml(t.qrAlt)}" data-testid="check-in-qr" width="220" height="220" `,
          )
        : null;
    const main = mySignUpMain(signUp, locale, {
      ...state,
      qrSvg: qr,
      publicUrl: this.address(req, {}, `/c/${encodeURIComponent(signUp.cashmob.slug)}`),
      actionUrl: this.address(req, {}),
      path: pathOf(req),
      backUrl: this.address(req, {}),
      lang: req.query['lang'] === 'fr' || req.query['lang'] === 'en' ? req.query['lang'] : null,
    });
    sendPublicPage(
      res,
      this.signUpDocument(req, locale, `${t.mySignUpTitle} — ${signUp.cashmob.shopName}`, main, signUp),
      {
        status,
        private: true,
      },
    );
  }

  /** A participant's page (or its erased or invalid message): the cashmob's preview at most, never indexed. */
  private signUpDocument(
    req: HttpRequest,
    locale: Locale,
    title: string,
    main: SafeHtml,
    signUp: MySignUpModel | null,
  ): string {
    const notice = req.method === 'GET' && req.query['done'] !== undefined;
    return renderPublicPage({
      locale,
      url: req.originalUrl,
      openGraph: signUp ? { ...this.preview(signUp.cashmob, locale), noindex: true } : { title },
      main,
      // A notice (amount changed, cancelled) shows once: a reload shows the page without it.
      keepUrl: notice ? this.address(req, {}) : undefined,
    });
  }

  /**
   * Consumes one of the address's reads; past the limit, the page says so in the reader's language
   * (HTTP 429) instead of the API's JSON error, and the handler stops.
   */
  private async withinLimit(key: string, limit: RateLimit, req: HttpRequest, res: HttpResponse, locale: Locale) {
    try {
      await this.limiter.consume(key, limit);
      return true;
    } catch (error) {
      const { message, status } = formErrors(error, locale);
      sendPublicPage(res, this.messagePage(req, locale, message, ''), { status, private: true });
      return false;
    }
  }

  /** A sign-up link that no longer works: no preview, private. */
  private invalidLink(req: HttpRequest, res: HttpResponse, locale: Locale): void {
    const t = cashmobPageTexts(locale);
    sendPublicPage(res, this.messagePage(req, locale, t.invalidTitle, t.invalid), { status: 404, private: true });
  }

  /** An unknown or unpublished slug: nothing to preview (as before), kept out of search engines. */
  private notFound(req: HttpRequest, res: HttpResponse, locale: Locale): void {
    const t = cashmobPageTexts(locale);
    sendPublicPage(res, this.messagePage(req, locale, t.notFoundTitle, t.notFound), { status: 404 });
  }

  private messagePage(req: HttpRequest, locale: Locale, title: string, text: string): string {
    return renderPublicPage({ locale, url: req.originalUrl, openGraph: { title }, main: messageMain(title, text) });
  }

  /** This page's address (or another's), with the reader's `?lang=` choice kept and the given parameters. */
  private address(req: HttpRequest, params: Record<string, string>, path = pathOf(req)): string {
    const query = new URLSearchParams();
    const lang = req.query['lang'];
    if (lang === 'fr' || lang === 'en') query.set('lang', lang);
    for (const [key, value] of Object.entries(params)) query.set(key, value);
    const search = query.toString();
    return search ? `${path}?${search}` : path;
  }

  private preview(cashmob: PublicCashmobModel, locale: Locale) {
    return cashmobOpenGraph(
      cashmob,
      this.mailer.publicLink(cashmob.slug),
      locale,
      this.shareCardImage(cashmob, locale),
    );
  }

  private shareCardImage(cashmob: PublicCashmobModel, locale: Locale): OpenGraphImage {
    const card = cashmobShareCard(cashmob, locale);
    return this.cards.image(this.mailer.publicLink(cashmob.slug), card, locale, `${card.title} — ${card.lines[0]}`);
  }
}

/** The receipt the address carries once after a sign-up (`?receipt=confirmed`, `?receipt=waiting&rank=3`). */
function receiptOf(query: HttpRequest['query']): SignUpReceipt | null {
  if (query['receipt'] === 'confirmed') return { status: SignUpStatus.CONFIRMED, waitingRank: null };
  if (query['receipt'] === 'waiting') {
    const rank = Number(query['rank']);
    return { status: SignUpStatus.WAITING, waitingRank: Number.isSafeInteger(rank) && rank > 0 ? rank : null };
  }
  return null;
}
