import type { NavLabel } from '@assoc/platform-web/core';

/** This domain's menu labels (imported alone as `@assoc/customers-web/nav`). */
export const customersNav = {} satisfies Record<string, NavLabel>;
