import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MembershipReads } from '@assoc/associations-api';
import { DayHours, TradeCategory } from '@assoc/directory-domain';
import type { HttpRequest } from '@assoc/platform-api';
import { DataSource, EntityManager, In } from 'typeorm';
import { memberShopsLoader } from './member-shops.loader';
import { ShopEntity } from './shop.entity';
import { ShopColumns, ShopsService, toShopModel } from './shops.service';

/** A shop as another domain shows it (plain, never `ShopEntity`). */
export interface ShopCard {
  id: string;
  membershipId: string;
  name: string;
  trade: TradeCategory;
  address: string;
  postcode: string;
  town: string;
  /** The stored logo's file name (its address: `logoPath`), or null. */
  logoFile: string | null;
}

/** A shop's public profile, as the widgets and the shop's public page show it (never a phone or a person). */
export interface PublicShop {
  id: string;
  name: string;
  trade: TradeCategory;
  address: string;
  postcode: string;
  town: string;
  description: string | null;
  website: string | null;
  logoFile: string | null;
  openingHours: DayHours[];
}

/** What `ShopReads.memberShopJson` answers for a member's shop (the columns of its GraphQL model). */
export type MemberShopJson = ShopColumns;

/** The columns a shop's GraphQL model is made of (`toShopModel`). */
const MODEL_COLUMNS: readonly (keyof ShopColumns)[] = [
  'id',
  'name',
  'trade',
  'address',
  'postcode',
  'town',
  'phone',
  'website',
  'description',
  'logoFile',
  'openingHours',
];

const CARD_COLUMNS = {
  id: true,
  membershipId: true,
  name: true,
  trade: true,
  address: true,
  postcode: true,
  town: true,
  logoFile: true,
};

function toShopCard(s: ShopEntity): ShopCard {
  return {
    id: s.id,
    membershipId: s.membershipId,
    name: s.name,
    trade: s.trade,
    address: s.address,
    postcode: s.postcode,
    town: s.town,
    logoFile: s.logoFile,
  };
}

/**
 * What other domains may ask about shops (issue 21: domains talk through services): a shop's card
 * (name, address, logo), who owns it, the shops of an association, as plain types, never `ShopEntity`;
 * a read that must stay one statement gets a SQL fragment from here instead of naming the `shops` table.
 */
