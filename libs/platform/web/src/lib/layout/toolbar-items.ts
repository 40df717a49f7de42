import { InjectionToken, Type } from '@angular/core';

/** Loads one toolbar component (lazily: it lives in a domain's lazy-loaded library). */
export type ToolbarItemLoader = () => Promise<Type<unknown>>;

/**
 * Components shown in the logged-in toolbar, before the language and account menus (e.g. the
 * notifications bell). Provided by the application, so the platform knows no domain.
 */
export const TOOLBAR_ITEMS = new InjectionToken<readonly ToolbarItemLoader[]>('TOOLBAR_ITEMS', { factory: () => [] });
