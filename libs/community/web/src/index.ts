export { communityRoutes } from './lib/community.routes';
