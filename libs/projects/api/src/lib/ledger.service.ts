import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationReads, MembershipReads } from '@assoc/associations-api';
import { AppError, Clock, CurrentMember, Locale } from '@assoc/platform-api';
import { personName } from '@assoc/identity-domain';
import {
  acceptsLedgerEntries,
  AccountId,
  decisionProblems,
  LedgerApproval,
  needsSecondSignature,
  pendingCents,
  reversalApprovalProblem,
  SecondSignatureDecision,
  CsvLocale,
  LedgerEntry,
  ledgerCsv,
  LedgerEntryKind,
  ledgerEntryProblems,
  overpaymentCents,
  participantAccount,
  participantBalances,
  participantOf,
  PaymentMethod,
  PROJECT_CASH,
  projectCashCents,
  projectMoney,
  ProjectMoney,
  ProjectStatus,
  reverse,
  Share,
  supplierAccount,
  Transfer,
} from '@assoc/projects-domain';
import { formatMoney } from '@assoc/shared-util';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { LedgerEntryEntity } from './ledger-entry.entity';
import {
  ApproveExpenseInput,
  RecordContributionInput,
  RejectExpenseInput,
  RecordExpenseInput,
  RecordRefundInput,
  ReverseLedgerEntryInput,
} from './ledger.inputs';
import { ProjectAccess } from './project-access.service';
import { ProjectAuditService } from './project-audit.service';
import { ProjectFileEntity, ProjectFileKind } from './project-file.entity';
import { ProjectNotifier } from './project-notifier.service';
import { ProjectParticipantEntity } from './project-participant.entity';
import { assertNoProblems } from './project-problems';
import { ProjectSharesService } from './project-shares.service';
import { ProjectEntity } from './project.entity';

interface Movement {
  debit: AccountId;
  credit: AccountId;
  cents: number;
  kind: LedgerEntryKind;
  paymentMethod: PaymentMethod | null;
  note: string | null;
  occurredAt: Date | null;
  receiptFileId: string | null;
  reverses: string | null;
}

const toDomain = (e: LedgerEntryEntity): LedgerEntry => ({
  id: e.id,
  debit: e.debit as AccountId,
  credit: e.credit as AccountId,
  cents: e.cents,
  kind: e.kind,
  reverses: e.reverses,
  approval: e.approval,
});

/**
 * The project's append-only ledger. Every write locks the project row (FOR UPDATE): writes to one
 * project are serialised, so the idempotency check, the domain's checks against the entries so
 * far, the insert and the audit row happen as one step.
 */
