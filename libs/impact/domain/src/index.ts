export * from './lib/period';
export * from './lib/figures';
export * from './lib/dashboard';
export * from './lib/dashboard-csv';
export * from './lib/messages';
export * from './lib/permissions';
