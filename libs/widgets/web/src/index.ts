export { publicShopRoutes, widgetsRoutes } from './lib/widgets.routes';
