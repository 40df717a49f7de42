export { accountRoutes } from './lib/account.routes';
export { identityRoutes } from './lib/identity.routes';
export { identityTexts } from './lib/identity.texts';
export { securityRoutes } from './lib/security.routes';
