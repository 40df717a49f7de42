import { CalendarFeedEntity } from './calendar-feed.entity';
import { MeetingEntity } from './meeting.entity';

/**
 * The tables this library owns (the calendar domain): its module registers them with TypeORM,
 * and apps/api composes every library's list for the TypeORM CLI, the tests and the running API.
 */
export const CALENDAR_ENTITIES = [MeetingEntity, CalendarFeedEntity];
