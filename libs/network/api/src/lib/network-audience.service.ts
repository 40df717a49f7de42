import { Injectable } from '@nestjs/common';
import { MembershipEntity } from '@assoc/associations-api';
import { maySeeTopic, TopicVisibility } from '@assoc/network-domain';
import { EntityManager, In, IsNull } from 'typeorm';

/** Who may be told about a post: active members of the association whose role lets them read its topic. */
@Injectable()
export class NetworkAudience {
  /** The given memberships that are active and may see a post of this topic. */
  async whoSee(
    manager: EntityManager,
    associationId: string,
    membershipIds: readonly string[],
    topic: TopicVisibility | null,
  ): Promise<string[]> {
    if (!membershipIds.length) return [];
    const rows = await manager.find(MembershipEntity, {
      where: { associationId, id: In([...new Set(membershipIds)]), removedAt: IsNull() },
      select: { id: true, role: true },
    });
    const allowed = new Set(rows.filter((m) => maySeeTopic(m.role, topic)).map((m) => m.id));
    return membershipIds.filter((id) => allowed.has(id));
  }

  /** Every active member who may see a post of this topic. */
  async everyone(manager: EntityManager, associationId: string, topic: TopicVisibility | null): Promise<string[]> {
    const rows = await manager.find(MembershipEntity, {
      where: { associationId, removedAt: IsNull() },
      select: { id: true, role: true },
    });
    return rows.filter((m) => maySeeTopic(m.role, topic)).map((m) => m.id);
  }
}
