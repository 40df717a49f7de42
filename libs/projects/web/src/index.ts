export { projectsRoutes } from './lib/projects.routes';
