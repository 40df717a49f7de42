import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DayHours, TRADE_CATEGORY_LABELS, TradeCategory } from '@assoc/directory-domain';
import { MemberRow, MembershipModel, membersSql } from '@assoc/associations-api';
import { AppError, CurrentMember, decodeCursor, encodeCursor, queryPrepared } from '@assoc/platform-api';
import { foldForSearch } from '@assoc/shared-util';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { DirectoryArgs } from './shop.inputs';
import { ShopModel } from './shop.models';
import { toShopModel } from './shops.service';

export interface DirectoryPage {
  memberships: MembershipModel[];
  /** Each member's shop (or null), read with the page, in the order of `memberships`. */
  shops: (ShopModel | null)[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

/** Each trade with its French and English labels folded, once (a search folds only itself). */
const FOLDED_TRADE_LABELS = (
  Object.entries(TRADE_CATEGORY_LABELS) as [TradeCategory, { fr: string; en: string }][]
).map(([trade, l]) => ({ trade, fr: foldForSearch(l.fr), en: foldForSearch(l.en) }));

/** Trades whose French or English label contains the search ("boul" finds bakeries). */
export function tradesMatching(search: string): TradeCategory[] {
  const q = foldForSearch(search);
  return FOLDED_TRADE_LABELS.filter((l) => l.fr.includes(q) || l.en.includes(q)).map((l) => l.trade);
}

/**
 * `directory_entries` (a migration, kept by triggers on memberships, users and shops): per active
 * membership its sort key (shop name, else person name), its search text (person, shop, town,
 * description) and its shop's trade, folded by `directory_fold` (lower + unaccent, IMMUTABLE) and indexed.
 */
const ENTRIES = 'directory_entries';

/** A row of the page: the member's columns (associations'), the entry's sort key, the shop's, the count. */
interface PageRow extends MemberRow {
  sort_key: string;
  shop_id: string | null;
  shop_name: string;
  shop_trade: TradeCategory;
  shop_address: string;
  shop_postcode: string;
  shop_town: string;
  shop_phone: string | null;
  shop_website: string | null;
  shop_description: string | null;
  shop_logo_file: string | null;
  shop_opening_hours: DayHours[];
  total: number;
}

/**
 * The page's parameters and the SQL of its filters: `$1` is the association; the search and trade filters
 * follow, then the limit and the cursor (the count alone takes the filters' only). `key` names the SQL's
 * structure (which filters there are): the values are parameters, so the SQL is built once per key.
 */
function pageFilters(associationId: string, args: DirectoryArgs) {
  const params: unknown[] = [associationId];
  const at = (value: unknown) => `$${params.push(value)}`;
  const conditions: ((d: string) => string)[] = [(d) => `${d}."associationId" = $1`];
  const search = args.search?.trim();
  let trades: TradeCategory[] = [];
  if (search) {
    // A trigram index serves the substring search; "boul" also finds the bakeries by their trade's label.
    const like = at(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    trades = tradesMatching(search);
    const anyTrade = trades.length ? at(trades) : null;
    conditions.push(
      (d) =>
        `(${d}."search" LIKE public.directory_fold(${like})${anyTrade ? ` OR ${d}."trade"::text = ANY(${anyTrade}::text[])` : ''})`,
    );
  }
  if (args.trade) {
    const trade = at(args.trade);
    conditions.push((d) => `${d}."trade" = ${trade}`);
  }
  const filterParams = params.length;
  const limit = at(args.first + 1);
  let after = '';
  if (args.after) {
    const cursor = decodeCursor(args.after, 2);
    if (!cursor || typeof cursor[0] !== 'string' || !isUUID(String(cursor[1])))
      throw AppError.field('after', 'invalid');
    after = ` AND (d."sortKey", d."membershipId") > (${at(cursor[0])}, ${at(cursor[1])}::uuid)`;
  }
  return {
    key: `${search ? trades.length > 0 : '-'},${!!args.trade},${!!args.after}`,
    params,
    filterParams,
    where: (d: string) => conditions.map((condition) => condition(d)).join(' AND '),
    limit,
    after,
  };
}

/**
 * The member directory: active members of the caller's association, sorted by shop (or person) name,
 * searched accent- and case-insensitively on person, shop, town and trade, keyset-paginated.
 *
 * One statement per page, reading only the page: the association's `directory_entries` in index order
 * (ORDER BY sort key, membership id LIMIT first + 1 for `hasNextPage`, the cursor a row comparison on
 * the same index), each joined to its member and person (the associations domain's SQL, with the
 * association's model once per page) and its shop; the number of matching members is a scalar subquery
 * of the same statement on `directory_entries` alone (an index-only count of one association's entries,
 * not a join over growing tables). Plain SQL built once per structure of the filters, its rows mapped to
 * the models the resolvers answer (no TypeORM entities: their hydration was a tenth of the page's CPU).
 */
@Injectable()
export class DirectoryService {
  /** The members' columns and joins (the associations domain's SQL), `$1` their association. */
  private readonly members = membersSql('m', '$1');
  private readonly sql = new Map<string, { page: string; count: string }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(member: CurrentMember, args: DirectoryArgs): Promise<DirectoryPage> {
    const filters = pageFilters(member.associationId, args);
    const sql = this.sql.get(filters.key) ?? this.build(filters);
    const rows = await queryPrepared<PageRow>(this.dataSource, sql.page, filters.params);
    const pageRows = rows.slice(0, args.first);
    const last = pageRows.at(-1);
    let totalCount = rows.length ? Number(rows[0].total) : 0;
    // Past the last page no row carries the count: nothing matched beyond the cursor.
    if (!rows.length && args.after) {
      const [count] = await queryPrepared<{ count: number }>(
        this.dataSource,
        sql.count,
        filters.params.slice(0, filters.filterParams),
      );
      totalCount = Number(count?.count ?? 0);
    }
    return {
      memberships: this.members.models(pageRows, member),
      shops: pageRows.map(shopOf),
      endCursor: last ? encodeCursor([last.sort_key, last.member_id]) : null,
      hasNextPage: rows.length > args.first,
      totalCount,
    };
  }

  private build(filters: ReturnType<typeof pageFilters>): { page: string; count: string } {
    const count = `SELECT count(*)::int AS count FROM ${ENTRIES} cd WHERE ${filters.where('cd')}`;
    const page = `SELECT ${this.members.columns}, d."sortKey" AS sort_key,
        s.id AS shop_id, s.name AS shop_name, s.trade AS shop_trade, s.address AS shop_address,
        s.postcode AS shop_postcode, s.town AS shop_town, s.phone AS shop_phone, s.website AS shop_website,
        s.description AS shop_description, s."logoFile" AS shop_logo_file, s."openingHours" AS shop_opening_hours,
        (${count}) AS total
      FROM ${this.members.from}
      JOIN ${ENTRIES} d ON d."membershipId" = ${this.members.id}
      LEFT JOIN shops s ON s."membershipId" = d."membershipId" AND s."associationId" = d."associationId"
      WHERE ${this.members.where} AND ${filters.where('d')}${filters.after}
      ORDER BY d."sortKey", d."membershipId" LIMIT ${filters.limit}`;
    const sql = { page, count };
    this.sql.set(filters.key, sql);
    return sql;
  }
}

function shopOf(row: PageRow): ShopModel | null {
  return row.shop_id === null
    ? null
    : toShopModel({
        id: row.shop_id,
        name: row.shop_name,
        trade: row.shop_trade,
        address: row.shop_address,
        postcode: row.shop_postcode,
        town: row.shop_town,
        phone: row.shop_phone,
        website: row.shop_website,
        description: row.shop_description,
        logoFile: row.shop_logo_file,
        openingHours: row.shop_opening_hours,
      });
}
