import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TRADE_CATEGORY_LABELS, TradeCategory } from '@assoc/directory-domain';
import { MembershipEntity } from '@assoc/associations-api';
import { AppError, CurrentMember, decodeCursor, encodeCursor } from '@assoc/platform-api';
import { foldForSearch } from '@assoc/shared-util';
import { isUUID } from 'class-validator';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { ShopEntity } from './shop.entity';
import { DirectoryArgs } from './shop.inputs';

export interface DirectoryPage {
  memberships: MembershipEntity[];
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

const SORT_KEY = `lower(unaccent(coalesce(s."name", u."name")))`;
const FOLD = (column: string) => `lower(unaccent(coalesce(${column}, '')))`;

/** The search and trade filters, on the aliases of one query (the page's, or its count's). */
function filter(
  query: SelectQueryBuilder<MembershipEntity>,
  args: DirectoryArgs,
  { u, s }: { u: string; s: string },
): void {
  const search = args.search?.trim();
  if (search) {
    const like = `lower(unaccent(:like))`;
    const matches = [FOLD(`${u}."name"`), FOLD(`${s}."name"`), FOLD(`${s}."town"`), FOLD(`${s}."description"`)].map(
      (f) => `${f} LIKE ${like}`,
    );
    const trades = tradesMatching(search);
    if (trades.length) matches.push(`${s}."trade"::text IN (:...trades)`);
    query.andWhere(`(${matches.join(' OR ')})`, {
      like: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      trades,
    });
  }
  if (args.trade) query.andWhere(`${s}."trade" = :trade`, { trade: args.trade });
}

/**
 * The member directory: active members of the caller's association, sorted by shop (or person) name,
 * searched accent- and case-insensitively on person, shop, town and trade, keyset-paginated.
 *
 * One statement per page: the members with their person, association and shop joined, the sort key
 * for the cursor, limit + 1 for `hasNextPage`, and the number of matching members as a scalar
 * subquery of the same statement (bounded by one association's members, not a growing table).
 */
@Injectable()
export class DirectoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(member: CurrentMember, args: DirectoryArgs): Promise<DirectoryPage> {
    const memberships = this.dataSource.getRepository(MembershipEntity);
    const count = memberships
      .createQueryBuilder('cm')
      .select('count(*)::int')
      .innerJoin('cm.user', 'cu')
      .leftJoin(ShopEntity, 'cs', 'cs.membershipId = cm.id AND cs.associationId = cm.associationId')
      .where('cm.associationId = :associationId AND cm.removedAt IS NULL');
    filter(count, args, { u: 'cu', s: 'cs' });
    const query = memberships
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.user', 'u')
      .innerJoinAndSelect('m.association', 'a')
      .leftJoinAndMapOne('m.shop', ShopEntity, 's', 's.membershipId = m.id AND s.associationId = m.associationId')
      .addSelect(SORT_KEY, 'sort_key')
      .addSelect(`(${count.getQuery()})`, 'total')
      .where('m.associationId = :associationId AND m.removedAt IS NULL', { associationId: member.associationId })
      .orderBy('sort_key', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(args.first + 1);
    filter(query, args, { u: 'u', s: 's' });
    if (args.after) {
      const cursor = decodeCursor(args.after, 2);
      if (!cursor || typeof cursor[0] !== 'string' || !isUUID(String(cursor[1])))
        throw AppError.field('after', 'invalid');
      query.andWhere(`(${SORT_KEY}, m."id") > (:afterKey, :afterId::uuid)`, {
        afterKey: cursor[0],
        afterId: cursor[1],
      });
    }
    const { entities, raw } = await query.getRawAndEntities<{ m_id: string; sort_key: string; total: number }>();
    const pageRows = entities.slice(0, args.first) as (MembershipEntity & { shop?: ShopEntity | null })[];
    const sortKeys = new Map(raw.map((r) => [r.m_id, r.sort_key]));
    const last = pageRows.at(-1);
    let totalCount = raw.length ? Number(raw[0].total) : 0;
    // Past the last page no row carries the count: nothing matched beyond the cursor.
    if (!raw.length && args.after) totalCount = await this.countOnly(count, member);
    return {
      memberships: pageRows,
      shops: new Map(pageRows.map((m) => [m.id, m.shop ?? null])),
      endCursor: last ? encodeCursor([sortKeys.get(last.id) ?? '', last.id]) : null,
      hasNextPage: entities.length > args.first,
      totalCount,
    };
  }

  private async countOnly(count: SelectQueryBuilder<MembershipEntity>, member: CurrentMember): Promise<number> {
    const row = await count.setParameter('associationId', member.associationId).getRawOne<{ count: number }>();
    return Number(row?.count ?? 0);
  }
}
