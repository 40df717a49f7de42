import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationReads, AssociationSummary } from '@assoc/associations-api';
import {
  acceptsSignUps,
  intendedSpendProblems,
  isPublic,
  normaliseEmail,
  placement,
  promotions,
  signUpProblems,
  SignUpStatus,
  waitingRank,
} from '@assoc/cashmobs-domain';
import { ShopCard, ShopReads } from '@assoc/directory-api';
import { AppConfig, AppError, Clock, isUniqueViolation, Locale, queryPrepared } from '@assoc/platform-api';
import { DataSource, EntityManager, In } from 'typeorm';
import { confirmedCount } from './cashmob-counts';
import { promotedMail, signUpMail } from './cashmob-mails';
import { CashmobMailer } from './cashmob-mailer.service';
import { assertNoProblems } from './cashmob-problems';
import { CashmobSignUpEntity } from './cashmob-sign-up.entity';
import { CashmobEntity } from './cashmob.entity';
import { SignUpToCashmobInput } from './cashmob.inputs';
import { PublicCashmobFields, toPublicCashmobModel } from './cashmob.mapper';
import { MySignUpModel, PublicCashmobModel, SignUpReceiptModel } from './cashmob.models';
import { hashManageToken, newManageToken, signUpIdOfReminderStopToken } from './cashmob-tokens';
import { CashmobVenues } from './cashmob-venue.service';

const ONE_PER_EMAIL = 'cashmob_sign_ups_one_per_email';

/** A row of the public page's statement. */
type PublicCashmobRow = PublicCashmobFields &
  Pick<CashmobEntity, 'publishedAt'> & {
    shop: ShopCard | null;
    association: AssociationSummary | null;
    confirmed: number;
  };

/**
 * The public side: the page by slug, signing up, and what a person does through their secret link.
 * Every write locks the cashmob row (SELECT … FOR UPDATE) first, so capacity decisions and
 * promotions from the waiting list are serialised per cashmob: 200 people signing up at once for
 * 50 spots give exactly 50 CONFIRMED.
 */
