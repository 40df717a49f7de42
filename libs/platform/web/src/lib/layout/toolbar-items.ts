import { InjectionToken, Type } from '@angular/core';

/**
 * Loads one toolbar component (lazily: it lives in a domain's lazy-loaded library). Called in the
 * shell's injection context, so it may `inject` (e.g. `DomainTexts` to load the component's strings).
 */
export type ToolbarItemLoader = () => Promise<Type<unknown>>;

/**
 * Components shown in the logged-in toolbar, before the language and account menus (e.g. the
 * notifications bell). Provided by the application, so the platform knows no domain.
 */
export const TOOLBAR_ITEMS = new InjectionToken<readonly ToolbarItemLoader[]>('TOOLBAR_ITEMS', { factory: () => [] });
