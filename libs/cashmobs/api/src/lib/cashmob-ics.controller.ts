import { Controller, Get, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isPublic } from '@assoc/cashmobs-domain';
import { AppError, ClientIp, Clock, HttpResponse, Public, RateLimiter } from '@assoc/platform-api';
import { DataSource } from 'typeorm';
import { cashmobIcs } from './cashmob-ics';
import { CashmobMailer } from './cashmob-mailer.service';
import { CashmobVenues } from './cashmob-venue.service';
import { CashmobEntity } from './cashmob.entity';
import { CASHMOB_RATE_LIMITS } from './public-cashmob.resolver';

/**
 * `GET /api/cashmobs/:slug/cashmob.ics`: the published cashmob as a calendar event, linked from the
 * confirmation and reminder mails (the mail outbox carries no attachments). Public, like the page.
 */
@Controller('api/cashmobs')
export class CashmobIcsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: CashmobMailer,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
    private readonly venues: CashmobVenues,
  ) {}

  @Public()
  @Get(':slug/cashmob.ics')
  async ics(@Param('slug') slug: string, @ClientIp() ip: string, @Res() res: HttpResponse): Promise<void> {
    await this.limiter.consume(`cashmob-read:${ip}`, CASHMOB_RATE_LIMITS.read);
    const cashmob = await this.dataSource.manager.findOneBy(CashmobEntity, { slug });
    if (!cashmob || !isPublic(cashmob.status, cashmob.publishedAt)) throw AppError.notFound();
    const { shop, association } = await this.venues.of(cashmob);
    const body = cashmobIcs(cashmob, shop, association, this.mailer.publicLink(cashmob.slug), this.clock.now());
    res.header('Content-Type', 'text/calendar; charset=utf-8');
    res.header('Content-Disposition', 'attachment; filename="cashmob.ics"');
    res.send(body);
  }
}
