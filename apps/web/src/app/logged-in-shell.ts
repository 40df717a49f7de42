/**
 * The logged-in frame, behind a lazy import of this file (app.routes.ts): its side navigation and
 * Material menus stay out of the first load, which takes only `@assoc/platform-web/core`; and the
 * page saying why a role cannot open a page (permissionGuard's /not-allowed).
 */
export { AppShell, NotAllowedPage } from '@assoc/platform-web';
