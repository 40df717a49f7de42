export { networkRoutes } from './lib/network.routes';
