export { widgetsRoutes } from './lib/widgets.routes';
