import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { AssociationReads } from '@assoc/associations-api';
import { CalendarEventKind } from '@assoc/calendar-domain';
import {
  Allow,
  AppConfig,
  AppError,
  ClientIp,
  Clock,
  CurrentMember,
  HttpResponse,
  Member,
  Permission,
  Public,
  RateLimiter,
  uuidArg,
} from '@assoc/platform-api';
import { instantStringProblem } from '@assoc/shared-util';
import { calendarIcs } from './calendar-ics';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarService } from './calendar.service';

const DAY_MS = 24 * 3600 * 1000;
/** What a subscribed calendar app gets: the last 30 days and the next year. */
const FEED_PAST_DAYS = 30;
const FEED_FUTURE_DAYS = 365;
/** Calendar apps poll a few times an hour; a script guessing tokens gets stopped. */
const FEED_LIMIT = { limit: 60, windowMs: 10 * 60 * 1000 };

/**
 * The calendar as iCalendar files: a member's private subscription feed
 * (`GET /api/calendar/feed/<token>.ics`, no session: the secret token is the key) and one event
 * (`GET /api/calendar/events/<KIND>/<id>.ics?at=<its start>`, with the session and association).
 */
@Controller('api/calendar')
export class CalendarIcsController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly feeds: CalendarFeedsService,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly associations: AssociationReads,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Get('feed/:file')
  async feed(@Param('file') file: string, @ClientIp() ip: string, @Res() res: HttpResponse): Promise<void> {
    await this.limiter.consume(`calendar-feed:${ip}`, FEED_LIMIT);
    const member = await this.feeds.memberOf(file.replace(/\.ics$/, ''));
    const now = this.clock.nowMs();
    const { events, timeZone } = await this.calendar.period(
      member,
      new Date(now - FEED_PAST_DAYS * DAY_MS),
      new Date(now + FEED_FUTURE_DAYS * DAY_MS),
    );
    this.send(
      res,
      calendarIcs(events, {
        name: await this.associationName(member.associationId),
        timeZone,
        publicUrl: this.config.PUBLIC_URL,
        stamp: new Date(now),
      }),
      null,
    );
  }

  @Allow(Permission.ViewCalendar)
  @Get('events/:kind/:file')
  async event(
    @Param('kind') kind: string,
    @Param('file') file: string,
    @Query('at') at: string | undefined,
    @Member() member: CurrentMember,
    @Res() res: HttpResponse,
  ): Promise<void> {
    if (!Object.values(CalendarEventKind).includes(kind as CalendarEventKind)) throw AppError.field('kind', 'isEnum');
    const id = uuidArg('id').transform(file.replace(/\.ics$/, ''), { type: 'param' });
    // The event's start as the web sends it (an ISO instant with its offset), checked strictly: an
    // impossible day is not rolled over, and no offset would mean the server's own time zone.
    const problem = at === undefined ? 'zone' : instantStringProblem(at);
    if (problem) throw AppError.field('at', problem === 'calendar' ? 'isCalendarDate' : 'isInstant');
    const start = new Date(at as string);
    const { event, timeZone } = await this.calendar.one(member, kind as CalendarEventKind, id, start);
    this.send(
      res,
      calendarIcs([event], {
        name: await this.associationName(member.associationId),
        timeZone,
        publicUrl: this.config.PUBLIC_URL,
        stamp: this.clock.now(),
      }),
      `${kind.toLowerCase()}-${id}.ics`,
    );
  }

  private async associationName(id: string): Promise<string> {
    return (await this.associations.summary(id))?.name ?? '';
  }

  private send(res: HttpResponse, body: string, downloadName: string | null): void {
    res.header('content-type', 'text/calendar; charset=utf-8');
    res.header('cache-control', 'private, max-age=300');
    if (downloadName) res.header('content-disposition', `attachment; filename="${downloadName}"`);
    res.send(body);
  }
}
