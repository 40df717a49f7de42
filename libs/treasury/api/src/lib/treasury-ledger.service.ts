import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ShopReads } from '@assoc/directory-api';
import { AppError } from '@assoc/platform-api';
import { FieldProblem } from '@assoc/platform-domain';
import {
  accountKey,
  entryProblems,
  isMonth,
  KINDS_WITH_REF,
  monthBounds,
  openDay,
  parseAccount,
  reversalOf,
  shopPayable,
  ShopStatement,
  shopStatement,
  TREASURY_REASON_MAX,
  TreasuryAccountKind,
  TreasuryEntry,
  TreasuryEntryDraft,
} from '@assoc/treasury-domain';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { TreasuryClosingEntity } from './treasury-closing.entity';
import { TreasuryEntryEntity, TreasuryLineEntity } from './treasury-entry.entity';

export const TREASURY_KEY_MAX = 100;

/**
 * What happens to a posting dated in (or before) a shop's closed month, whose statement must not change:
 * `nextOpenDay` (the default, for postings of other domains that carry the day something happened, such
 * as a redemption) books it on the first day after the shop's latest closed month, so it is owed on the
 * next statement; `refuse` (the board's own entries, whose day is chosen) refuses it, naming `day`.
 */
export type ClosedMonthPolicy = 'nextOpenDay' | 'refuse';

/** What a domain posts: a balanced draft, and who asked (a member, or none for a job). */
export interface TreasuryPosting extends TreasuryEntryDraft {
  createdByMembershipId?: string | null;
  inClosedMonth?: ClosedMonthPolicy;
}

/** The advisory lock of a shop's payable: postings share it, closing a month takes it alone. */
export function payableLockKey(associationId: string, shopId: string): string {
  return `treasury-payable:${associationId}:${shopId}`;
}

/** A posted entry with its lines, as stored. */
export interface PostedEntry {
  entry: TreasuryEntryEntity;
  lines: TreasuryLineEntity[];
}

export interface ReversalRequest {
  entryId: string;
  reason: string;
  /** The reversal's booking day, yyyy-mm-dd. */
  day: string;
  createdByMembershipId?: string | null;
}

export interface TreasuryBalance {
  account: string;
  kind: TreasuryAccountKind;
  ref: string | null;
  cents: number;
}

