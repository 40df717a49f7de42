export { loyaltyRoutes } from './lib/loyalty.routes';
