export * from './lib/calendar-event';
export * from './lib/all-day';
export * from './lib/calendar-days';
export * from './lib/permissions';
