import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TRADE_CATEGORY_LABELS, TradeCategory } from '@assoc/directory-domain';
import { MembershipModel, MembershipReads } from '@assoc/associations-api';
import { AppError, CurrentMember, decodeCursor, encodeCursor, QueryShapes } from '@assoc/platform-api';
import { foldForSearch } from '@assoc/shared-util';
import { isUUID } from 'class-validator';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ShopEntity } from './shop.entity';
import { DirectoryArgs } from './shop.inputs';

export interface DirectoryPage {
  memberships: MembershipModel[];
  /** Each member's shop (or null), read with the page. */
  shops: Map<string, ShopEntity | null>;
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

/** Trades whose French or English label contains the search ("boul" finds bakeries). */
export function tradesMatching(search: string): TradeCategory[] {
  const q = foldForSearch(search);
  return (Object.entries(TRADE_CATEGORY_LABELS) as [TradeCategory, { fr: string; en: string }][])
    .filter(([, l]) => foldForSearch(l.fr).includes(q) || foldForSearch(l.en).includes(q))
    .map(([trade]) => trade);
}

/**
 * `directory_entries` (a migration, kept by triggers on memberships, users and shops): per active
 * membership its sort key (shop name, else person name), its search text (person, shop, town,
 * description) and its shop's trade, folded by `directory_fold` (lower + unaccent, IMMUTABLE) and indexed.
 */
const ENTRIES = 'directory_entries';

/** The search and trade filters, on the `directory_entries` alias of one query (the page's, or its count's). */
function filter(query: SelectQueryBuilder<ObjectLiteral>, args: DirectoryArgs, d: string): void {
  const search = args.search?.trim();
  if (search) {
    // A trigram index serves the substring search; "boul" also finds the bakeries by their trade's label.
    const matches = [`${d}."search" LIKE public.directory_fold(:like)`];
    const trades = tradesMatching(search);
    if (trades.length) matches.push(`${d}."trade"::text IN (:...trades)`);
    query.andWhere(`(${matches.join(' OR ')})`, {
      like: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      trades,
    });
  }
  if (args.trade) query.andWhere(`${d}."trade" = :trade`, { trade: args.trade });
}

/**
 * The member directory: active members of the caller's association, sorted by shop (or person) name,
 * searched accent- and case-insensitively on person, shop, town and trade, keyset-paginated.
 *
 * One statement per page, reading only the page: the association's `directory_entries` in index order
 * (ORDER BY sort key, membership id LIMIT first + 1 for `hasNextPage`, the cursor a row comparison on
 * the same index), each joined to its member, person, association and shop; the number of matching
 * members is a scalar subquery of the same statement on `directory_entries` alone (an index-only count
 * of one association's entries, not a join over growing tables).
 */
@Injectable()
export class DirectoryService {
  private readonly shapes = new QueryShapes();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipReads,
  ) {}

  async page(member: CurrentMember, args: DirectoryArgs): Promise<DirectoryPage> {
    const count = this.dataSource
      .createQueryBuilder()
      .select('count(*)::int')
      .from(ENTRIES, 'cd')
      .where('cd."associationId" = :associationId');
    filter(count, args, 'cd');
    const { query, models } = this.memberships.membersQuery(member, 'm');
    query
      .innerJoin(ENTRIES, 'd', 'd."membershipId" = m.id')
      .leftJoinAndMapOne('m.shop', ShopEntity, 's', 's.membershipId = m.id AND s.associationId = m.associationId')
      .addSelect('d."sortKey"', 'sort_key')
      .addSelect(`(${count.getQuery()})`, 'total')
      .andWhere('d."associationId" = :associationId AND m.removedAt IS NULL', { associationId: member.associationId })
      .orderBy('d."sortKey"', 'ASC')
      .addOrderBy('d."membershipId"', 'ASC')
      .limit(args.first + 1);
    filter(query, args, 'd');
    if (args.after) {
      const cursor = decodeCursor(args.after, 2);
      if (!cursor || typeof cursor[0] !== 'string' || !isUUID(String(cursor[1])))
        throw AppError.field('after', 'invalid');
      query.andWhere(`(d."sortKey", d."membershipId") > (:afterKey, :afterId::uuid)`, {
        afterKey: cursor[0],
        afterId: cursor[1],
      });
    }
    // One shape per structure of the filters (the values are parameters): its SQL is generated once.
    const shape = `directoryPage:${[args.search?.trim() ? tradesMatching(args.search).length : '-', !!args.trade, !!args.after]}`;
    const { entities, raw } = await this.shapes.getRawAndEntities<
      ObjectLiteral,
      { m_id: string; sort_key: string; total: number }
    >(shape, query);
    const pageRows = entities.slice(0, args.first) as { id: string; shop?: ShopEntity | null }[];
    const sortKeys = new Map(raw.map((r) => [r.m_id, r.sort_key]));
    const last = pageRows.at(-1);
    let totalCount = raw.length ? Number(raw[0].total) : 0;
    // Past the last page no row carries the count: nothing matched beyond the cursor.
    if (!raw.length && args.after) totalCount = await this.countOnly(count, member);
    return {
      memberships: models(pageRows),
      shops: new Map(pageRows.map((m) => [m.id, m.shop ?? null])),
      endCursor: last ? encodeCursor([sortKeys.get(last.id) ?? '', last.id]) : null,
      hasNextPage: entities.length > args.first,
      totalCount,
    };
  }

  private async countOnly(count: SelectQueryBuilder<ObjectLiteral>, member: CurrentMember): Promise<number> {
    const row = await count.setParameter('associationId', member.associationId).getRawOne<{ count: number }>();
    return Number(row?.count ?? 0);
  }
}
