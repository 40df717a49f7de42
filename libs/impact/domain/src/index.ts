export * from './lib/period';
export * from './lib/figures';
export * from './lib/problems';
export * from './lib/dashboard';
export * from './lib/dashboard-csv';
