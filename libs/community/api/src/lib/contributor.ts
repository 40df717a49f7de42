/** Who contributes to the ideas box: a member of the association (logged-in app) or one of its customers (public pages). */
export type Contributor = { kind: 'member'; membershipId: string } | { kind: 'customer'; customerId: string };

export const member = (membershipId: string): Contributor => ({ kind: 'member', membershipId });
export const customer = (customerId: string): Contributor => ({ kind: 'customer', customerId });

/** The author columns a contributor writes (`authorMembershipId`, `authorCustomerId`). */
export function authorColumns(c: Contributor): { authorMembershipId: string | null; authorCustomerId: string | null } {
  return c.kind === 'member'
    ? { authorMembershipId: c.membershipId, authorCustomerId: null }
    : { authorMembershipId: null, authorCustomerId: c.customerId };
}

/** Is this the author of a row with these columns? */
export function isAuthor(
  c: Contributor,
  row: { authorMembershipId: string | null; authorCustomerId: string | null },
): boolean {
  return c.kind === 'member' ? row.authorMembershipId === c.membershipId : row.authorCustomerId === c.customerId;
}
