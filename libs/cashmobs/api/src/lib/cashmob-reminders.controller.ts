import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ClientIp, HttpResponse, Locale, Public, RateLimiter } from '@assoc/platform-api';
import { CashmobSignUpsService } from './cashmob-sign-ups.service';
import { CASHMOB_RATE_LIMITS } from './public-cashmob.resolver';

const PAGE = (body: string) =>
  `<!doctype html>\n<html lang="fr"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="robots" content="noindex" /><title>Rappels du cashmob / Cashmob reminders</title></head><body>${body}</body></html>\n`;

/**
 * The address a cashmob reminder's List-Unsubscribe names (RFC 8058 one-click), and the line in its
 * body: `POST /api/cashmobs/reminders/stop/<token>` stops that sign-up's reminders, without a
 * session, cookie or CSRF token (the token, derived from the sign-up with the server's key, is the
 * proof); a repeat answers the same. `GET` changes nothing (link scanners open links): it answers a
 * small page whose button sends the POST. Both are rate-limited per client address like the other
 * sign-up tokens.
 */
@Controller('api/cashmobs/reminders/stop')
export class CashmobRemindersController {
  constructor(
    private readonly signUps: CashmobSignUpsService,
    private readonly limiter: RateLimiter,
  ) {}

  @Public()
  @Post(':token')
  @HttpCode(200)
  async stop(@Param('token') token: string, @ClientIp() ip: string, @Res() res: HttpResponse): Promise<void> {
    await this.limiter.consume(`cashmob-token:${ip}`, CASHMOB_RATE_LIMITS.token);
    const { locale } = await this.signUps.stopReminders(token);
    const done =
      locale === Locale.EN
        ? 'No more reminders for this cashmob. Your sign-up stays; cancel it from its own page if you cannot come.'
        : 'Plus de rappels pour ce cashmob. Votre inscription reste ; annulez-la depuis sa page si vous ne pouvez pas venir.';
    res
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .header('Referrer-Policy', 'no-referrer')
      .send(PAGE(`<p>${done}</p>`));
  }

  @Public()
  @Get(':token')
  async page(@Param('token') token: string, @ClientIp() ip: string, @Res() res: HttpResponse): Promise<void> {
    await this.limiter.consume(`cashmob-token:${ip}`, CASHMOB_RATE_LIMITS.token);
    const action = encodeURIComponent(token);
    res
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .header('Referrer-Policy', 'no-referrer')
      .send(
        PAGE(
          `<form method="post" action="${action}"><input type="hidden" name="List-Unsubscribe" value="One-Click" />` +
            `<p><button type="submit">Arrêter les rappels de ce cashmob / Stop this cashmob's reminders</button></p></form>`,
        ),
      );
  }
}
