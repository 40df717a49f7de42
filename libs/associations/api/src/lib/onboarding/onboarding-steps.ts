import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurrentMember, Role } from '@assoc/platform-api';
import { DataSource, IsNull, Not } from 'typeorm';
import { AssociationEntity } from '../association.entity';
import { InvitationEntity } from '../invitation.entity';
import { MembershipEntity } from '../membership.entity';

/** Who a checklist is for: a new member (shop, logo, feed) or a new president (settings, invitations, first project or campaign). */
export type OnboardingAudience = 'member' | 'president';

/**
 * One step of a checklist, given by the domain that knows whether it is done (issue 16). Associations is upstream of
 * the domains that know shops, the feed, projects and campaigns, so they register their steps here (in their module's
 * `onModuleInit`) instead of associations reading their tables (issue 21). Several sources may give the same key (a
 * first project or a first campaign): the step is done when one of them says so; its link is the lowest `order`'s.
 */
export interface OnboardingStepSource {
  key: string;
  audience: OnboardingAudience;
  /** Place in the checklist (spaced by ten). */
  order: number;
  /** The web page where the step is done. */
  link: string;
  /** Read from the real state (a shop, a logo, a post...), never from a stored "done" flag. */
  done(member: CurrentMember): Promise<boolean>;
}

export interface OnboardingStep {
  key: string;
  done: boolean;
  link: string;
}

/** The checklist a role gets: the president's, a member's or board member's; a consultant has no shop and none. */
export function audienceOf(role: Role): OnboardingAudience | null {
  if (role === Role.PRESIDENT) return 'president';
  if (role === Role.BOARD || role === Role.MEMBER) return 'member';
  return null;
}

/** Groups sources by key (ordered), a step done when any of its sources is done; pure, so tested without a database. */
export async function checklist(
  sources: readonly OnboardingStepSource[],
  member: CurrentMember,
): Promise<OnboardingStep[]> {
  const byKey = new Map<string, OnboardingStepSource[]>();
  for (const source of [...sources].sort((a, b) => a.order - b.order)) {
    byKey.set(source.key, [...(byKey.get(source.key) ?? []), source]);
  }
  return Promise.all(
    [...byKey.entries()].map(async ([key, group]) => ({
      key,
      link: group[0].link,
      done: (await Promise.all(group.map((source) => source.done(member)))).some(Boolean),
    })),
  );
}

/** The onboarding checklists: the registered steps, this domain's own (settings, invitations) and each person's dismissal. */
@Injectable()
export class OnboardingSteps {
  private readonly sources: OnboardingStepSource[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.register({
      key: 'settings',
      audience: 'president',
      order: 10,
      link: '/association/settings',
      done: async ({ associationId }) =>
        this.dataSource.manager.exists(AssociationEntity, {
          where: { id: associationId, settingsSavedAt: Not(IsNull()) },
        }),
    });
    this.register({
      key: 'invite',
      audience: 'president',
      order: 20,
      link: '/association/members',
      // An invitation sent, or members already there (joined some other way, as the demo's).
      done: async ({ associationId, membershipId }) =>
        (await this.dataSource.manager.exists(InvitationEntity, { where: { associationId } })) ||
        this.dataSource.manager.exists(MembershipEntity, {
          where: { associationId, id: Not(membershipId), removedAt: IsNull() },
        }),
    });
  }

  register(source: OnboardingStepSource): void {
    this.sources.push(source);
  }

  /** The caller's checklist: empty once dismissed, once every step is done, or for a role that has none. */
  async forMember(member: CurrentMember): Promise<OnboardingStep[]> {
    const audience = audienceOf(member.role);
    if (!audience) return [];
    const dismissed = await this.dataSource.manager.exists(MembershipEntity, {
      where: { id: member.membershipId, onboardingDismissedAt: Not(IsNull()) },
    });
    if (dismissed) return [];
    const steps = await checklist(
      this.sources.filter((source) => source.audience === audience),
      member,
    );
    return steps.every((step) => step.done) ? [] : steps;
  }

  /** Hides the caller's checklist in this association for good (kept on their membership). */
  async dismiss(member: CurrentMember): Promise<void> {
    await this.dataSource.manager.update(
      MembershipEntity,
      { id: member.membershipId, onboardingDismissedAt: IsNull() },
      { onboardingDismissedAt: new Date() },
    );
  }
}
