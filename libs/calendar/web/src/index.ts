export { calendarRoutes } from './lib/calendar.routes';
