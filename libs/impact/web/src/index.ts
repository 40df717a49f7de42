export { impactRoutes } from './lib/impact.routes';