@Injectable()
export class ShopReads {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly membershipReads: MembershipReads,
    private readonly shops: ShopsService,
  ) {}

  /** The names of these shops of the association, by shop id (one query; none asked, none read). */
  async names(associationId: string, shopIds: readonly string[]): Promise<Map<string, string>> {
    if (!shopIds.length) return new Map();
    const shops = await this.dataSource.manager.find(ShopEntity, {
      select: { id: true, name: true },
      where: { associationId, id: In([...new Set(shopIds)]) },
    });
    return new Map(shops.map((shop) => [shop.id, shop.name]));
  }

  /** Cards of these shops in the association, by id (a shop of another association is absent); the manager may be the caller's transaction. */
  async cards(
    associationId: string,
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, ShopCard>> {
    if (!ids.length) return new Map();
    const shops = await manager.find(ShopEntity, {
      select: CARD_COLUMNS,
      where: { associationId, id: In([...new Set(ids)]) },
    });
    return new Map(shops.map((s) => [s.id, toShopCard(s)]));
  }

  /** Cards of the association's shops whose owner is still an active member (one statement; the membership rule is associations'). */
  async activeMembersShops(associationId: string): Promise<ShopCard[]> {
    const shops = await this.dataSource.manager
      .createQueryBuilder(ShopEntity, 's')
      .select(Object.keys(CARD_COLUMNS).map((c) => `s.${c}`))
      .where('s."associationId" = :associationId', { associationId })
      .andWhere(this.membershipReads.activeSql('s."membershipId"', 's."associationId"'))
      .getMany();
    return shops.map(toShopCard);
  }

  /**
   * SQL for a read that stays one statement: a subquery answering the card of the shop `shopIdSql` in the
   * association `associationIdSql` (SQL expressions of the caller's query, or its parameters) as a JSON object, or null.
   */
  cardJson(shopIdSql: string, associationIdSql: string): string {
    return `(SELECT json_build_object('id', shop_card.id, 'membershipId', shop_card."membershipId", 'name', shop_card.name,
      'trade', shop_card.trade, 'address', shop_card.address, 'postcode', shop_card.postcode, 'town', shop_card.town,
      'logoFile', shop_card."logoFile")
      FROM shops shop_card WHERE shop_card.id = ${shopIdSql} AND shop_card."associationId" = ${associationIdSql})`;
  }

  /**
   * SQL for a read that stays one statement: a subquery answering the shop of the member `membershipIdSql` in
   * the association `associationIdSql` (SQL expressions of the caller's query, or its parameters) as a JSON
   * object, or null; give a page of them to `primeMemberShops`.
   */
  memberShopJson(membershipIdSql: string, associationIdSql: string): string {
    return `(SELECT json_build_object(${MODEL_COLUMNS.map((c) => `'${c}', member_shop."${c}"`).join(', ')})
      FROM shops member_shop WHERE member_shop."membershipId" = ${membershipIdSql}
        AND member_shop."associationId" = ${associationIdSql})`;
  }

  /**
   * Hands the members' shops a caller read with `memberShopJson` (by membership id, null: no shop) to the
   * request's loader of the `shop` field, which then answers them without a query of its own.
   */
  primeMemberShops(req: HttpRequest, associationId: string, shops: Iterable<[string, MemberShopJson | null]>): void {
    const loader = memberShopsLoader(req, this.shops, associationId);
    for (const [membershipId, shop] of shops) loader.prime(membershipId, shop && toShopModel(shop));
  }

  /**
   * SQL for a read that stays one statement: a SELECT of `PublicShop`'s columns for the shops of the
   * association `associationIdSql` whose owner is still an active member (what the public may see), to
   * use as a subquery or CTE of the caller's query.
   */
  publicShopsSql(associationIdSql: string): string {
    return `SELECT ps.id, ps.name, ps.trade, ps.address, ps.postcode, ps.town, ps.description, ps.website, ps."logoFile", ps."openingHours"
      FROM shops ps WHERE ps."associationId" = ${associationIdSql} AND ${this.membershipReads.activeSql('ps."membershipId"', 'ps."associationId"')}`;
  }

  /** What the onboarding asks of a member's shop (issue 16): is it saved (name, trade and address are required), has it a logo? */
  async shopProfileState(associationId: string, membershipId: string): Promise<{ hasShop: boolean; hasLogo: boolean }> {
    const shop = await this.dataSource.manager.findOne(ShopEntity, {
      select: { id: true, address: true, logoFile: true },
      where: { associationId, membershipId },
    });
    return { hasShop: !!shop?.address, hasLogo: !!shop?.logoFile };
  }

  /**
   * The shop of this member in the association (id and name), or null; with `lock`, its row is locked
   * for the caller's transaction (`manager`), so counts under it (a shop's products) cannot race.
   */
  async ownShop(
    associationId: string,
    membershipId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<{ id: string; name: string } | null> {
    const shop = await manager.findOne(ShopEntity, {
      select: { id: true, name: true },
      where: { associationId, membershipId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    return shop && { id: shop.id, name: shop.name };
  }

  /** The association a shop belongs to (a public page knows only the shop's id), or null for an unknown shop. */
  async associationOf(shopId: string): Promise<string | null> {
    const shop = await this.dataSource.manager.findOne(ShopEntity, {
      select: { id: true, associationId: true },
      where: { id: shopId },
    });
    return shop?.associationId ?? null;
  }

  /** Public profiles of these shops of the association, by id, whoever owns them now (one query; the manager may be the caller's transaction). */
  async publicShops(
    associationId: string,
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, PublicShop>> {
    if (!ids.length) return new Map();
    const shops = await manager.find(ShopEntity, { where: { associationId, id: In([...new Set(ids)]) } });
    return new Map(
      shops.map((s) => [
        s.id,
        {
          id: s.id,
          name: s.name,
          trade: s.trade,
          address: s.address,
          postcode: s.postcode,
          town: s.town,
          description: s.description,
          website: s.website,
          logoFile: s.logoFile,
          openingHours: s.openingHours,
        },
      ]),
    );
  }
}
