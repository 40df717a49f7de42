import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission, uuidArg } from '@assoc/platform-api';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarFeedModel, CalendarModel, MeetingModel } from './calendar.models';
import { CalendarService } from './calendar.service';
import { CreateMeetingInput, UpdateMeetingInput } from './meeting.inputs';
import { MeetingsService, toMeetingModel } from './meetings.service';

/** The association calendar, its meetings and the caller's subscription URL. */
@Resolver()
export class CalendarResolver {
  constructor(
    private readonly service: CalendarService,
    private readonly meetings: MeetingsService,
    private readonly feeds: CalendarFeedsService,
  ) {}

  @Allow(Permission.ViewCalendar)
  @Query(() => CalendarModel, {
    description: 'Everything dated that overlaps [from, to) (at most 400 days), with shops booked twice.',
  })
  async calendar(
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
    @Member() member: CurrentMember,
  ): Promise<CalendarModel> {
    const { events, conflicts } = await this.service.period(member, from, to);
    return { events, conflicts };
  }

  @Allow(Permission.ManageMeetings)
  @Mutation(() => MeetingModel)
  async createMeeting(
    @Args('input') input: CreateMeetingInput,
    @Member() member: CurrentMember,
  ): Promise<MeetingModel> {
    return toMeetingModel(await this.meetings.create(member, input));
  }

  @Allow(Permission.ManageMeetings)
  @Mutation(() => MeetingModel)
  async updateMeeting(
    @Args('input') input: UpdateMeetingInput,
    @Member() member: CurrentMember,
  ): Promise<MeetingModel> {
    return toMeetingModel(await this.meetings.update(member, input));
  }

  @Allow(Permission.ManageMeetings)
  @Mutation(() => ID, { description: 'Returns the id of the meeting removed.' })
  async deleteMeeting(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<string> {
    return this.meetings.remove(member, id);
  }

  @Allow(Permission.ViewCalendar)
  @Query(() => Date, {
    nullable: true,
    description: 'When the caller’s live subscription URL was made, if any (the URL is shown only once).',
  })
  async myCalendarFeedSince(@Member() member: CurrentMember): Promise<Date | null> {
    return this.feeds.current(member);
  }

  @Allow(Permission.ViewCalendar)
  @Mutation(() => CalendarFeedModel, { description: 'A new private subscription URL; the previous one stops working.' })
  async renewCalendarFeed(@Member() member: CurrentMember): Promise<CalendarFeedModel> {
    return this.feeds.renew(member);
  }

  @Allow(Permission.ViewCalendar)
  @Mutation(() => Boolean, { description: 'Stops the caller’s subscription URL; false when there was none.' })
  async revokeCalendarFeed(@Member() member: CurrentMember): Promise<boolean> {
    return this.feeds.revoke(member);
  }
}
