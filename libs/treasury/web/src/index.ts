export { treasuryRoutes } from './lib/treasury.routes';
