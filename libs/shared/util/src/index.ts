export * from './lib/text';
export * from './lib/time-zone';
export * from './lib/currency';
export * from './lib/money';
export * from './lib/zoned-time';
export * from './lib/amount-input';
export * from './lib/csv';
export * from './lib/calendar-date';
