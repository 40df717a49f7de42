export { privacyRoutes } from './lib/privacy.routes';