@Injectable()
export class CashmobSignUpsService {
  /** The public page's statement (publicPageSql), written on its first use. */
  private publicSql?: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: CashmobMailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly venues: CashmobVenues,
    private readonly shops: ShopReads,
    private readonly associations: AssociationReads,
  ) {}

  /**
   * The public page, NOT_FOUND unless the shop accepted it (a proposal is never public), in one
   * statement: the cashmob's shown columns with its shop's card and its association's summary as the
   * directory's and the associations' JSON subqueries, and the confirmed count as a subquery (the same
   * count as `confirmedCount`). Every shopper's page view: plain SQL written once, rows mapped by hand
   * (no query builder, no entity hydration per view).
   */
  async publicCashmob(slug: string): Promise<PublicCashmobModel> {
    const [row] = await queryPrepared<PublicCashmobRow>(this.dataSource, this.publicPageSql(), [
      slug,
      SignUpStatus.CONFIRMED,
    ]);
    if (!row?.shop || !row.association || !isPublic(row.status, row.publishedAt)) throw AppError.notFound();
    return toPublicCashmobModel(row, row.shop, row.association, row.confirmed, this.clock.now());
  }

  private publicPageSql(): string {
    return (this.publicSql ??= `SELECT c.slug, c.status, c.message, c."startsAt", c."endsAt", c."meetingPoint",
        c."spendMinCents", c."spendMaxCents", c.capacity, c."publishedAt",
        ${this.shops.cardJson('c."shopId"', 'c."associationId"')} AS shop,
        ${this.associations.summaryJson('c."associationId"')} AS association,
        (SELECT count(*)::int FROM cashmob_sign_ups su WHERE su."cashmobId" = c.id AND su.status = $2 AND NOT su."walkIn") AS confirmed
      FROM cashmobs c WHERE c.slug = $1 LIMIT 1`);
  }

  async signUp(slug: string, input: SignUpToCashmobInput): Promise<SignUpReceiptModel> {
    if (input.consent !== true) throw AppError.field('consent', 'consentRequired');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const cashmob = await this.publicBySlug(manager, slug, true);
        const now = this.clock.now();
        if (!acceptsSignUps(cashmob.status, cashmob.endsAt, now)) throw AppError.field('slug', 'signUpsClosed');
        assertNoProblems(signUpProblems(input, cashmob));
        const email = normaliseEmail(input.email);
        const existing = await manager
          .createQueryBuilder(CashmobSignUpEntity, 's')
          .where('s."cashmobId" = :id AND lower(s.email) = :email', { id: cashmob.id, email })
          .getOne();
        if (existing && existing.status !== SignUpStatus.CANCELLED) throw AppError.conflict('email', 'alreadySignedUp');
        const status = placement(cashmob.capacity, await confirmedCount(manager, cashmob.id));
        const position = cashmob.lastPosition + 1;
        await manager.update(CashmobEntity, { id: cashmob.id }, { lastPosition: position });
        const token = newManageToken();
        const values = {
          status,
          position,
          firstName: input.firstName.trim(),
          email,
          locale: input.locale,
          intendedSpendCents: input.intendedSpendCents,
          manageTokenHash: hashManageToken(token, this.config.SECRET_KEY),
          consentAt: now,
          cancelledAt: null,
          dayBeforeSentAt: null,
          twoHoursSentAt: null,
        };
        // Someone who cancelled and comes back reuses their row (one per e-mail per cashmob), at the back of the queue.
        const signUp = existing
          ? Object.assign(existing, values)
          : manager.create(CashmobSignUpEntity, {
              ...values,
              associationId: cashmob.associationId,
              cashmobId: cashmob.id,
              walkIn: false,
              checkedInAt: null,
              anonymisedAt: null,
            });
        await manager.save(signUp);
        const rank = status === SignUpStatus.WAITING ? await this.rankOf(manager, signUp) : null;
        await this.mailer.send(
          manager,
          signUpMail(await this.mailer.facts(manager, cashmob), this.mailer.signUpFacts(signUp, token), rank),
        );
        return { status, waitingRank: rank };
      });
    } catch (error) {
      if (isUniqueViolation(error, ONE_PER_EMAIL)) throw AppError.conflict('email', 'alreadySignedUp');
      throw error;
    }
  }

  /**
   * Stops a sign-up's reminders (the one-click address of a reminder): idempotent, the first time
   * kept; the sign-up itself stays. The token is a field error unless it is genuine and the sign-up
   * still exists; a sign-up already erased has nothing left to remind.
   */
  async stopReminders(token: string): Promise<{ locale: Locale }> {
    const id = signUpIdOfReminderStopToken(token, this.config.SECRET_KEY);
    const signUp = id ? await this.dataSource.manager.findOneBy(CashmobSignUpEntity, { id }) : null;
    if (!signUp) throw AppError.field('token', 'tokenInvalid');
    await this.dataSource.manager
      .createQueryBuilder()
      .update(CashmobSignUpEntity)
      .set({ remindersStoppedAt: this.clock.now() })
      .where('id = :id AND "remindersStoppedAt" IS NULL', { id: signUp.id })
      .execute();
    return { locale: signUp.locale };
  }

  async mySignUp(token: string): Promise<MySignUpModel> {
    const manager = this.dataSource.manager;
    const signUp = await this.byToken(manager, token);
    return this.toMine(
      manager,
      signUp,
      await manager.findOneByOrFail(CashmobEntity, { id: signUp.cashmobId }),
      this.clock.now(),
    );
  }

  /** A new amount within the range, while sign-ups are open. */
  async change(token: string, intendedSpendCents: number): Promise<MySignUpModel> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const { signUp, cashmob } = await this.lockedByToken(manager, token, now);
      assertNoProblems(intendedSpendProblems(intendedSpendCents, cashmob));
      signUp.intendedSpendCents = intendedSpendCents;
      await manager.update(CashmobSignUpEntity, { id: signUp.id }, { intendedSpendCents });
      return this.toMine(manager, signUp, cashmob, now);
    });
  }

  /** Cancels; a freed spot goes to the earliest waiting person in the same transaction. */
  async cancel(token: string): Promise<MySignUpModel> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const { signUp, cashmob } = await this.lockedByToken(manager, token, now);
      await this.cancelLocked(manager, signUp, cashmob, now);
      return this.toMine(manager, signUp, cashmob, now);
    });
  }

  /**
   * Erases the person's data at any time (first name, e-mail, link); an active sign-up is cancelled
   * first (promoting the next waiting person if the cashmob is still open). The row stays, anonymous, for the counts.
   */
  async erase(token: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await this.eraseSignUp(manager, await this.byToken(manager, token));
      return true;
    });
  }

  /**
   * What `erase` does, in the caller's transaction (also the member's account closing, issue 25): the
   * cashmob row locked as by every sign-up write, an active sign-up cancelled while sign-ups are open
   * (the next waiting person promoted), then its first name, e-mail and link erased; the row stays for the counts.
   */
  async eraseSignUp(manager: EntityManager, found: { id: string; cashmobId: string }): Promise<void> {
    const cashmob = await manager.findOneOrFail(CashmobEntity, {
      where: { id: found.cashmobId },
      lock: { mode: 'pessimistic_write' },
    });
    const now = this.clock.now();
    const signUp = await manager.findOneByOrFail(CashmobSignUpEntity, { id: found.id });
    if (signUp.status !== SignUpStatus.CANCELLED && acceptsSignUps(cashmob.status, cashmob.endsAt, now))
      await this.cancelLocked(manager, signUp, cashmob, now);
    await manager.update(
      CashmobSignUpEntity,
      { id: signUp.id },
      { firstName: null, email: null, manageTokenHash: null, anonymisedAt: now },
    );
  }

  /**
   * Moves people up from the waiting list into free spots (earliest first) and mails them; the
   * caller holds the cashmob row lock. Returns the ids promoted.
   */
  async promote(manager: EntityManager, cashmob: CashmobEntity): Promise<string[]> {
    const waiting = await manager.find(CashmobSignUpEntity, {
      where: { cashmobId: cashmob.id, status: SignUpStatus.WAITING },
      order: { position: 'ASC' },
    });
    if (!waiting.length) return [];
    const ids = promotions(waiting, cashmob.capacity, await confirmedCount(manager, cashmob.id));
    if (!ids.length) return [];
    await manager.update(CashmobSignUpEntity, { id: In(ids) }, { status: SignUpStatus.CONFIRMED });
    const facts = await this.mailer.facts(manager, cashmob);
    for (const signUp of waiting.filter((s) => ids.includes(s.id)))
      await this.mailer.send(manager, promotedMail(facts, this.mailer.signUpFacts(signUp)));
    return ids;
  }

  private async cancelLocked(
    manager: EntityManager,
    signUp: CashmobSignUpEntity,
    cashmob: CashmobEntity,
    now: Date,
  ): Promise<void> {
    if (signUp.status === SignUpStatus.CANCELLED) throw AppError.field('token', 'signUpCancelled');
    const wasConfirmed = signUp.status === SignUpStatus.CONFIRMED;
    Object.assign(signUp, { status: SignUpStatus.CANCELLED, cancelledAt: now });
    await manager.update(CashmobSignUpEntity, { id: signUp.id }, { status: SignUpStatus.CANCELLED, cancelledAt: now });
    if (wasConfirmed) await this.promote(manager, cashmob);
  }

  private async publicBySlug(manager: EntityManager, slug: string, lock = false): Promise<CashmobEntity> {
    const cashmob = await manager.findOne(CashmobEntity, {
      where: { slug },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!cashmob || !isPublic(cashmob.status, cashmob.publishedAt)) throw AppError.notFound();
    return cashmob;
  }

  private async byToken(manager: EntityManager, token: string): Promise<CashmobSignUpEntity> {
    const signUp = token
      ? await manager.findOneBy(CashmobSignUpEntity, {
          manageTokenHash: hashManageToken(token, this.config.SECRET_KEY),
        })
      : null;
    if (!signUp) throw AppError.field('token', 'tokenInvalid');
    return signUp;
  }

  /** The sign-up and its cashmob, the cashmob row locked, while sign-ups are open. */
  private async lockedByToken(
    manager: EntityManager,
    token: string,
    now: Date,
  ): Promise<{ signUp: CashmobSignUpEntity; cashmob: CashmobEntity }> {
    const found = await this.byToken(manager, token);
    const cashmob = await manager.findOneOrFail(CashmobEntity, {
      where: { id: found.cashmobId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!acceptsSignUps(cashmob.status, cashmob.endsAt, now)) throw AppError.field('token', 'signUpsClosed');
    // Re-read under the lock: a concurrent cancel or promotion may have changed it.
    const signUp = await manager.findOneByOrFail(CashmobSignUpEntity, { id: found.id });
    return { signUp, cashmob };
  }

  private async rankOf(manager: EntityManager, signUp: CashmobSignUpEntity): Promise<number> {
    const waiting = await manager.find(CashmobSignUpEntity, {
      where: { cashmobId: signUp.cashmobId, status: SignUpStatus.WAITING },
      select: { id: true, position: true },
    });
    return waitingRank(
      waiting.map((w) => w.position),
      signUp.position,
    );
  }

  private async toPublic(manager: EntityManager, cashmob: CashmobEntity, now: Date): Promise<PublicCashmobModel> {
    // One after the other: the manager may be a transaction's single connection.
    const { shop, association } = await this.venues.of(cashmob, manager);
    const confirmed = await confirmedCount(manager, cashmob.id);
    return toPublicCashmobModel(cashmob, shop, association, confirmed, now);
  }

  private async toMine(
    manager: EntityManager,
    signUp: CashmobSignUpEntity,
    cashmob: CashmobEntity,
    now: Date,
  ): Promise<MySignUpModel> {
    return {
      firstName: signUp.firstName,
      email: signUp.email,
      status: signUp.status,
      waitingRank: signUp.status === SignUpStatus.WAITING ? await this.rankOf(manager, signUp) : null,
      intendedSpendCents: signUp.intendedSpendCents,
      locale: signUp.locale,
      checkInCode: this.mailer.checkInCode(signUp.id),
      checkedInAt: signUp.checkedInAt,
      cashmob: await this.toPublic(manager, cashmob, now),
    };
  }
}
