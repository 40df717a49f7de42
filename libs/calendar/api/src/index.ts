export * from './lib/calendar.module';
export * from './lib/calendar.entities';
export * from './lib/calendar.service';
export * from './lib/meeting.entity';
export * from './lib/calendar-feed.entity';
export * from './lib/calendar-demo';
