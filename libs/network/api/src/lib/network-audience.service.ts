import { Injectable } from '@nestjs/common';
import { MembershipReads } from '@assoc/associations-api';
import { maySeeTopic, TopicVisibility } from '@assoc/network-domain';
import { EntityManager } from 'typeorm';

/** Who may be told about a post: active members of the association whose role lets them read its topic. */
@Injectable()
export class NetworkAudience {
  constructor(private readonly memberships: MembershipReads) {}

  /** The given memberships that are active and may see a post of this topic. */
  async whoSee(
    manager: EntityManager,
    associationId: string,
    membershipIds: readonly string[],
    topic: TopicVisibility | null,
  ): Promise<string[]> {
    if (!membershipIds.length) return [];
    const rows = await this.memberships.activeRoles(associationId, membershipIds, manager);
    const allowed = new Set(rows.filter((m) => maySeeTopic(m.role, topic)).map((m) => m.id));
    return membershipIds.filter((id) => allowed.has(id));
  }

  /** Every active member who may see a post of this topic. */
  async everyone(manager: EntityManager, associationId: string, topic: TopicVisibility | null): Promise<string[]> {
    const rows = await this.memberships.activeRoles(associationId, null, manager);
    return rows.filter((m) => maySeeTopic(m.role, topic)).map((m) => m.id);
  }
}
