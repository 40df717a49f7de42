import type { NavLabel } from '@assoc/platform-web/core';

/** This domain's menu labels (imported alone as `@assoc/customers-web/nav`). */
export const customersNav = {
  customers: { fr: 'Clients', en: 'Customers' },
} satisfies Record<string, NavLabel>;
