import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationReads, MembershipReads } from '@assoc/associations-api';
import { ShopReads } from '@assoc/directory-api';
import { AppError, Clock, CurrentMember } from '@assoc/platform-api';
import { calendarDayIn } from '@assoc/shared-util';
import {
  BANK,
  closingPaymentRef,
  EXPENSES,
  INCOME,
  isPastMonth,
  parseAccount,
  shopPayable,
  ShopStatement,
  statementPayment,
  TreasuryAccountKind,
} from '@assoc/treasury-domain';
import { DataSource, EntityManager } from 'typeorm';
import { ClosedStatement, TreasuryClosings } from './treasury-closings.service';
import { shopStatementPdf } from './treasury-statement-pdf';
import { PostedEntry, TreasuryLedger } from './treasury-ledger.service';
import {
  RecordShopPaymentInput,
  RecordTreasuryEntryInput,
  ReverseTreasuryEntryInput,
  ShopStatementClosingModel,
  ShopStatementModel,
  TreasuryBalanceModel,
  TreasuryEntryModel,
  TreasuryFlow,
  TreasuryJournalInput,
  TreasuryJournalModel,
  TreasuryShopModel,
} from './treasury.models';

/** What the board records by hand: the entry is its own record (who recorded it: `createdByMembershipId`). */
const BOARD_SOURCE = { domain: 'treasury', ref: 'board' };

export function toEntryModel({ entry, lines }: PostedEntry): TreasuryEntryModel {
  return {
    id: entry.id,
    day: entry.day,
    label: entry.label,
    sourceDomain: entry.sourceDomain,
    sourceRef: entry.sourceRef,
    reverses: entry.reverses,
    reason: entry.reason,
    createdAt: entry.createdAt,
    lines: lines.map((l) => {
      const account = parseAccount(l.account);
      return {
        account: l.account,
        kind: account?.kind ?? (l.account as TreasuryAccountKind),
        ref: account?.ref ?? null,
        cents: l.cents,
      };
    }),
  };
}

