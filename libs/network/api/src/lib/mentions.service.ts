import { Injectable } from '@nestjs/common';
import { MembershipEntity } from '@assoc/associations-api';
import { parseMentions } from '@assoc/network-domain';
import { AppError, CurrentMember } from '@assoc/platform-api';
import { EntityManager, In, IsNull } from 'typeorm';

/** Mention tokens @[Name](membershipId) must name active members of the caller's association. */
@Injectable()
export class MentionsService {
  /** The ids mentioned in the text, all checked; BAD_USER_INPUT on `field` otherwise. */
  async check(manager: EntityManager, member: CurrentMember, text: string, field = 'text'): Promise<string[]> {
    const ids = parseMentions(text).map((m) => m.membershipId);
    if (!ids.length) return [];
    const found = await manager.count(MembershipEntity, {
      where: { associationId: member.associationId, id: In(ids), removedAt: IsNull() },
    });
    if (found !== ids.length) throw AppError.field(field, 'mentionNotMember');
    return ids;
  }
}
