import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MembershipReads } from '@assoc/associations-api';
import {
  capacityProblems,
  CashmobEvent,
  CashmobProblem,
  cashmobProblems,
  cashmobReport,
  CashmobReport,
  CashmobStatus,
  DEFAULT_LEAD_TIME_DAYS,
  leadTimeProblems,
  rotation,
  Rotation,
  SignUpStatus,
  transitionAt,
} from '@assoc/cashmobs-domain';
import { ShopCard, ShopReads } from '@assoc/directory-api';
import { NotificationKind } from '@assoc/notifications-domain';
import { NotificationsService } from '@assoc/notifications-api';
import { AppError, Clock, CurrentMember } from '@assoc/platform-api';
import { DataSource, EntityManager, In } from 'typeorm';
import { CashmobAccess } from './cashmob-access.service';
import { cashmobCounts, confirmedCount } from './cashmob-counts';
import { assertNoProblems, problemsError } from './cashmob-problems';
import { CashmobSettingsEntity } from './cashmob-settings.entity';
import { CashmobSignUpEntity } from './cashmob-sign-up.entity';
import { CashmobSignUpsService } from './cashmob-sign-ups.service';
import { CashmobSupportEntity } from './cashmob-support.entity';
import { CashmobEntity } from './cashmob.entity';
import { ProposeCashmobInput, UpdateCashmobInput } from './cashmob.inputs';
import { toCashmobModel } from './cashmob.mapper';
import { CashmobModel } from './cashmob.models';
import { newSlug } from './cashmob-tokens';

const LIST_MAX = 200;

