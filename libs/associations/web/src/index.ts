export { associationsRoutes, invitationRoutes } from './lib/associations.routes';
