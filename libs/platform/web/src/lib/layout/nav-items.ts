import { InjectionToken } from '@angular/core';

export interface NavItem {
  /** Router link. */
  path: string;
  /** Translation key of the label. */
  labelKey: string;
  /** Name of a registered SVG icon. */
  icon: string;
  /** Roles in the current association that see the item; all when absent. */
  roles?: readonly string[];
  /** Shown even when the person has no association yet. */
  withoutAssociation?: boolean;
}

/** The shell's navigation, provided by the application that composes the domains. */
export const NAV_ITEMS = new InjectionToken<readonly NavItem[]>('NAV_ITEMS', { factory: () => [] });