/** Proposing, editing, listing and supporting cashmobs; the rotation, the settings and the report. */
@Injectable()
export class CashmobsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CashmobAccess,
    private readonly signUps: CashmobSignUpsService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly shops: ShopReads,
    private readonly memberships: MembershipReads,
  ) {}

  async leadTimeDays(manager: EntityManager, associationId: string): Promise<number> {
    return (await manager.findOneBy(CashmobSettingsEntity, { associationId }))?.leadTimeDays ?? DEFAULT_LEAD_TIME_DAYS;
  }

  currentLeadTimeDays(member: CurrentMember): Promise<number> {
    return this.leadTimeDays(this.dataSource.manager, member.associationId);
  }

  async setLeadTimeDays(member: CurrentMember, days: number): Promise<number> {
    assertNoProblems(leadTimeProblems(days));
    await this.dataSource.manager.upsert(
      CashmobSettingsEntity,
      { associationId: member.associationId, leadTimeDays: days, updatedAt: this.clock.now() },
      ['associationId'],
    );
    return days;
  }

  /** Any member (not consultants) proposes a cashmob for an active member's shop; the owner is notified in-app and by e-mail. */
  async propose(member: CurrentMember, input: ProposeCashmobInput): Promise<CashmobEntity> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const shop = (await this.shops.cards(member.associationId, [input.shopId], manager)).get(input.shopId);
      if (!shop) throw AppError.notFound();
      const owner = await this.memberships.activeRoles(member.associationId, [shop.membershipId], manager);
      if (!owner.length) throw AppError.field('shopId', 'noShop');
      const capacity = input.capacity ?? null;
      const problems = cashmobProblems(
        { ...input, capacity },
        { now, leadTimeDays: await this.leadTimeDays(manager, member.associationId) },
      );
      const meetingPoint = input.meetingPoint.trim();
      if (!meetingPoint) problems.push({ path: 'meetingPoint', reason: 'isNotEmpty' });
      if (problems.length) throw problemsError(problems);
      const cashmob = await manager.save(
        manager.create(CashmobEntity, {
          associationId: member.associationId,
          shopId: shop.id,
          hostMembershipId: shop.membershipId,
          organiserMembershipId: member.membershipId,
          status: CashmobStatus.PROPOSED,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          meetingPoint,
          spendMinCents: input.spendMinCents,
          spendMaxCents: input.spendMaxCents,
          capacity,
          message: input.message.trim(),
          counterStartsAt: null,
          counterEndsAt: null,
          shopMessage: null,
          slug: newSlug(),
          publishedAt: null,
          declinedAt: null,
          cancelledAt: null,
          cancelReason: null,
          salesCount: null,
          revenueCents: null,
          ordinaryRevenueCents: null,
          completedAt: null,
          lastPosition: 0,
          purgedAt: null,
          updatedAt: null,
        }),
      );
      await this.notifications.emit(manager, {
        associationId: member.associationId,
        kind: NotificationKind.CASHMOB_REQUEST,
        recipientMembershipIds: [shop.membershipId],
        actorMembershipId: member.membershipId,
        subject: { type: 'CASHMOB', id: cashmob.id },
        data: { excerpt: cashmob.message.slice(0, 200) || undefined },
      });
      return cashmob;
    });
  }

  /** The organiser or the board edits the meeting point, message or capacity before the start; a larger capacity moves the waiting list up. */
  async update(member: CurrentMember, input: UpdateCashmobInput): Promise<CashmobEntity> {
    return this.dataSource.transaction(async (manager) => {
      const cashmob = await this.access.get(manager, member, input.id, true);
      const now = this.clock.now();
      this.access.assertOrganiser(member, cashmob);
      // Editing follows the same clock and status rule as cancelling: only before the start, never once final.
      const editable = transitionAt(cashmob, CashmobEvent.CANCEL, now);
      if (!editable.ok) assertNoProblems(editable.problems);
      const changes: Partial<CashmobEntity> = { updatedAt: now };
      const problems: CashmobProblem[] = [];
      if (input.capacity !== undefined) {
        problems.push(...capacityProblems(input.capacity, await confirmedCount(manager, cashmob.id)));
        changes.capacity = input.capacity;
      }
      if (input.meetingPoint !== undefined) {
        changes.meetingPoint = input.meetingPoint.trim();
        if (!changes.meetingPoint) problems.push({ path: 'meetingPoint', reason: 'isNotEmpty' });
      }
      if (input.message !== undefined) changes.message = input.message.trim();
      if (problems.length) throw problemsError(problems);
      await manager.update(CashmobEntity, { id: cashmob.id }, changes);
      Object.assign(cashmob, changes);
      if (cashmob.status === CashmobStatus.PUBLISHED) await this.signUps.promote(manager, cashmob);
      return cashmob;
    });
  }

  get(member: CurrentMember, id: string): Promise<CashmobEntity> {
    return this.access.get(this.dataSource.manager, member, id);
  }

  /** The association's cashmobs, latest start first (at most LIST_MAX; an association holds a few a month). */
  list(member: CurrentMember, status: CashmobStatus | null | undefined): Promise<CashmobEntity[]> {
    return this.dataSource.manager.find(CashmobEntity, {
      where: { associationId: member.associationId, ...(status ? { status } : {}) },
      order: { startsAt: 'DESC', id: 'ASC' },
      take: LIST_MAX,
    });
  }

  /** Entities to GraphQL models: shops, counts and the caller's supports in three queries. */
  async views(member: CurrentMember, cashmobs: readonly CashmobEntity[]): Promise<CashmobModel[]> {
    if (!cashmobs.length) return [];
    const manager = this.dataSource.manager;
    const ids = cashmobs.map((c) => c.id);
    const [shopById, counts, mine] = await Promise.all([
      this.shops.cards(
        member.associationId,
        cashmobs.map((c) => c.shopId),
      ),
      cashmobCounts(manager, ids),
      manager.find(CashmobSupportEntity, { where: { cashmobId: In(ids), membershipId: member.membershipId } }),
    ]);
    const supported = new Set(mine.map((s) => s.cashmobId));
    return cashmobs.map((c) =>
      toCashmobModel(
        c,
        shopById.get(c.shopId) as ShopCard,
        counts.get(c.id) as NonNullable<ReturnType<typeof counts.get>>,
        supported.has(c.id),
      ),
    );
  }

  /** One support per member by the unique index; supporting twice changes nothing. Open nominations only. */
  async support(member: CurrentMember, id: string, supported: boolean): Promise<CashmobEntity> {
    return this.dataSource.transaction(async (manager) => {
      // The member's row first (FOR SHARE): a support cannot land after the erasure of their account (issue 25).
      if (!(await this.memberships.lockActiveMember(manager, member))) throw AppError.forbidden();
      const cashmob = await this.access.get(manager, member, id);
      if (cashmob.status !== CashmobStatus.PROPOSED && cashmob.status !== CashmobStatus.COUNTER_PROPOSED) {
        throw AppError.field('id', 'cashmobTransitionNotAllowed', { from: cashmob.status, event: 'SUPPORT' });
      }
      if (supported)
        await manager
          .createQueryBuilder()
          .insert()
          .into(CashmobSupportEntity)
          .values({ associationId: member.associationId, cashmobId: id, membershipId: member.membershipId })
          .orIgnore()
          .execute();
      else await manager.delete(CashmobSupportEntity, { cashmobId: id, membershipId: member.membershipId });
      return cashmob;
    });
  }

  /** The shops due a cashmob (fair rotation over the association's active members' shops). */
  async rotation(member: CurrentMember): Promise<{ rotation: Rotation; shops: Map<string, ShopCard> }> {
    const manager = this.dataSource.manager;
    const shops = await this.shops.activeMembersShops(member.associationId);
    const stats: { shopId: string; last: Date | null; declined: Date | null; supports: number }[] = await manager.query(
      `SELECT c."shopId",
          max(c."startsAt") FILTER (WHERE c.status IN ('PUBLISHED', 'COMPLETED')) AS last,
          max(c."declinedAt") AS declined,
          (SELECT count(*) FROM cashmob_supports p JOIN cashmobs o ON o.id = p."cashmobId"
            WHERE o."shopId" = c."shopId" AND o.status IN ('PROPOSED', 'COUNTER_PROPOSED'))::int AS supports
        FROM cashmobs c WHERE c."associationId" = $1 GROUP BY c."shopId"`,
      [member.associationId],
    );
    const byShop = new Map(stats.map((s) => [s.shopId, s]));
    const result = rotation(
      shops.map((s) => ({
        key: s.id,
        name: s.name,
        trade: s.trade,
        lastCashmobAt: byShop.get(s.id)?.last ?? null,
        declinedAt: byShop.get(s.id)?.declined ?? null,
        supports: byShop.get(s.id)?.supports ?? 0,
      })),
      this.clock.now(),
    );
    return { rotation: result, shops: new Map(shops.map((s) => [s.id, s])) };
  }

  /** The figures of a cashmob, for every member of the association (no personal data). */
  async report(member: CurrentMember, id: string): Promise<CashmobReport> {
    const manager = this.dataSource.manager;
    const cashmob = await this.access.get(manager, member, id);
    const counts = (await cashmobCounts(manager, [id])).get(id);
    const intended = await manager.find(CashmobSignUpEntity, {
      where: { cashmobId: id, status: SignUpStatus.CONFIRMED, walkIn: false },
      select: { id: true, intendedSpendCents: true },
    });
    return cashmobReport({
      confirmed: counts?.confirmed ?? 0,
      checkIns: counts?.checkIns ?? 0,
      walkIns: counts?.walkIns ?? 0,
      intendedSpendsCents: intended.map((s) => s.intendedSpendCents ?? 0),
      salesCount: cashmob.salesCount,
      revenueCents: cashmob.revenueCents,
      ordinaryRevenueCents: cashmob.ordinaryRevenueCents,
    });
  }
}
