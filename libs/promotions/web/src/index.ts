export { promotionsRoutes, publicCampaignRoutes } from './lib/promotions.routes';
