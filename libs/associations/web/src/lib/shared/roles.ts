import type { Role } from '@assoc/platform-web/core';

export const ROLES: readonly Role[] = ['PRESIDENT', 'BOARD', 'MEMBER', 'CONSULTANT'];
