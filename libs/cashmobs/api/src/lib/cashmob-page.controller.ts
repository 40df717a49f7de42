import { Controller, Get, Param, Res } from '@nestjs/common';
import {
  AppError,
  ClientIp,
  Locale,
  notFoundPage,
  OpenGraphImage,
  Public,
  RateLimiter,
  RequestLocale,
  shareCardRequest,
  ShareCards,
  WebIndexHtml,
  withOpenGraph,
} from '@assoc/platform-api';
import { Response } from 'express';
import { CashmobMailer } from './cashmob-mailer.service';
import { cashmobOpenGraph, cashmobShareCard } from './cashmob-open-graph';
import { CashmobSignUpsService } from './cashmob-sign-ups.service';
import { PublicCashmobModel } from './cashmob.models';
import { CASHMOB_RATE_LIMITS } from './public-cashmob.resolver';

/**
 * The public cashmob pages for link previews (messaging apps and social networks run no
 * JavaScript), in the visitor's language (Accept-Language: French unless English comes first):
 * - `GET /c/:slug`: the web app's page with its title, description, Open Graph and Twitter tags,
 *   the share card as its image; an unknown or unpublished slug is a 404 page kept out of search engines;
 * - `GET /c/sign-up/:token`: a participant's own page (from the confirmation mail): the cashmob's
 *   preview only (nothing about the participant), its canonical URL the public page, noindex;
 * - `GET /c/:slug/share-card/:lang/:key.png`: the share card (1200 x 630 PNG), cached for a year
 *   under its content key.
 * Registered before the static files.
 */
@Controller('c')
export class CashmobPageController {
  constructor(
    private readonly index: WebIndexHtml,
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
    @RequestLocale() locale: Locale,
    @Res() res: Response,
  ): Promise<void> {
    const html = await this.index.read();
    if (html === null) throw AppError.notFound();
    await this.limiter.consume(`cashmob-token:${ip}`, CASHMOB_RATE_LIMITS.token);
    const signUp = await this.signUps.mySignUp(token).catch(() => null);
    // The link is a secret: never sent on to another site.
    res.setHeader('Referrer-Policy', 'no-referrer');
    send(
      res,
      signUp ? withOpenGraph(html, { ...this.preview(signUp.cashmob, locale), noindex: true }) : null,
      html,
      locale,
    );
  }

  @Public()
  @Get(':slug')
  async page(
    @Param('slug') slug: string,
    @ClientIp() ip: string,
    @RequestLocale() locale: Locale,
    @Res() res: Response,
  ): Promise<void> {
    const html = await this.index.read();
    if (html === null) throw AppError.notFound();
    await this.limiter.consume(`cashmob-read:${ip}`, CASHMOB_RATE_LIMITS.read);
    const cashmob = await this.signUps.publicCashmob(slug).catch(() => null);
    send(res, cashmob ? withOpenGraph(html, this.preview(cashmob, locale)) : null, html, locale);
  }

  @Public()
  @Get(':slug/share-card/:lang/:file')
  async shareCard(
    @Param('slug') slug: string,
    @Param('lang') lang: string,
    @Param('file') file: string,
    @ClientIp() ip: string,
    @Res() res: Response,
  ): Promise<void> {
    const request = shareCardRequest(lang, file);
    if (!request) throw AppError.notFound();
    const { locale, key } = request;
    await this.limiter.consume(`cashmob-read:${ip}`, CASHMOB_RATE_LIMITS.read);
    const cashmob = await this.signUps.publicCashmob(slug).catch(() => null);
    if (!cashmob) throw AppError.notFound();
    await this.cards.send(res, cashmobShareCard(cashmob, locale), key, this.shareCardImage(cashmob, locale).url);
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

/** The page (varies with Accept-Language), or the app's 404 page kept out of search engines. */
function send(res: Response, page: string | null, html: string, locale: Locale): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Vary', 'Accept-Language');
  if (page === null) res.status(404).send(notFoundPage(html, locale));
  else res.send(page);
}
