import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { AppConfig, AppError, ClientIp, HttpResponse, Public, RateLimiter } from '@assoc/platform-api';
import { NotificationUnsubscribeService } from './notification-unsubscribe.service';
import { UNSUBSCRIBE_LIMIT } from './unsubscribe.resolver';

/**
 * The address a notification mail's List-Unsubscribe header names (RFC 8058 one-click): the mail
 * client POSTs `List-Unsubscribe=One-Click` without a session, cookie or CSRF token; the secret token
 * in the path is the proof, scoped to one member and one kind of notification. Opening it (GET)
 * changes nothing: it leads to the web page that says what the link stops. The POST counts in the same
 * per-address limit as the page's `unsubscribe` mutation (shared by every instance) before the token is read.
 */
@Controller('api/unsubscribe')
export class OneClickUnsubscribeController {
  constructor(
    private readonly unsubscribe: NotificationUnsubscribeService,
    private readonly config: AppConfig,
    private readonly limiter: RateLimiter,
  ) {}

  @Public()
  @Post(':token')
  @HttpCode(200)
  async oneClick(@Param('token') token: string, @ClientIp() ip: string, @Res() res: HttpResponse): Promise<void> {
    await this.limiter.consume(`unsubscribe:${ip}`, UNSUBSCRIBE_LIMIT);
    const outcome = await this.unsubscribe.oneClick(token);
    if (outcome === 'unknown') throw AppError.field('token', 'tokenInvalid');
    res
      .type('text/plain; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .send('Désabonnement enregistré. / You are unsubscribed.\n');
  }

  @Public()
  @Get(':token')
  page(@Param('token') token: string, @Res() res: HttpResponse): void {
    res.header('Cache-Control', 'no-store');
    res.redirect(`${this.config.PUBLIC_URL.replace(/\/$/, '')}/unsubscribe/${encodeURIComponent(token)}`, 303);
  }
}
