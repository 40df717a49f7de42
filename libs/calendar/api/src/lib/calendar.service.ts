import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationReads } from '@assoc/associations-api';
import {
  allDaySpan,
  calendarKey,
  CalendarEvent,
  CalendarEventKind,
  eventsBetween,
  shopConflicts,
} from '@assoc/calendar-domain';
import { CashmobCalendarItem, CashmobCalendarService } from '@assoc/cashmobs-api';
import { ShopReads } from '@assoc/directory-api';
import { AppError, CurrentMember, Permission, roleHasPermission } from '@assoc/platform-api';
import { ProjectTasksService } from '@assoc/projects-api';
import { CampaignCalendarItem, CampaignCalendarService } from '@assoc/promotions-api';
import { calendarDayIn } from '@assoc/shared-util';
import { DataSource } from 'typeorm';
import { MeetingEntity } from './meeting.entity';

/** The longest period one request may ask for (a year and a bit: a year view, a feed). */
export const MAX_CALENDAR_DAYS = 400;
const DAY_MS = 24 * 3600 * 1000;
/** Overlaps [:from, :to), as the GiST index meetings_by_period (migration CalendarPeriods) is built. */
const MEETING_OVERLAPS =
  'tstzrange(m."startsAt", m."endsAt") && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz))';

export interface CalendarPeriod {
  events: CalendarEvent[];
  conflicts: { shopId: string; shopName: string; firstKey: string; secondKey: string }[];
  timeZone: string;
}

/**
 * One calendar of the association: campaigns, cashmobs, project milestones and meetings, gathered
 * from each domain's public service with that domain's own visibility rules, plus the shops booked
 * twice at overlapping times (a cashmob in a shop that has an offer in a running campaign).
 */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cashmobs: CashmobCalendarService,
    private readonly projects: ProjectTasksService,
    private readonly campaigns: CampaignCalendarService,
    private readonly associations: AssociationReads,
    private readonly shops: ShopReads,
  ) {}

  timeZone(associationId: string): Promise<string> {
    return this.associations.timeZone(associationId);
  }

  async period(member: CurrentMember, from: Date, to: Date): Promise<CalendarPeriod> {
    if (to <= from) throw AppError.field('to', 'endBeforeStart');
    if (to.getTime() - from.getTime() > MAX_CALENDAR_DAYS * DAY_MS)
      throw AppError.field('to', 'max', { max: MAX_CALENDAR_DAYS });
    const timeZone = await this.timeZone(member.associationId);
    const [{ cashmobs, campaigns }, milestones, meetings] = await Promise.all([
      this.cashmobsAndCampaigns(member, from, to),
      this.projects.milestonesBetween(
        member,
        calendarDayIn(from, timeZone),
        calendarDayIn(new Date(to.getTime() - 1), timeZone),
      ),
      roleHasPermission(member.role, Permission.ViewMeetings)
        ? this.dataSource.manager
            .createQueryBuilder(MeetingEntity, 'm')
            .where('m."associationId" = :associationId', { associationId: member.associationId })
            // Through the GiST index meetings_by_period: the meetings overlapping the period, not every earlier one.
            .andWhere(MEETING_OVERLAPS, { from, to })
            .getMany()
        : [],
    ]);
    const events = eventsBetween(
      [
        ...campaigns.map((c) =>
          event(CalendarEventKind.CAMPAIGN, c.id, {
            title: c.title,
            startsAt: c.startsAt,
            endsAt: c.endsAt,
            description: c.theme || null,
            shopCount: c.shopCount,
            shopIds: c.shopIds,
            path: `/campaigns/${c.id}`,
          }),
        ),
        ...cashmobs.map((c) =>
          event(CalendarEventKind.CASHMOB, c.id, {
            title: c.shopName,
            startsAt: c.startsAt,
            endsAt: c.endsAt,
            place: c.meetingPoint,
            shopCount: 1,
            shopIds: [c.shopId],
            path: `/cashmobs/${c.id}`,
          }),
        ),
        ...milestones.map((m) =>
          event(CalendarEventKind.MILESTONE, m.id, {
            title: `${m.title} — ${m.projectTitle}`,
            ...allDaySpan(m.dueDate, timeZone),
            day: m.dueDate,
            path: `/projects/${m.projectId}`,
          }),
        ),
        ...meetings.map((m) => meetingEvent(m)),
      ],
      from,
      to,
    );
    const clashes = shopConflicts(events);
    const shopNames = await this.shops.names(
      member.associationId,
      clashes.map((c) => c.shopId),
    );
    const conflicts = clashes.map((c) => ({
      shopId: c.shopId,
      shopName: shopNames.get(c.shopId) ?? '',
      firstKey: c.first.key,
      secondKey: c.second.key,
    }));
    return { events, conflicts, timeZone };
  }

  /**
   * The period's cashmobs, then its campaigns told the cashmobs' host shops: of a campaign's shops
   * (thousands in a large association) only those another event books come back, what shopConflicts
   * needs, with their count.
   */
  private async cashmobsAndCampaigns(
    member: CurrentMember,
    from: Date,
    to: Date,
  ): Promise<{ cashmobs: CashmobCalendarItem[]; campaigns: CampaignCalendarItem[] }> {
    const cashmobs = await this.cashmobs.between(member, from, to);
    const hosts = cashmobs.map((c) => c.shopId);
    return { cashmobs, campaigns: await this.campaigns.between(member, from, to, hosts) };
  }

  /**
   * One event by kind and id, if the caller may see it (for its .ics download). `at` is the event's
   * start as the calendar showed it: the event is looked for in the day around it, through the same
   * period query (and so the same visibility rules) as the calendar.
   */
  async one(
    member: CurrentMember,
    kind: CalendarEventKind,
    id: string,
    at: Date,
  ): Promise<{ event: CalendarEvent; timeZone: string }> {
    if (kind === CalendarEventKind.MEETING) {
      const meeting = roleHasPermission(member.role, Permission.ViewMeetings)
        ? await this.dataSource.manager.findOneBy(MeetingEntity, { id, associationId: member.associationId })
        : null;
      if (!meeting) throw AppError.notFound();
      return { event: meetingEvent(meeting), timeZone: await this.timeZone(member.associationId) };
    }
    const { events, timeZone } = await this.period(
      member,
      new Date(at.getTime() - DAY_MS),
      new Date(at.getTime() + DAY_MS),
    );
    const found = events.find((e) => e.key === calendarKey(kind, id));
    if (!found) throw AppError.notFound();
    return { event: found, timeZone };
  }
}

function event(
  kind: CalendarEventKind,
  id: string,
  fields: Partial<CalendarEvent> & Pick<CalendarEvent, 'title' | 'startsAt' | 'endsAt' | 'path'>,
): CalendarEvent {
  return {
    key: calendarKey(kind, id),
    kind,
    id,
    day: null,
    place: null,
    description: null,
    shopCount: 0,
    shopIds: [],
    ...fields,
  };
}

function meetingEvent(m: MeetingEntity): CalendarEvent {
  return event(CalendarEventKind.MEETING, m.id, {
    title: m.title,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    place: m.place || null,
    description: m.agenda || null,
    path: `/calendar?meeting=${m.id}`,
  });
}
