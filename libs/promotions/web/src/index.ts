export { promotionsRoutes } from './lib/promotions.routes';
