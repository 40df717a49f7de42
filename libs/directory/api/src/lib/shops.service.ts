import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { normalizeOpeningHours, openingHoursProblems } from '@assoc/directory-domain';
import { AppError, CurrentMember } from '@assoc/platform-api';
import { EntityManager, In, Repository } from 'typeorm';
import { MembershipReads } from '@assoc/associations-api';
import { ShopModel } from './shop.models';
import { UpdateMyShopInput } from './shop.inputs';
import { ShopEntity } from './shop.entity';
import { logoPath } from './logo-storage';

/** The columns a shop's model is made of (an entity, or a row of a raw read). */
export type ShopColumns = Pick<
  ShopEntity,
  | 'id'
  | 'name'
  | 'trade'
  | 'address'
  | 'postcode'
  | 'town'
  | 'phone'
  | 'website'
  | 'description'
  | 'logoFile'
  | 'openingHours'
>;

export function toShopModel(shop: ShopColumns): ShopModel {
  return {
    id: shop.id,
    name: shop.name,
    trade: shop.trade,
    address: shop.address,
    postcode: shop.postcode,
    town: shop.town,
    phone: shop.phone,
    website: shop.website,
    description: shop.description,
    logoUrl: logoPath(shop.logoFile),
    openingHours: shop.openingHours,
  };
}

/** Members' shop profiles. */
@Injectable()
export class ShopsService {
  constructor(
    @InjectRepository(ShopEntity) private readonly shops: Repository<ShopEntity>,
    private readonly membershipReads: MembershipReads,
  ) {}

  mine(member: CurrentMember): Promise<ShopEntity | null> {
    return this.shops.findOne({ where: { membershipId: member.membershipId, associationId: member.associationId } });
  }

  /** Shops of these memberships, all in one association, in the order asked (null where none). */
  async byMemberships(associationId: string, membershipIds: readonly string[]): Promise<(ShopEntity | null)[]> {
    const found = await this.shops.find({ where: { associationId, membershipId: In([...membershipIds]) } });
    const byMembership = new Map(found.map((s) => [s.membershipId, s]));
    return membershipIds.map((id) => byMembership.get(id) ?? null);
  }

  /** Creates or replaces the caller's shop profile (one row per membership, upserted atomically). */
  async updateMine(member: CurrentMember, input: UpdateMyShopInput): Promise<ShopEntity> {
    const problems = openingHoursProblems(input.openingHours);
    if (problems.length)
      throw AppError.input(problems.map((p) => ({ field: `openingHours.${p.path}`, reason: p.reason })));
    const clean = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
    await this.asActiveMember(member, (manager) =>
      manager.upsert(
        ShopEntity,
        {
          associationId: member.associationId,
          membershipId: member.membershipId,
          name: input.name.trim(),
          trade: input.trade,
          address: input.address.trim(),
          postcode: input.postcode,
          town: input.town.trim(),
          phone: clean(input.phone),
          website: clean(input.website),
          description: clean(input.description),
          openingHours: normalizeOpeningHours(input.openingHours),
        },
        { conflictPaths: ['membershipId'] },
      ),
    );
    return (await this.mine(member)) as ShopEntity;
  }

  async setLogo(member: CurrentMember, logoFile: string): Promise<ShopEntity> {
    const shop = await this.mine(member);
    if (!shop) throw AppError.field('logo', 'shopFirst');
    await this.asActiveMember(member, (manager) => manager.update(ShopEntity, shop.id, { logoFile }));
    return { ...shop, logoFile };
  }

  /**
   * Writes the member's shop with their membership locked FOR SHARE: a write racing the closing of their account
   * lands before its erasure (which locks the row FOR UPDATE) or finds the membership ended and is refused (issue 25).
   */
  private async asActiveMember(member: CurrentMember, write: (manager: EntityManager) => Promise<unknown>) {
    await this.shops.manager.transaction(async (manager) => {
      if (!(await this.membershipReads.lockActiveMember(manager, member))) throw AppError.forbidden();
      await write(manager);
    });
  }
}
