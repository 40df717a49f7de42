import { InjectionToken } from '@angular/core';
import type { Permission } from '@assoc/platform-domain';

export interface NavItem {
  /** Router link. */
  path: string;
  /** Translation key of the label. */
  labelKey: string;
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
