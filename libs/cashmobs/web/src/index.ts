export { cashmobsRoutes } from './lib/cashmobs.routes';
