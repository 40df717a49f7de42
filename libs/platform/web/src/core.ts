/**
 * The light half of platform-web: what the application's first load and the public pages need
 * (providers, session, guards, language, error parsing, the public frame), and nothing that pulls
 * Angular Material overlays, dialogs or the logged-in shell. Pages import from here
 * (`@assoc/platform-web/core`), never from the full barrel: the bundler splits by file, and a barrel
 * makes every file it lists part of whatever imports it (ADR 0022). Code that the log-in page's
 * first load reaches imports from the narrower `@assoc/platform-web/first-load` (ADR 0036).
 */
// The GraphQL schema's enums, inputs and scalars (types only), generated once for every web library.
export type * from './lib/graphql/schema-types.generated';
// What the first load needs, also for every other page (ADR 0036).
export * from './first-load';
export * from './lib/graphql/platform.generated';
export { LiveConnection } from './lib/apollo/live-connection';
export { GraphqlTypePolicies, provideTypePolicies } from './lib/apollo/graphql-type-policies';
export { composeTypePolicies } from './lib/apollo/type-policies';
export type { DomainTypePolicies } from './lib/apollo/type-policies';
export { completeData, resultData } from './lib/apollo/complete-data';
export {
  dateOrder,
  inFuture,
  rangeOrder,
  readDecimal,
  readLocalDateTime,
  readTimeOfDay,
  wholeNumber,
} from './lib/forms/form-validators';
export type { FutureOptions, OrderOptions, ReadValue } from './lib/forms/form-validators';
export { resetAfterSubmit } from './lib/forms/reset-after-submit';
export { DateTimePipe } from './lib/format/date-time.pipe';
export { EurosPipe } from './lib/format/euros.pipe';
export { NAV_ITEMS } from './lib/layout/nav-items';
export type { NavItem, NavLabel } from './lib/layout/nav-items';
export { TOOLBAR_ITEMS } from './lib/layout/toolbar-items';
export type { ToolbarItemLoader } from './lib/layout/toolbar-items';
