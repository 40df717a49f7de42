import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CashmobStatus, FIRST_NAME_MAX, SignUpStatus } from '@assoc/cashmobs-domain';
import { AppConfig, AppError, Clock, CurrentMember, Locale } from '@assoc/platform-api';
import { DataSource, EntityManager } from 'typeorm';
import { CashmobAccess } from './cashmob-access.service';
import { CashmobSignUpEntity } from './cashmob-sign-up.entity';
import { CashmobEntity } from './cashmob.entity';
import { normalisedCheckInCode, signUpIdOfLegacyCheckInCode, signUpIdOfShortCheckInCode } from './cashmob-tokens';

const SEARCH_MAX = 100;

/**
 * On the day, from a phone: the list of sign-ups (personal data: organiser, shop owner and board
 * only), checking people in from the list or by their QR code, and adding walk-ins. Walk-ins are
 * checked in at once and do not take a spot from the capacity.
 */
@Injectable()
export class CashmobCheckInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CashmobAccess,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Sign-ups in order of arrival, optionally those whose first name or e-mail contains `search` (accents and case ignored). */
  async list(
    member: CurrentMember,
    cashmobId: string,
    search: string | null | undefined,
  ): Promise<CashmobSignUpEntity[]> {
    const manager = this.dataSource.manager;
    const cashmob = await this.access.get(manager, member, cashmobId);
    this.access.assertManager(member, cashmob, 'cashmobId');
    const query = manager.createQueryBuilder(CashmobSignUpEntity, 's').where('s."cashmobId" = :id', { id: cashmob.id });
    const text = (search ?? '').trim().slice(0, SEARCH_MAX);
    if (text) {
      const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(`(lower(unaccent(s."firstName")) LIKE lower(unaccent(:p)) OR lower(s.email) LIKE lower(:p))`, {
        p: pattern,
      });
    }
    return query.orderBy('s.position', 'ASC').getMany();
  }

  async checkIn(member: CurrentMember, signUpId: string): Promise<CashmobSignUpEntity> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(CashmobSignUpEntity, { id: signUpId, associationId: member.associationId });
      if (!found) throw AppError.notFound();
      return this.checkInLocked(manager, member, found.cashmobId, signUpId, 'signUpId');
    });
  }

  /**
   * By the code in the person's QR or mail: the short code (matched among this cashmob's sign-ups
   * only) or a long one mailed before issue 16 (which names the sign-up); must belong to this cashmob.
   */
  async checkInByCode(member: CurrentMember, cashmobId: string, code: string): Promise<CashmobSignUpEntity> {
    const secret = this.config.SECRET_KEY;
    const legacy = code.includes('.');
    const legacyId = legacy ? signUpIdOfLegacyCheckInCode(code, secret) : null;
    if (legacy ? !legacyId : !normalisedCheckInCode(code)) throw AppError.field('code', 'checkInCodeInvalid');
    return this.dataSource.transaction(async (manager) => {
      const cashmob = await this.checkable(manager, member, cashmobId, 'code');
      const ids = legacyId
        ? [legacyId]
        : (await manager.find(CashmobSignUpEntity, { select: { id: true }, where: { cashmobId: cashmob.id } })).map(
            (s) => s.id,
          );
      const signUpId = legacyId ?? signUpIdOfShortCheckInCode(code, ids, secret);
      if (!signUpId) throw AppError.field('code', 'checkInCodeInvalid');
      return this.checkInLocked(manager, member, cashmob.id, signUpId, 'code');
    });
  }

  async addWalkIn(member: CurrentMember, cashmobId: string, firstName: string): Promise<CashmobSignUpEntity> {
    const name = firstName.trim();
    if (!name) throw AppError.field('firstName', 'isNotEmpty');
    if (name.length > FIRST_NAME_MAX) throw AppError.field('firstName', 'maxLength', { max: FIRST_NAME_MAX });
    return this.dataSource.transaction(async (manager) => {
      const cashmob = await this.checkable(manager, member, cashmobId, 'cashmobId');
      const position = cashmob.lastPosition + 1;
      await manager.update(CashmobEntity, { id: cashmob.id }, { lastPosition: position });
      return manager.save(
        manager.create(CashmobSignUpEntity, {
          associationId: cashmob.associationId,
          cashmobId: cashmob.id,
          status: SignUpStatus.CONFIRMED,
          position,
          firstName: name,
          email: null,
          locale: Locale.FR,
          intendedSpendCents: null,
          manageTokenHash: null,
          consentAt: null,
          walkIn: true,
          checkedInAt: this.clock.now(),
          cancelledAt: null,
          dayBeforeSentAt: null,
          twoHoursSentAt: null,
          anonymisedAt: null,
        }),
      );
    });
  }

  /** The cashmob locked, the caller a manager of it, and it PUBLISHED (the day) or COMPLETED (late entries). */
  private async checkable(
    manager: EntityManager,
    member: CurrentMember,
    cashmobId: string,
    field: string,
  ): Promise<CashmobEntity> {
    const cashmob = await this.access.get(manager, member, cashmobId, true);
    this.access.assertManager(member, cashmob, field);
    if (cashmob.status !== CashmobStatus.PUBLISHED && cashmob.status !== CashmobStatus.COMPLETED)
      throw AppError.field(field, 'cashmobTransitionNotAllowed', { from: cashmob.status, event: 'CHECK_IN' });
    return cashmob;
  }

  private async checkInLocked(
    manager: EntityManager,
    member: CurrentMember,
    cashmobId: string,
    signUpId: string,
    field: string,
  ): Promise<CashmobSignUpEntity> {
    const cashmob = await this.checkable(manager, member, cashmobId, field);
    const signUp = await manager.findOneBy(CashmobSignUpEntity, { id: signUpId, cashmobId: cashmob.id });
    if (!signUp) throw AppError.field(field, 'checkInCodeInvalid');
    if (signUp.status === SignUpStatus.CANCELLED) throw AppError.field(field, 'signUpCancelled');
    if (!signUp.checkedInAt) {
      const now = this.clock.now();
      signUp.checkedInAt = now;
      await manager.update(CashmobSignUpEntity, { id: signUp.id }, { checkedInAt: now });
    }
    return signUp;
  }
}
