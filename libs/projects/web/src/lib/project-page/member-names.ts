/** Names of the association's members by membership id, for shares, votes and ledger accounts. */
export class MemberNames {
  private readonly byId: Map<string, string>;

  constructor(members: readonly { id: string; user: { name: string }; shop?: { name: string } | null }[]) {
    this.byId = new Map(members.map((m) => [m.id, m.user.name]));
  }

  /** The member's name, or a short id when they are no longer listed (removed members keep their rows). */
  name(membershipId: string | null | undefined): string {
    if (!membershipId) return '';
    return this.byId.get(membershipId) ?? `#${membershipId.slice(0, 8)}`;
  }

  /** A ledger account ("participant:<id>", "supplier:<name>", "project:cash") for people. */
  account(account: string, cashLabel: string): string {
    if (account === 'project:cash') return cashLabel;
    if (account.startsWith('participant:')) return this.name(account.slice('participant:'.length));
    if (account.startsWith('supplier:')) return account.slice('supplier:'.length);
    return this.name(account);
  }
}
