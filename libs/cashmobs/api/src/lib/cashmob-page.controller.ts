import { Controller, Get, Param, Res } from '@nestjs/common';
import { AppError, ClientIp, Public, RateLimiter } from '@assoc/platform-api';
import { Response } from 'express';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CashmobMailer } from './cashmob-mailer.service';
import { withOpenGraph } from './cashmob-open-graph';
import { CashmobSignUpsService } from './cashmob-sign-ups.service';
import { CASHMOB_RATE_LIMITS } from './public-cashmob.resolver';

/**
 * The built web app's index.html, next to the API's bundle (dist/apps/api → dist/apps/web/browser,
 * as the app module serves it). Absent in development with `ng serve`: then this route answers 404.
 */
const WEB_INDEX_FILE = resolve(__dirname, '../web/browser/index.html');

/**
 * `GET /c/:slug`: the web app's page, with Open Graph tags for link previews (messaging apps, social
 * networks) that do not run JavaScript. Only the public page's fields; an unknown or unpublished slug
 * gets the plain page, which shows its own "not found". Registered before the static files.
 */
@Controller('c')
export class CashmobPageController {
  private index: Promise<string | null> | null = null;

  constructor(
    private readonly signUps: CashmobSignUpsService,
    private readonly mailer: CashmobMailer,
    private readonly limiter: RateLimiter,
  ) {}

  @Public()
  @Get(':slug')
  async page(@Param('slug') slug: string, @ClientIp() ip: string, @Res() res: Response): Promise<void> {
    const html = await this.indexHtml();
    if (html === null) throw AppError.notFound();
    this.limiter.consume(`cashmob-read:${ip}`, CASHMOB_RATE_LIMITS.read);
    const cashmob = await this.signUps.publicCashmob(slug).catch(() => null);
    const body = cashmob ? withOpenGraph(html, cashmob, this.mailer.publicLink(cashmob.slug)) : html;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.send(body);
  }

  private indexHtml(): Promise<string | null> {
    this.index ??= readFile(WEB_INDEX_FILE, 'utf8').catch(() => null);
    return this.index;
  }
}
