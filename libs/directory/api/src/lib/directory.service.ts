import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TRADE_CATEGORY_LABELS, TradeCategory } from '@assoc/directory-domain';
import { MembershipEntity } from '@assoc/associations-api';
import { AppError, CurrentMember, decodeCursor, encodeCursor } from '@assoc/platform-api';
import { foldForSearch } from '@assoc/shared-util';
import { DataSource, In, IsNull } from 'typeorm';
import { DirectoryArgs } from './shop.inputs';

export interface DirectoryPage {
  memberships: MembershipEntity[];
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

/**
 * The member directory: active members of the caller's association, sorted by shop (or person) name,
 * searched accent- and case-insensitively on person, shop, town and trade, keyset-paginated.
 */
@Injectable()
export class DirectoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(member: CurrentMember, args: DirectoryArgs): Promise<DirectoryPage> {
    const params: unknown[] = [member.associationId];
    const where = [`m."associationId" = $1`, `m."removedAt" IS NULL`];
    const search = args.search?.trim();
    if (search) {
      params.push(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const like = `lower(unaccent($${params.length}))`;
      const matches = [FOLD('u."name"'), FOLD('s."name"'), FOLD('s."town"'), FOLD('s."description"')].map(
        (f) => `${f} LIKE ${like}`,
      );
      const trades = tradesMatching(search);
      if (trades.length) {
        params.push(trades);
        matches.push(`s."trade"::text = ANY($${params.length})`);
      }
      where.push(`(${matches.join(' OR ')})`);
    }
    if (args.trade) {
      params.push(args.trade);
      where.push(`s."trade" = $${params.length}`);
    }
    const from = `FROM memberships m JOIN users u ON u."id" = m."userId" LEFT JOIN shops s ON s."membershipId" = m."id"`;
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count ${from} WHERE ${where.join(' AND ')}`,
      params,
    );

    if (args.after) {
      const cursor = decodeCursor(args.after, 2);
      if (!cursor) throw AppError.field('after', 'invalid');
      params.push(cursor[0], cursor[1]);
      where.push(`(${SORT_KEY}, m."id") > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(args.first + 1);
    const rows: { id: string; sortKey: string }[] = await this.dataSource.query(
      `SELECT m."id" AS id, ${SORT_KEY} AS "sortKey" ${from} WHERE ${where.join(' AND ')} ORDER BY ${SORT_KEY}, m."id" LIMIT $${params.length}`,
      params,
    );
    const pageRows = rows.slice(0, args.first);
    const loaded = await this.dataSource.getRepository(MembershipEntity).find({
      where: { id: In(pageRows.map((r) => r.id)), removedAt: IsNull() },
      relations: { user: true, association: true },
    });
    const byId = new Map(loaded.map((m) => [m.id, m]));
    const last = pageRows.at(-1);
    return {
      memberships: pageRows.map((r) => byId.get(r.id)).filter((m): m is MembershipEntity => !!m),
      endCursor: last ? encodeCursor([last.sortKey, last.id]) : null,
      hasNextPage: rows.length > args.first,
      totalCount: count,
    };
  }
}