@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProjectAccess,
    private readonly audit: ProjectAuditService,
    private readonly shares: ProjectSharesService,
    private readonly clock: Clock,
    private readonly memberships: MembershipReads,
    private readonly associations: AssociationReads,
    private readonly notifier: ProjectNotifier,
  ) {}

  /**
   * A contribution. Beyond what the participant still owes against their frozen share, it is refused
   * (cents: overpaymentUnconfirmed, naming by how much) until the treasurer confirms it, and refused
   * outright beyond the project's overpayment limit (cents: overpaymentLimit) until the board lifts it.
   */
  contribution(member: CurrentMember, input: RecordContributionInput): Promise<LedgerEntryEntity> {
    return this.record(member, input.projectId, input.idempotencyKey, async (manager, project) => {
      await this.assertParticipant(manager, input.projectId, input.membershipId, 'membershipId');
      await this.assertNotOverpaid(manager, project, input);
      return {
        debit: PROJECT_CASH,
        credit: participantAccount(input.membershipId),
        cents: input.cents,
        kind: LedgerEntryKind.CONTRIBUTION,
        paymentMethod: input.paymentMethod,
        note: input.note ?? null,
        occurredAt: input.occurredAt ?? null,
        receiptFileId: null,
        reverses: null,
      };
    });
  }

  expense(member: CurrentMember, input: RecordExpenseInput): Promise<LedgerEntryEntity> {
    return this.record(member, input.projectId, input.idempotencyKey, async (manager) => {
      if (input.paidByMembershipId)
        await this.assertParticipant(manager, input.projectId, input.paidByMembershipId, 'paidByMembershipId');
      if (input.receiptId) {
        const receipt = await manager.findOne(ProjectFileEntity, {
          where: { id: input.receiptId, projectId: input.projectId, kind: ProjectFileKind.RECEIPT },
        });
        if (!receipt) throw AppError.field('receiptId', 'receiptUnavailable');
      }
      const credit = input.paidByMembershipId ? participantAccount(input.paidByMembershipId) : PROJECT_CASH;
      return {
        debit: supplierAccount(input.supplier),
        credit,
        cents: input.cents,
        kind: LedgerEntryKind.EXPENSE,
        paymentMethod: input.paymentMethod ?? null,
        note: input.note ?? null,
        occurredAt: input.occurredAt ?? null,
        receiptFileId: input.receiptId ?? null,
        reverses: null,
      };
    });
  }

  refund(member: CurrentMember, input: RecordRefundInput): Promise<LedgerEntryEntity> {
    return this.record(member, input.projectId, input.idempotencyKey, async (manager) => {
      if (!input.membershipId === !input.supplier?.trim()) throw AppError.field('membershipId', 'required');
      if (input.membershipId)
        await this.assertParticipant(manager, input.projectId, input.membershipId, 'membershipId');
      const [debit, credit] = input.membershipId
        ? [participantAccount(input.membershipId), PROJECT_CASH]
        : [PROJECT_CASH, supplierAccount(input.supplier ?? '')];
      return {
        debit,
        credit,
        cents: input.cents,
        kind: LedgerEntryKind.REFUND,
        paymentMethod: input.paymentMethod ?? null,
        note: input.note ?? null,
        occurredAt: input.occurredAt ?? null,
        receiptFileId: null,
        reverses: null,
      };
    });
  }

  /** A correction: a new entry reversing the given one (accounts swapped), never an edit. */
  reverse(member: CurrentMember, input: ReverseLedgerEntryInput): Promise<LedgerEntryEntity> {
    return this.record(member, input.projectId, input.idempotencyKey, async (manager) => {
      const original = await manager.findOne(LedgerEntryEntity, {
        where: { id: input.entryId, projectId: input.projectId },
      });
      if (!original) throw AppError.field('entryId', 'entryNotFound');
      const held = reversalApprovalProblem(original.approval);
      if (held) assertNoProblems([held]);
      const r = reverse(toDomain(original), 'new');
      return {
        debit: r.debit,
        credit: r.credit,
        cents: r.cents,
        kind: LedgerEntryKind.CORRECTION,
        paymentMethod: null,
        note: input.note ?? null,
        occurredAt: input.occurredAt ?? null,
        receiptFileId: null,
        reverses: original.id,
      };
    });
  }

  async entries(
    member: CurrentMember,
    projectId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LedgerEntryEntity[]> {
    await this.access.get(manager, member, projectId);
    return manager.find(LedgerEntryEntity, {
      where: { associationId: member.associationId, projectId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * What the ledger panel reads, in one pass: the project (access checked once), its entries, and its
   * shares from its budget lines and participants (read side by side). Balances and settle-up are
   * computed from it, so the panel's three fields cost one read of each table, not three.
   */
  async view(member: CurrentMember, projectId: string): Promise<LedgerView> {
    const manager = this.dataSource.manager;
    const project = await this.access.get(manager, member, projectId);
    const [entries, { shares }] = await Promise.all([
      manager.find(LedgerEntryEntity, {
        where: { associationId: member.associationId, projectId },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      this.shares.current(manager, project),
    ]);
    return { entries, shares, closed: project.status === ProjectStatus.CLOSED };
  }

  async balances(member: CurrentMember, projectId: string): Promise<ProjectMoney> {
    return moneyOf(await this.view(member, projectId));
  }

  /** The transfers of the money model (see `moneyOf`). */
  async settlement(member: CurrentMember, projectId: string): Promise<Transfer[]> {
    return moneyOf(await this.view(member, projectId)).transfers;
  }

  /** The ledger as CSV, with accounts named for people (members' names, suppliers, the project cash). */
  async csv(
    member: CurrentMember,
    projectId: string,
    locale: CsvLocale,
  ): Promise<{ body: string; project: ProjectEntity }> {
    const project = await this.access.get(this.dataSource.manager, member, projectId);
    const entries = await this.entries(member, projectId);
    const ids = [
      ...new Set(
        entries.flatMap((e) => [participantOf(e.debit), participantOf(e.credit)]).filter((id): id is string => !!id),
      ),
    ];
    const names = new Map(
      (await this.memberships.contacts(member.associationId, ids)).map((m) => [
        m.membershipId,
        personName(m, locale === 'en' ? Locale.EN : Locale.FR),
      ]),
    );
    const nameOf = (account: string) => {
      if (account === PROJECT_CASH) return locale === 'fr' ? 'Caisse du projet' : 'Project cash';
      const participant = participantOf(account);
      return participant ? (names.get(participant) ?? participant) : account.replace(/^supplier:/, '');
    };
    const body = ledgerCsv(
      entries.map((e) => ({
        at: e.occurredAt,
        entryId: e.id,
        kind: e.kind,
        description: e.note,
        from: nameOf(e.credit),
        to: nameOf(e.debit),
        paymentMethod: e.paymentMethod,
        cents: e.cents,
        reverses: e.reverses,
      })),
      locale,
    );
    return { body, project };
  }

  private async assertNotOverpaid(
    manager: EntityManager,
    project: ProjectEntity,
    input: RecordContributionInput,
  ): Promise<void> {
    // A bad amount or a ledger that takes no entries is named by `record`'s own checks.
    if (!Number.isSafeInteger(input.cents) || input.cents < 1 || !acceptsLedgerEntries(project.status)) return;
    // A replay of a recorded contribution returns it (see `record`), whatever was paid since.
    if (
      await manager.exists(LedgerEntryEntity, {
        where: { projectId: project.id, idempotencyKey: input.idempotencyKey },
      })
    )
      return;
    const [entries, { shares }] = await Promise.all([
      manager.find(LedgerEntryEntity, { where: { projectId: project.id } }),
      this.shares.current(manager, project),
    ]);
    const participant = participantBalances(entries.map(toDomain), shares).find(
      (p) => p.membershipId === input.membershipId,
    );
    const over = overpaymentCents(participant, input.cents);
    if (over === 0) return;
    const params = {
      over: formatMoney(over, 'EUR', 'fr-FR'),
      overCents: over,
      owed: formatMoney(Math.max(0, -(participant?.balanceCents ?? 0)), 'EUR', 'fr-FR'),
    };
    if (project.overpaymentLimitCents != null && over > project.overpaymentLimitCents)
      throw AppError.field('cents', 'overpaymentLimit', {
        ...params,
        limit: formatMoney(project.overpaymentLimitCents, 'EUR', 'fr-FR'),
      });
    if (!input.confirmOverpayment) throw AppError.field('cents', 'overpaymentUnconfirmed', params);
  }

  /** The second board member approves a pending expense: from then on it counts in the balances. */
  approveExpense(member: CurrentMember, input: ApproveExpenseInput): Promise<LedgerEntryEntity> {
    return this.decide(member, input, 'APPROVE', null);
  }

  /** The second board member refuses a pending expense, saying why: it stays in the ledger, never counted. */
  rejectExpense(member: CurrentMember, input: RejectExpenseInput): Promise<LedgerEntryEntity> {
    return this.decide(member, input, 'REJECT', input.reason.trim());
  }

  /**
   * One decision on a pending expense, under the project's row lock (like every ledger write) so two
   * board members deciding at once are serialised: the first decides, a repeat of the same decision
   * returns the entry unchanged (approving twice counts once), the other decision is refused.
   */
  private decide(
    member: CurrentMember,
    input: ApproveExpenseInput,
    decision: SecondSignatureDecision,
    reason: string | null,
  ): Promise<LedgerEntryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const project = await this.access.get(manager, member, input.projectId, true);
      const entry = await manager.findOne(LedgerEntryEntity, {
        where: { id: input.entryId, projectId: project.id },
      });
      if (!entry) throw AppError.field('entryId', 'entryNotFound');
      const problems = decisionProblems(entry, member.membershipId, decision, reason);
      if (problems === null) return entry;
      assertNoProblems(problems);
      if (!acceptsLedgerEntries(project.status)) throw AppError.field('projectId', 'ledgerClosed');
      const approval = decision === 'APPROVE' ? LedgerApproval.APPROVED : LedgerApproval.REJECTED;
      const decided = {
        approval,
        decidedByMembershipId: member.membershipId,
        decidedAt: this.clock.now(),
        rejectionReason: reason,
      };
      await manager.update(LedgerEntryEntity, { id: entry.id, approval: LedgerApproval.PENDING }, decided);
      await this.audit.record(
        manager,
        { associationId: member.associationId, projectId: project.id, actorMembershipId: member.membershipId },
        decision === 'APPROVE' ? 'EXPENSE_APPROVED' : 'EXPENSE_REJECTED',
        { entryId: entry.id, approval: LedgerApproval.PENDING },
        { entryId: entry.id, approval, cents: entry.cents, ...(reason ? { reason } : {}) },
      );
      return Object.assign(entry, decided);
    });
  }

  /** The board raises or lifts (null) how far a contribution may go beyond what its participant owes. */
  setOverpaymentLimit(member: CurrentMember, projectId: string, limitCents: number | null): Promise<ProjectEntity> {
    return this.dataSource.transaction(async (manager) => {
      const project = await this.access.get(manager, member, projectId, true);
      const before = { overpaymentLimitCents: project.overpaymentLimitCents };
      project.overpaymentLimitCents = limitCents;
      await manager.update(ProjectEntity, { id: project.id }, { overpaymentLimitCents: limitCents });
      await this.audit.record(
        manager,
        { associationId: member.associationId, projectId, actorMembershipId: member.membershipId },
        'OVERPAYMENT_LIMIT',
        before,
        { overpaymentLimitCents: limitCents },
      );
      return project;
    });
  }

  private async assertParticipant(
    manager: EntityManager,
    projectId: string,
    membershipId: string,
    field: string,
  ): Promise<void> {
    if (!(await manager.count(ProjectParticipantEntity, { where: { projectId, membershipId } })))
      throw AppError.field(field, 'unknownParticipant');
  }

  private record(
    member: CurrentMember,
    projectId: string,
    idempotencyKey: string,
    build: (manager: EntityManager, project: ProjectEntity) => Promise<Movement>,
  ): Promise<LedgerEntryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const project = await this.access.get(manager, member, projectId, true);
      const movement = await build(manager, project);
      const hash = fingerprint(movement);
      const earlier = await manager.findOne(LedgerEntryEntity, { where: { projectId, idempotencyKey } });
      if (earlier) {
        if (earlier.requestHash !== hash) throw AppError.conflict('idempotencyKey', 'idempotencyKeyReused');
        return earlier;
      }
      if (!acceptsLedgerEntries(project.status)) throw AppError.field('projectId', 'ledgerClosed');
      const previous = (await manager.find(LedgerEntryEntity, { where: { projectId } })).map(toDomain);
      assertNoProblems(
        ledgerEntryProblems({ ...movement, id: undefined } as unknown as Omit<LedgerEntry, 'id'>, previous),
      );
      const isExpense = movement.kind === LedgerEntryKind.EXPENSE;
      const pending =
        isExpense &&
        needsSecondSignature(
          isExpense,
          movement.cents,
          await this.associations.secondSignatureAboveCents(member.associationId, manager),
        );
      const entry = await manager.save(
        manager.create(LedgerEntryEntity, {
          associationId: member.associationId,
          projectId,
          ...movement,
          approval: pending ? LedgerApproval.PENDING : LedgerApproval.APPROVED,
          occurredAt: movement.occurredAt ?? this.clock.now(),
          createdByMembershipId: member.membershipId,
          idempotencyKey,
          requestHash: hash,
        }),
      );
      const summary = {
        entryId: entry.id,
        debit: entry.debit,
        credit: entry.credit,
        cents: entry.cents,
        cashCents: projectCashCents([...previous, toDomain(entry)]),
        ...(pending ? { approval: LedgerApproval.PENDING } : {}),
      };
      await this.audit.record(
        manager,
        { associationId: member.associationId, projectId, actorMembershipId: member.membershipId },
        entry.kind,
        { cashCents: projectCashCents(previous) },
        summary,
      );
      if (pending)
        await this.notifier.expenseAwaitsSignature(
          manager,
          project,
          member.membershipId,
          `${entry.debit.replace(/^supplier:/, '')}, ${formatMoney(entry.cents, 'EUR', 'fr-FR')}`,
        );
      return entry;
    });
  }
}

function fingerprint(movement: Movement): string {
  const content = { ...movement, occurredAt: movement.occurredAt?.toISOString() ?? null };
  return createHash('sha256')
    .update(JSON.stringify(Object.entries(content).sort(([a], [b]) => a.localeCompare(b))))
    .digest('hex');
}

/** A project's ledger entries, its shares as they stand, and whether the board closed it. */
export interface LedgerView {
  entries: LedgerEntryEntity[];
  shares: Share[];
  closed: boolean;
}

/**
 * The one money model the page shows (see `projectMoney`): balances against the frozen shares until
 * the board closes the project, then against the shares recomputed on what was spent, with the
 * transfers that bring every balance shown to zero.
 */
export function moneyOf({ entries, shares, closed }: LedgerView): ProjectMoney & { pendingCents: number } {
  const domain = entries.map(toDomain);
  return { ...projectMoney(domain, shares, closed), pendingCents: pendingCents(domain) };
}
