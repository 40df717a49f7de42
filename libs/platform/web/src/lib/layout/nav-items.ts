import { InjectionToken } from '@angular/core';
import type { Permission } from '@assoc/platform-domain';
import type { AppLanguage } from '../i18n/language-state';

/**
 * A menu entry's label in every language of the app, written by its domain (`libs/<domain>/web/src/nav.ts`,
 * imported alone as `@assoc/<domain>-web/nav`): the menu shows before the domain's strings load.
 */
export type NavLabel = Record<AppLanguage, string>;

export interface NavItem {
  /** Router link. */
  path: string;
  /** Its label, in each language. */
  label: NavLabel;
  /** Name of a registered SVG icon. */
  icon: string;
  /** The permission the item's page needs in the current association; everyone when absent. */
  permission?: Permission;
  /** Shown even when the person has no association yet. */
  withoutAssociation?: boolean;
  /** Shown only to members with a shop in the current association (the counter's shortcuts). */
  shopkeeper?: boolean;
}

/** The shell's navigation, provided by the application that composes the domains. */
export const NAV_ITEMS = new InjectionToken<readonly NavItem[]>('NAV_ITEMS', { factory: () => [] });
