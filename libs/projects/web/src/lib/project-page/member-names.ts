/** A member as the directory lists them: enough to name them and know their role. */
export interface NamedMember {
  id: string;
  role?: string | null;
  user: { name: string };
  shop?: { name: string } | null;
}

/** Names of the association's members by membership id, for shares, votes and ledger accounts. */
export class MemberNames {
  private readonly byId: Map<string, string>;
  private readonly members: readonly NamedMember[];

  /**
   * `former` names a membership the directory no longer lists: someone who left the association or closed
   * their account ("Ancien membre" / "Former member", issue 25); their shares and ledger lines stay.
   */
  constructor(
    members: readonly NamedMember[],
    private readonly former: string | null = null,
  ) {
    this.members = members;
    this.byId = new Map(members.map((m) => [m.id, m.user.name]));
  }

  /** The member's name, or `former` (else a short id) when they are no longer listed (removed members keep their rows). */
  name(membershipId: string | null | undefined): string {
    if (!membershipId) return '';
    return this.byId.get(membershipId) ?? this.former ?? `#${membershipId.slice(0, 8)}`;
  }

  /** The members of one role (the consultants a project can be given), by name. */
  withRole(role: string): { id: string; name: string }[] {
    return this.members
      .filter((m) => m.role === role)
      .map((m) => ({ id: m.id, name: m.user.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Who may be given a project's task: every member but consultants, and the consultants assigned to it; by name. */
  assignable(consultantIds: readonly string[]): { id: string; name: string }[] {
    return this.members
      .filter((m) => m.role !== 'CONSULTANT' || consultantIds.includes(m.id))
      .map((m) => ({ id: m.id, name: m.user.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** A ledger account ("participant:<id>", "supplier:<name>", "project:cash") for people. */
  account(account: string, cashLabel: string): string {
    if (account === 'project:cash') return cashLabel;
    if (account.startsWith('participant:')) return this.name(account.slice('participant:'.length));
    if (account.startsWith('supplier:')) return account.slice('supplier:'.length);
    return this.name(account);
  }
}
