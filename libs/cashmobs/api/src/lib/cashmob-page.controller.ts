import { Controller, Get, Param, Res } from '@nestjs/common';
import { AppError, ClientIp, Public, RateLimiter, WebIndexHtml, withOpenGraph } from '@assoc/platform-api';
import { Response } from 'express';
import { CashmobMailer } from './cashmob-mailer.service';
import { cashmobOpenGraph } from './cashmob-open-graph';
import { CashmobSignUpsService } from './cashmob-sign-ups.service';
import { CASHMOB_RATE_LIMITS } from './public-cashmob.resolver';

/**
 * `GET /c/:slug`: the web app's page, with Open Graph tags for link previews (messaging apps, social
 * networks) that do not run JavaScript. Only the public page's fields; an unknown or unpublished slug
 * gets the plain page, which shows its own "not found". Registered before the static files.
 */
@Controller('c')
export class CashmobPageController {
  constructor(
    private readonly index: WebIndexHtml,
    private readonly signUps: CashmobSignUpsService,
    private readonly mailer: CashmobMailer,
    private readonly limiter: RateLimiter,
  ) {}

  @Public()
  @Get(':slug')
  async page(@Param('slug') slug: string, @ClientIp() ip: string, @Res() res: Response): Promise<void> {
    const html = await this.index.read();
    if (html === null) throw AppError.notFound();
    this.limiter.consume(`cashmob-read:${ip}`, CASHMOB_RATE_LIMITS.read);
    const cashmob = await this.signUps.publicCashmob(slug).catch(() => null);
    const body = cashmob ? withOpenGraph(html, cashmobOpenGraph(cashmob, this.mailer.publicLink(cashmob.slug))) : html;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.send(body);
  }
}