/** The month before the one `day` is in (yyyy-mm). */
function previousMonth(day: string): string {
  const [year, month] = day.split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** The posting's content as compared on a replay (what it moves, not who asked). */
function postingHash(p: TreasuryEntryDraft): string {
  return fingerprint({
    day: p.day,
    label: p.label.trim(),
    source: p.source,
    lines: p.lines.map((l) => [accountKey(l.account), l.cents]),
  });
}

export function toDomainEntry(entry: TreasuryEntryEntity, lines: readonly TreasuryLineEntity[]): TreasuryEntry {
  return {
    id: entry.id,
    day: entry.day,
    label: entry.label,
    source: { domain: entry.sourceDomain, ref: entry.sourceRef },
    reverses: entry.reverses,
    lines: lines.map((l) => ({
      account: parseAccount(l.account) ?? { kind: l.account as TreasuryAccountKind },
      cents: l.cents,
    })),
  };
}

/**
 * The association treasury's one ledger (issue 17, ADR 0032), for every domain that moves the
 * association's money (loyalty rewards, dues, gift cheques, the board's own entries). Each method takes
 * the caller's transaction (`manager`), so a domain posts in the same transaction as its own change.
 *
 * Append-only: entries and lines are only inserted (the database refuses UPDATE and DELETE); a
 * correction is `reverse`. An idempotency key (per association) posts once: a replay returns the first
 * entry, a concurrent duplicate waits on the unique index then returns the entry the first committed;
 * the same key with another content is refused (CONFLICT).
 */
@Injectable()
export class TreasuryLedger {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shops: ShopReads,
  ) {}

  /** Posts a balanced entry (refused, naming the field, if it is not) and returns it with its lines. */
  async post(
    manager: EntityManager,
    associationId: string,
    posting: TreasuryPosting,
    idempotencyKey: string,
  ): Promise<PostedEntry> {
    this.assertKey(idempotencyKey);
    const problems = entryProblems(posting);
    if (problems.length) throw AppError.input(problems);
    await this.assertShops(manager, associationId, posting);
    const hash = postingHash(posting);
    const day = await this.bookingDay(manager, associationId, posting);
    if (day !== posting.day && posting.inClosedMonth === 'refuse') {
      const earlier = await this.byKey(manager, associationId, idempotencyKey);
      if (earlier) return this.replay(manager, earlier, hash);
      // Closed through the month before the first open day.
      throw AppError.field('day', 'treasuryMonthClosed', { month: previousMonth(day) });
    }
    return this.insert(manager, associationId, { ...posting, day }, idempotencyKey, null, null, hash);
  }

  /**
   * The day a posting is booked on: its own, unless it touches the payable of a shop whose statement is
   * closed on or after that day (then the first open day, see `ClosedMonthPolicy`). Takes each such
   * payable's advisory lock in shared mode (in shop order, so two postings never wait on each other in a
   * cycle): a month being closed waits for the postings in flight, and the postings after it see it.
   */
  private async bookingDay(manager: EntityManager, associationId: string, draft: TreasuryEntryDraft): Promise<string> {
    const shopIds = [
      ...new Set(
        draft.lines.flatMap((l) =>
          l.account.kind === TreasuryAccountKind.SHOP_PAYABLE && l.account.ref ? [l.account.ref] : [],
        ),
      ),
    ].sort();
    if (!shopIds.length) return draft.day;
    for (const shopId of shopIds)
      await manager.query(`SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 0))`, [
        payableLockKey(associationId, shopId),
      ]);
    const closed = await this.closedThrough(manager, associationId, shopIds);
    return openDay(
      draft.day,
      shopIds.map((id) => closed.get(id) ?? null),
    );
  }

  /** Each shop's latest closed month (yyyy-mm), for those with one. */
  async closedThrough(
    manager: EntityManager,
    associationId: string,
    shopIds: readonly string[],
  ): Promise<Map<string, string>> {
    if (!shopIds.length) return new Map();
    const rows: { shopId: string; month: string }[] = await manager
      .createQueryBuilder(TreasuryClosingEntity, 'c')
      .select('c."shopId"', 'shopId')
      .addSelect('MAX(c.month)', 'month')
      .where('c."associationId" = :associationId AND c."shopId" IN (:...shopIds)', { associationId, shopIds })
      .groupBy('c."shopId"')
      .getRawMany();
    return new Map(rows.map((r) => [r.shopId, r.month]));
  }

  /**
   * Posts the entry that undoes `entryId` (every line negated), saying why. An entry is reversed at most
   * once, and a reversal is not reversed (post a new entry instead): the original's row is locked so two
   * reversals at once are serialised.
   */
  async reverse(
    manager: EntityManager,
    associationId: string,
    request: ReversalRequest,
    idempotencyKey: string,
  ): Promise<PostedEntry> {
    this.assertKey(idempotencyKey);
    const reason = request.reason.trim();
    if (!reason) throw AppError.field('reason', 'required');
    if (reason.length > TREASURY_REASON_MAX) throw AppError.field('reason', 'maxLength', { max: TREASURY_REASON_MAX });
    const original = await manager
      .createQueryBuilder(TreasuryEntryEntity, 'e')
      .where('e.id = :id AND e."associationId" = :associationId', { id: request.entryId, associationId })
      .setLock('pessimistic_write')
      .getOne();
    if (!original) throw AppError.field('entryId', 'treasuryEntryNotFound');
    const lines = await manager.find(TreasuryLineEntity, { where: { entryId: original.id }, order: { id: 'ASC' } });
    const draft = { ...reversalOf(toDomainEntry(original, lines), request.day, reason), label: original.label };
    // A reversal is the same request whatever day it is replayed on: its hash is what it undoes and why.
    const hash = fingerprint({ reverses: original.id, reason });
    const earlier = await this.byKey(manager, associationId, idempotencyKey);
    if (earlier) return this.replay(manager, earlier, hash);
    if (original.reverses) throw AppError.field('entryId', 'treasuryReversalOfReversal');
    if (await manager.exists(TreasuryEntryEntity, { where: { reverses: original.id } }))
      throw AppError.field('entryId', 'treasuryAlreadyReversed');
    const problems = entryProblems(draft);
    if (problems.length) throw AppError.input(problems);
    const day = await this.bookingDay(manager, associationId, draft);
    return this.insert(
      manager,
      associationId,
      { ...draft, day, createdByMembershipId: request.createdByMembershipId },
      idempotencyKey,
      original.id,
      reason,
      hash,
    );
  }

  /** Every account's balance (signed cents, positive a debit), those that ever moved. */
  async balances(manager: EntityManager, associationId: string): Promise<TreasuryBalance[]> {
    const rows: { account: string; cents: string }[] = await manager
      .createQueryBuilder(TreasuryLineEntity, 'l')
      .select('l.account', 'account')
      .addSelect('SUM(l.cents)', 'cents')
      .where('l."associationId" = :associationId', { associationId })
      .groupBy('l.account')
      .orderBy('l.account')
      .getRawMany();
    return rows.map((r) => {
      const account = parseAccount(r.account);
      return {
        account: r.account,
        kind: account?.kind ?? (r.account as TreasuryAccountKind),
        ref: account?.ref ?? null,
        cents: Number(r.cents),
      };
    });
  }

  /** The journal, newest first, `first` entries posted before the entry of sequence `before`. */
  async journal(
    manager: EntityManager,
    associationId: string,
    first: number,
    before: number | null,
  ): Promise<{ entries: PostedEntry[]; more: boolean }> {
    const query = manager
      .createQueryBuilder(TreasuryEntryEntity, 'e')
      .where('e."associationId" = :associationId', { associationId })
      .orderBy('e.seq', 'DESC')
      .limit(first + 1);
    if (before != null) query.andWhere('e.seq < :before', { before });
    const rows = await query.getMany();
    const page = rows.slice(0, first);
    const lines = page.length
      ? await manager.find(TreasuryLineEntity, { where: { entryId: In(page.map((e) => e.id)) }, order: { id: 'ASC' } })
      : [];
    return {
      entries: page.map((entry) => ({ entry, lines: lines.filter((l) => l.entryId === entry.id) })),
      more: rows.length > first,
    };
  }

  /** The reversal of each of these entries that has one, by the reversed entry's id. */
  async reversalsOf(
    manager: EntityManager,
    associationId: string,
    ids: readonly string[],
  ): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await manager.find(TreasuryEntryEntity, {
      select: { id: true, reverses: true },
      where: { associationId, reverses: In([...ids]) },
    });
    return new Map(rows.map((r) => [r.reverses as string, r.id]));
  }

  /** A shop's payable over a month (yyyy-mm): what it was owed, the entries, what it is owed. */
  async shopStatement(
    manager: EntityManager,
    associationId: string,
    shopId: string,
    month: string,
  ): Promise<ShopStatement> {
    if (!isMonth(month)) throw AppError.field('month', 'treasuryMonthInvalid');
    if (!(await this.shops.cards(associationId, [shopId], manager)).has(shopId))
      throw AppError.field('shopId', 'treasuryShopUnknown');
    const { to } = monthBounds(month);
    const account = accountKey(shopPayable(shopId));
    const lines = await manager
      .createQueryBuilder(TreasuryLineEntity, 'l')
      .innerJoin(TreasuryEntryEntity, 'e', 'e.id = l."entryId"')
      .where('l."associationId" = :associationId AND l.account = :account AND l.day < :to', {
        associationId,
        account,
        to,
      })
      .orderBy('l.day', 'ASC')
      .addOrderBy('e.seq', 'ASC')
      .addOrderBy('l.id', 'ASC')
      .getMany();
    const entries = lines.length
      ? await manager.find(TreasuryEntryEntity, { where: { id: In([...new Set(lines.map((l) => l.entryId))]) } })
      : [];
    const byId = new Map(entries.map((e) => [e.id, e]));
    const ordered = [...new Set(lines.map((l) => l.entryId))].map((id) =>
      toDomainEntry(
        byId.get(id) as TreasuryEntryEntity,
        lines.filter((l) => l.entryId === id),
      ),
    );
    return shopStatement(ordered, shopId, month);
  }

  private assertKey(key: string): void {
    if (!key?.trim()) throw AppError.field('idempotencyKey', 'required');
    if (key.length > TREASURY_KEY_MAX) throw AppError.field('idempotencyKey', 'maxLength', { max: TREASURY_KEY_MAX });
  }

  /** Every shop payable names a shop of this association. */
  private async assertShops(manager: EntityManager, associationId: string, posting: TreasuryEntryDraft): Promise<void> {
    const refs = posting.lines.map((l) =>
      l.account.kind === TreasuryAccountKind.SHOP_PAYABLE && KINDS_WITH_REF.has(l.account.kind) ? l.account.ref : null,
    );
    const wanted = refs.filter((r): r is string => !!r);
    if (!wanted.length) return;
    const known = await this.shops.cards(associationId, wanted, manager);
    const problems: FieldProblem[] = refs.flatMap((ref, i) =>
      ref && !known.has(ref) ? [{ field: `lines.${i}.account`, reason: 'treasuryShopUnknown' }] : [],
    );
    if (problems.length) throw AppError.input(problems);
  }

  /** Whether this idempotency key already posted an entry in the association (a replay is coming). */
  async replayOf(manager: EntityManager, associationId: string, idempotencyKey: string): Promise<boolean> {
    return !!(await this.byKey(manager, associationId, idempotencyKey));
  }

  private byKey(manager: EntityManager, associationId: string, idempotencyKey: string) {
    return manager.findOne(TreasuryEntryEntity, { where: { associationId, idempotencyKey } });
  }

  private async replay(manager: EntityManager, earlier: TreasuryEntryEntity, hash: string): Promise<PostedEntry> {
    if (earlier.requestHash !== hash) throw AppError.conflict('idempotencyKey', 'treasuryKeyReused');
    const lines = await manager.find(TreasuryLineEntity, { where: { entryId: earlier.id }, order: { id: 'ASC' } });
    return { entry: earlier, lines };
  }

  /**
   * Inserts the entry unless its key is taken (ON CONFLICT DO NOTHING: a concurrent duplicate waits for
   * the first to commit, then finds its row), then its lines.
   */
  private async insert(
    manager: EntityManager,
    associationId: string,
    posting: TreasuryPosting,
    idempotencyKey: string,
    reverses: string | null,
    reason: string | null,
    hash: string,
  ): Promise<PostedEntry> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(TreasuryEntryEntity)
      .values({
        associationId,
        day: posting.day,
        label: posting.label.trim(),
        sourceDomain: posting.source.domain,
        sourceRef: posting.source.ref,
        reverses,
        reason,
        createdByMembershipId: posting.createdByMembershipId ?? null,
        idempotencyKey,
        requestHash: hash,
      })
      .orIgnore()
      .returning('id')
      .execute();
    const id: string | undefined = inserted.raw[0]?.id;
    if (!id) {
      const earlier = await this.byKey(manager, associationId, idempotencyKey);
      if (!earlier) throw new Error('treasury: an idempotency key conflicted but its entry is not visible');
      return this.replay(manager, earlier, hash);
    }
    await manager.insert(
      TreasuryLineEntity,
      posting.lines.map((l) => ({
        associationId,
        entryId: id,
        account: accountKey(l.account),
        cents: l.cents,
        day: posting.day,
      })),
    );
    const entry = await manager.findOneOrFail(TreasuryEntryEntity, { where: { id } });
    const lines = await manager.find(TreasuryLineEntity, { where: { entryId: id }, order: { id: 'ASC' } });
    return { entry, lines };
  }
}
