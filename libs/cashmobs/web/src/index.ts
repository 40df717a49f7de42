export { cashmobsRoutes, publicCashmobRoutes } from './lib/cashmobs.routes';
