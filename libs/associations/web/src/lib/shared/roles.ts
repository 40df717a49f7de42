import { Role } from '../graphql/associations.generated';

export const ROLES: readonly Role[] = ['PRESIDENT', 'BOARD', 'MEMBER', 'CONSULTANT'];
