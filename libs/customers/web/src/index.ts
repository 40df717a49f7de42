export { customersRoutes } from './lib/customers.routes';
