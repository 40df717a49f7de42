/** The customer pages' addresses and the join link live in the domain library (other domains' pages import them from there). */
export { customerPaths, isCustomerNext, joinCustomerLink, JOINED_FROM_SHAPE } from '@assoc/customers-domain';
