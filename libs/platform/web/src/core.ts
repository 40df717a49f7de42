/**
 * The light half of platform-web: what the application's first load and the public pages need
 * (providers, session, guards, language, error parsing, the public frame), and nothing that pulls
 * Angular Material overlays, dialogs or the logged-in shell. Code that the first load reaches
 * imports from here (`@assoc/platform-web/core`), never from the full barrel: the bundler splits
 * by file, and a barrel makes every file it lists part of whatever imports it (ADR 0022).
 */
// The GraphQL schema's enums, inputs and scalars (types only), generated once for every web library.
export type * from './lib/graphql/schema-types.generated';
export * from './lib/graphql/platform.generated';
export { clearGraphqlCache } from './lib/apollo/graphql-on-demand';
export { withAppServices } from './lib/routing/app-services';
export { GraphqlRequest } from './lib/graphql-http/graphql-request';
export { LiveConnection } from './lib/apollo/live-connection';
export { GraphqlTypePolicies, provideTypePolicies } from './lib/apollo/graphql-type-policies';
export { composeTypePolicies } from './lib/apollo/type-policies';
export type { DomainTypePolicies } from './lib/apollo/type-policies';
export { completeData, resultData } from './lib/apollo/complete-data';
export { contextHeadersInterceptor } from './lib/apollo/context-headers.interceptor';
export { provideI18n } from './lib/i18n/provide-i18n';
export { LanguageStore } from './lib/i18n/language-store';
export { DomainTexts, DomainTextsRegistry, textsGuard, withTexts } from './lib/i18n/domain-texts';
export type { DomainTextFiles } from './lib/i18n/domain-texts';
export { LanguageState, LANGUAGES, toAppLanguage } from './lib/i18n/language-state';
export type { AppLanguage } from './lib/i18n/language-state';
export { AssociationContext, ASSOCIATION_STORAGE_KEY } from './lib/session/association-context';
export { SessionStore } from './lib/session/session-store';
export type { Viewer, ViewerMembership, MemberRole } from './lib/session/session-store';
export { authGuard, associationGuard, guestGuard, permissionGuard } from './lib/session/auth.guards';
export { ErrorDisplay } from './lib/errors/error-display';
export type { ShowErrorOptions } from './lib/errors/error-display';
export { parseServerError, normaliseFieldPath } from './lib/errors/server-error';
export type { ServerErrorInfo, FieldMessage } from './lib/errors/server-error';
export { clearServerErrors } from './lib/errors/clear-server-error';
export { FieldErrorPipe } from './lib/errors/field-error.pipe';
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
export { SvgIcon } from './lib/icons/svg-icon';
export { PublicLayout } from './lib/layout/public-layout';
export { LanguageSwitcher } from './lib/layout/language-switcher';
export { NAV_ITEMS } from './lib/layout/nav-items';
export type { NavItem, NavLabel } from './lib/layout/nav-items';
export { TOOLBAR_ITEMS } from './lib/layout/toolbar-items';
export type { ToolbarItemLoader } from './lib/layout/toolbar-items';
export { TranslatedTitleStrategy } from './lib/routing/translated-title-strategy';
