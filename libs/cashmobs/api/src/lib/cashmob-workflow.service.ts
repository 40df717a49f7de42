import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CashmobEvent, CashmobProblem, slotProblems, SignUpStatus, transitionAt } from '@assoc/cashmobs-domain';
import { AppError, Clock, CurrentMember } from '@assoc/platform-api';
import { DataSource, EntityManager, In, Not, IsNull } from 'typeorm';
import { CashmobAccess } from './cashmob-access.service';
import { cancelledMail } from './cashmob-mails';
import { CashmobMailer } from './cashmob-mailer.service';
import { assertNoProblems, problemsError } from './cashmob-problems';
import { CashmobSignUpEntity } from './cashmob-sign-up.entity';
import { CashmobEntity } from './cashmob.entity';
import { ProposeOtherSlotInput, RecordCashmobResultInput } from './cashmob.inputs';
import { CashmobsService } from './cashmobs.service';

const REASON_MAX = 2000;

/**
 * The shop's answer, the organiser's answer to another slot, cancelling and the result. Each runs in
 * one transaction with the cashmob row locked; the domain's `transitionAt` decides (status and clock).
 */
@Injectable()
export class CashmobWorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CashmobAccess,
    private readonly cashmobs: CashmobsService,
    private readonly mailer: CashmobMailer,
    private readonly clock: Clock,
  ) {}

  /** The shop's owner accepts the proposed slot: the public page opens. */
  accept(member: CurrentMember, id: string): Promise<CashmobEntity> {
    return this.change(
      member,
      id,
      CashmobEvent.ACCEPT,
      (c) => this.access.assertHost(member, c),
      (_c, _manager, now) => ({ publishedAt: now }),
    );
  }

  /** The shop's owner proposes another slot (same lead time and length rules), with a message. */
  proposeOtherSlot(member: CurrentMember, input: ProposeOtherSlotInput): Promise<CashmobEntity> {
    return this.change(
      member,
      input.id,
      CashmobEvent.COUNTER_PROPOSE,
      (c) => this.access.assertHost(member, c),
      async (c, manager, now) => {
        assertNoProblems(slotProblems(input, now, await this.cashmobs.leadTimeDays(manager, c.associationId)));
        return {
          counterStartsAt: input.startsAt,
          counterEndsAt: input.endsAt,
          shopMessage: input.message.trim() || null,
        };
      },
    );
  }

  /** The organiser (or the board) takes the shop's slot: it becomes the cashmob's and the page opens. */
  acceptOtherSlot(member: CurrentMember, id: string): Promise<CashmobEntity> {
    return this.change(
      member,
      id,
      CashmobEvent.ACCEPT_COUNTER,
      (c) => this.access.assertOrganiser(member, c),
      (c, _manager, now) => {
        const problems =
          c.counterStartsAt && c.counterEndsAt
            ? slotProblems({ startsAt: c.counterStartsAt, endsAt: c.counterEndsAt }, now, 0)
            : [{ path: 'id', reason: 'invalid' }];
        // The shop's slot may not have gone stale in the meantime (its lead time was checked when proposed).
        if (problems.length)
          throw problemsError(
            problems.map((p) => ({ ...p, path: p.path === 'startsAt' || p.path === 'endsAt' ? 'id' : p.path })),
          );
        return {
          startsAt: c.counterStartsAt as Date,
          endsAt: c.counterEndsAt as Date,
          counterStartsAt: null,
          counterEndsAt: null,
          publishedAt: now,
        };
      },
    );
  }

  decline(member: CurrentMember, id: string, message: string): Promise<CashmobEntity> {
    return this.change(
      member,
      id,
      CashmobEvent.DECLINE,
      (c) => this.access.assertHost(member, c),
      (_c, _manager, now) => ({ declinedAt: now, shopMessage: this.text('message', message, false) }),
    );
  }

  /** Before the start, by the organiser, the shop's owner or the board; every person signed up is told by e-mail, in their language. */
  cancel(member: CurrentMember, id: string, reason: string): Promise<CashmobEntity> {
    return this.change(
      member,
      id,
      CashmobEvent.CANCEL,
      (c) => this.access.assertManager(member, c),
      async (c, manager, now) => {
        const text = this.text('reason', reason, true) as string;
        const told = await manager.find(CashmobSignUpEntity, {
          where: { cashmobId: c.id, status: In([SignUpStatus.CONFIRMED, SignUpStatus.WAITING]), email: Not(IsNull()) },
        });
        const facts = told.length ? await this.mailer.facts(manager, c) : null;
        for (const s of told)
          if (facts && s.email)
            await this.mailer.send(
              manager,
              cancelledMail(facts, { to: s.email, firstName: s.firstName ?? '', locale: s.locale }, text),
            );
        return { cancelledAt: now, cancelReason: text };
      },
    );
  }

  /** The shop's owner records sales and revenue once the cashmob has started: COMPLETED. */
  recordResult(member: CurrentMember, input: RecordCashmobResultInput): Promise<CashmobEntity> {
    return this.change(
      member,
      input.id,
      CashmobEvent.RECORD_RESULT,
      (c) => this.access.assertHost(member, c),
      (_c, _manager, now) => {
        const problems: CashmobProblem[] = [];
        if (input.salesCount < 0) problems.push({ path: 'salesCount', reason: 'min', params: { min: 0 } });
        if (input.revenueCents < 0) problems.push({ path: 'revenueCents', reason: 'min', params: { min: 0 } });
        if (input.ordinaryRevenueCents != null && input.ordinaryRevenueCents < 0)
          problems.push({ path: 'ordinaryRevenueCents', reason: 'min', params: { min: 0 } });
        if (problems.length) throw problemsError(problems);
        return {
          salesCount: input.salesCount,
          revenueCents: input.revenueCents,
          ordinaryRevenueCents: input.ordinaryRevenueCents ?? null,
          completedAt: now,
        };
      },
    );
  }

  private text(field: string, value: string, required: boolean): string | null {
    const text = value.trim();
    if (required && !text) throw AppError.field(field, 'isNotEmpty');
    if (text.length > REASON_MAX) throw AppError.field(field, 'maxLength', { max: REASON_MAX });
    return text || null;
  }

  /**
   * Locks the cashmob, checks who may act (`authorise` throws), then the domain's transition at the
   * clock's now, then applies the changes `decide` returns for that same now (it may refuse bad
   * input, or queue mails).
   */
  private change(
    member: CurrentMember,
    id: string,
    event: CashmobEvent,
    authorise: (cashmob: CashmobEntity) => void,
    decide: (
      cashmob: CashmobEntity,
      manager: EntityManager,
      now: Date,
    ) => Partial<CashmobEntity> | Promise<Partial<CashmobEntity>>,
  ): Promise<CashmobEntity> {
    return this.dataSource.transaction(async (manager) => {
      const cashmob = await this.access.get(manager, member, id, true);
      authorise(cashmob);
      const now = this.clock.now();
      const next = transitionAt(cashmob, event, now);
      if (!next.ok) {
        assertNoProblems(next.problems);
        return cashmob;
      }
      const changes = await decide(cashmob, manager, now);
      const all = { ...changes, status: next.value, updatedAt: now };
      await manager.update(CashmobEntity, { id: cashmob.id }, all);
      return Object.assign(cashmob, all);
    });
  }
}