/** The board's side of the treasury: reads and the entries it records by hand, each in one transaction. */
@Injectable()
export class TreasuryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: TreasuryLedger,
    private readonly shops: ShopReads,
    private readonly associations: AssociationReads,
    private readonly memberships: MembershipReads,
    private readonly closings: TreasuryClosings,
    private readonly clock: Clock,
  ) {}

  /** The shops a statement or a payment may name: every shop of an active member, and any shop with a payable. */
  async shopList(member: CurrentMember): Promise<TreasuryShopModel[]> {
    const active = await this.shops.activeMembersShops(member.associationId);
    const payables = (await this.ledger.balances(this.dataSource.manager, member.associationId))
      .filter((b) => b.kind === TreasuryAccountKind.SHOP_PAYABLE && b.ref)
      .map((b) => b.ref as string);
    const names = new Map(active.map((s) => [s.id, s.name]));
    const missing = payables.filter((id) => !names.has(id));
    for (const [id, name] of await this.shops.names(member.associationId, missing)) names.set(id, name);
    return [...names]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id));
  }

  async balances(member: CurrentMember): Promise<TreasuryBalanceModel[]> {
    const balances = await this.ledger.balances(this.dataSource.manager, member.associationId);
    const shopIds = balances
      .filter((b) => b.kind === TreasuryAccountKind.SHOP_PAYABLE && b.ref)
      .map((b) => b.ref as string);
    const names = await this.shops.names(member.associationId, shopIds);
    return balances.map((b) => ({ ...b, shopName: b.ref ? (names.get(b.ref) ?? null) : null }));
  }

  async journal(member: CurrentMember, input: TreasuryJournalInput): Promise<TreasuryJournalModel> {
    const before = input.after == null ? null : Number(input.after);
    if (before != null && !(Number.isSafeInteger(before) && before > 0)) throw AppError.field('after', 'invalid');
    const { entries, more } = await this.ledger.journal(
      this.dataSource.manager,
      member.associationId,
      input.first,
      before,
    );
    const reversedBy = await this.ledger.reversalsOf(
      this.dataSource.manager,
      member.associationId,
      entries.map((e) => e.entry.id),
    );
    return {
      entries: entries.map((e) => ({ ...toEntryModel(e), reversedBy: reversedBy.get(e.entry.id) ?? null })),
      nextCursor: more && entries.length ? String(entries[entries.length - 1].entry.seq) : null,
    };
  }

  async statement(member: CurrentMember, shopId: string, month: string): Promise<ShopStatementModel & ShopStatement> {
    return this.readStatement(this.dataSource.manager, member, shopId, month);
  }

  /**
   * Closes a past month's statement of a shop (once: closing it again, or twice at once, returns the one
   * closing). The transaction only closes (its payable's lock held while it does): the statement is read
   * after it committed, so a closing never waits for a second connection while others wait for its lock.
   */
  async close(member: CurrentMember, shopId: string, month: string): Promise<ShopStatementModel & ShopStatement> {
    const today = await this.today(member);
    await this.dataSource.transaction((manager) =>
      this.closings.close(manager, member.associationId, {
        shopId,
        month,
        today,
        closedAt: this.clock.now(),
        closedByMembershipId: member.membershipId,
      }),
    );
    return this.statement(member, shopId, month);
  }

  /** The statement as a PDF in the reader's language (what the board sends the shop). */
  async statementPdf(member: CurrentMember, shopId: string, month: string, lang: 'fr' | 'en') {
    const statement = await this.statement(member, shopId, month);
    const association = await this.associations.summary(member.associationId);
    const pdf = await shopStatementPdf(
      {
        statement,
        shopName: statement.shopName,
        associationName: association?.name ?? '',
        timeZone: association?.timeZone ?? 'Europe/Paris',
        currency: association?.currency ?? 'EUR',
        closing: statement.closing,
      },
      lang,
      this.clock.now(),
    );
    return { statement, pdf };
  }

  private async readStatement(
    manager: EntityManager,
    member: CurrentMember,
    shopId: string,
    month: string,
  ): Promise<ShopStatementModel & ShopStatement> {
    const statement = await this.ledger.shopStatement(manager, member.associationId, shopId, month);
    const names = await this.shops.names(member.associationId, [shopId]);
    const closed = await this.closings.ofMonth(manager, member.associationId, shopId, month);
    return {
      ...statement,
      shopName: names.get(shopId) ?? '',
      closing: closed && (await this.closingModel(manager, member.associationId, closed)),
      closable: !closed && isPastMonth(month, await this.today(member)),
    };
  }

  private async closingModel(
    manager: EntityManager,
    associationId: string,
    { closing, paidCents, paymentEntryIds }: ClosedStatement,
  ): Promise<ShopStatementClosingModel> {
    const by = closing.closedByMembershipId
      ? (await this.memberships.contacts(associationId, [closing.closedByMembershipId], manager))[0]
      : undefined;
    return {
      id: closing.id,
      closedAt: closing.closedAt,
      closedByName: by && !by.closed ? by.name : null,
      openingCents: closing.openingCents,
      closingCents: closing.closingCents,
      paidCents,
      payment: statementPayment(closing.closingCents, paidCents),
      paymentEntryIds,
    };
  }

  /** A bank payment to a shop: its payable goes down (what it is owed), the bank too. */
  async recordShopPayment(member: CurrentMember, input: RecordShopPaymentInput): Promise<TreasuryEntryModel> {
    const day = input.day ?? (await this.today(member));
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.shops.cards(member.associationId, [input.shopId], manager)).has(input.shopId))
        throw AppError.field('shopId', 'treasuryShopUnknown');
      let source = BOARD_SOURCE;
      if (input.closingId) {
        // Against a closed statement: at most what is left to pay on it (the closing stays locked till commit).
        const { closing, paidCents } = await this.closings.lockForPayment(
          manager,
          member.associationId,
          input.shopId,
          input.closingId,
        );
        source = { domain: 'treasury', ref: closingPaymentRef(closing.id) };
        const remaining = closing.closingCents - paidCents;
        const replay = await this.ledger.replayOf(manager, member.associationId, input.idempotencyKey);
        if (!replay && input.cents > remaining)
          throw AppError.field('cents', 'treasuryPaymentExceedsStatement', { remainingCents: Math.max(0, remaining) });
      }
      const posted = await this.ledger.post(
        manager,
        member.associationId,
        {
          day,
          label: input.label,
          source,
          inClosedMonth: 'refuse',
          lines: [
            { account: shopPayable(input.shopId), cents: input.cents },
            { account: BANK, cents: -input.cents },
          ],
          createdByMembershipId: member.membershipId,
        },
        input.idempotencyKey,
      );
      return toEntryModel(posted);
    });
  }

  /** An income (the bank from income) or an expense (an expense from the bank) the board records by hand. */
  async recordEntry(member: CurrentMember, input: RecordTreasuryEntryInput): Promise<TreasuryEntryModel> {
    const day = input.day ?? (await this.today(member));
    const [debit, credit] = input.flow === TreasuryFlow.INCOME ? [BANK, INCOME] : [EXPENSES, BANK];
    return this.dataSource.transaction(async (manager) =>
      toEntryModel(
        await this.ledger.post(
          manager,
          member.associationId,
          {
            day,
            label: input.label,
            source: BOARD_SOURCE,
            inClosedMonth: 'refuse',
            lines: [
              { account: debit, cents: input.cents },
              { account: credit, cents: -input.cents },
            ],
            createdByMembershipId: member.membershipId,
          },
          input.idempotencyKey,
        ),
      ),
    );
  }

  async reverse(member: CurrentMember, input: ReverseTreasuryEntryInput): Promise<TreasuryEntryModel> {
    const day = await this.today(member);
    return this.dataSource.transaction(async (manager) =>
      toEntryModel(
        await this.ledger.reverse(
          manager,
          member.associationId,
          { entryId: input.entryId, reason: input.reason, day, createdByMembershipId: member.membershipId },
          input.idempotencyKey,
        ),
      ),
    );
  }

  private async today(member: CurrentMember): Promise<string> {
    return calendarDayIn(this.clock.now(), await this.associations.timeZone(member.associationId));
  }
}
