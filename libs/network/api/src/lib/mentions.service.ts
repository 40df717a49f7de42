import { Injectable } from '@nestjs/common';
import { MembershipReads } from '@assoc/associations-api';
import { parseMentions } from '@assoc/network-domain';
import { AppError, CurrentMember } from '@assoc/platform-api';
import { EntityManager } from 'typeorm';

/** Mention tokens @[Name](membershipId) must name active members of the caller's association. */
@Injectable()
export class MentionsService {
  constructor(private readonly memberships: MembershipReads) {}

  /** The ids mentioned in the text, all checked; BAD_USER_INPUT on `field` otherwise. */
  async check(manager: EntityManager, member: CurrentMember, text: string, field = 'text'): Promise<string[]> {
    const ids = parseMentions(text).map((m) => m.membershipId);
    if (!ids.length) return [];
    const found = await this.memberships.activeRoles(member.associationId, ids, manager);
    if (found.length !== ids.length) throw AppError.field(field, 'mentionNotMember');
    return ids;
  }
}
