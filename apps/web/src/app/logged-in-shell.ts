/**
 * The logged-in frame, behind a lazy import of this file (app.routes.ts): its side navigation and
 * Material menus stay out of the first load, which takes only `@assoc/platform-web/core`.
 */
export { AppShell } from '@assoc/platform-web';
