import { Role } from '@assoc/platform-domain';

/**
 * An association always keeps a president. True when taking `role` away from one member (changing
 * it to `nextRole`, or removing them with nextRole = null) would leave none.
 */
export function wouldLeaveNoPresident(currentRole: Role, nextRole: Role | null, presidentCount: number): boolean {
  return currentRole === Role.PRESIDENT && nextRole !== Role.PRESIDENT && presidentCount <= 1;
}
