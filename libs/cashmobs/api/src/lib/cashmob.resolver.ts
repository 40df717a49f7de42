import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CashmobStatus, RotationShop } from '@assoc/cashmobs-domain';
import { ShopCard } from '@assoc/directory-api';
import { Allow, CurrentMember, Member, Permission, uuidArg } from '@assoc/platform-api';
import { TradeCategory } from '@assoc/directory-domain';
import { ProposeCashmobInput, UpdateCashmobInput } from './cashmob.inputs';
import {
  CashmobModel,
  CashmobReportModel,
  CashmobRotationModel,
  CashmobSettingsModel,
  SuggestedShopModel,
} from './cashmob.models';
import { CashmobsService } from './cashmobs.service';

/** Cashmobs inside the association: propose, edit, list, read, support, the rotation, the settings, the report. */
@Resolver(() => CashmobModel)
export class CashmobResolver {
  constructor(private readonly service: CashmobsService) {}

  @Allow(Permission.ViewCashmobs)
  @Query(() => [CashmobModel], { description: 'The association’s cashmobs, latest start first.' })
  async cashmobs(
    @Member() member: CurrentMember,
    @Args('status', { type: () => CashmobStatus, nullable: true }) status: CashmobStatus | null,
  ): Promise<CashmobModel[]> {
    return this.service.views(member, await this.service.list(member, status));
  }

  @Allow(Permission.ViewCashmobs)
  @Query(() => CashmobModel)
  async cashmob(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<CashmobModel> {
    return this.one(member, await this.service.get(member, id));
  }

  @Allow(Permission.ViewCashmobs)
  @Query(() => CashmobReportModel, {
    description: 'Sign-ups, check-ins, revenue, average basket and uplift; no personal data.',
  })
  async cashmobReport(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<CashmobReportModel> {
    return { cashmobId: id, ...(await this.service.report(member, id)) };
  }

  @Allow(Permission.ViewCashmobs)
  @Query(() => CashmobRotationModel, {
    description:
      'Fair rotation: shops that never had a cashmob first, then the longest since; shops that declined recently are skipped.',
  })
  async suggestedShops(@Member() member: CurrentMember): Promise<CashmobRotationModel> {
    const { rotation, shops } = await this.service.rotation(member);
    const toModel = (s: RotationShop, skippedUntil: Date | null): SuggestedShopModel => {
      const shop = shops.get(s.key) as ShopCard;
      return {
        shopId: shop.id,
        membershipId: shop.membershipId,
        name: s.name,
        trade: shop.trade,
        lastCashmobAt: s.lastCashmobAt,
        declinedAt: s.declinedAt,
        supports: s.supports,
        skippedUntil,
      };
    };
    return {
      suggested: rotation.suggested.map((s) => toModel(s, null)),
      skipped: rotation.skipped.map((s) => toModel(s.shop, s.until)),
      tradeMix: rotation.tradeMix.map((t) => ({ ...t, trade: t.trade as TradeCategory })),
    };
  }

  @Allow(Permission.ViewCashmobs)
  @Query(() => CashmobSettingsModel)
  async cashmobSettings(@Member() member: CurrentMember): Promise<CashmobSettingsModel> {
    return { leadTimeDays: await this.service.currentLeadTimeDays(member) };
  }

  @Allow(Permission.EditSettings)
  @Mutation(() => CashmobSettingsModel, {
    description: 'The president sets the minimum lead time (days between proposing and the start).',
  })
  async updateCashmobSettings(
    @Args('leadTimeDays', { type: () => Int }) leadTimeDays: number,
    @Member() member: CurrentMember,
  ): Promise<CashmobSettingsModel> {
    return { leadTimeDays: await this.service.setLeadTimeDays(member, leadTimeDays) };
  }

  @Allow(Permission.ProposeCashmob)
  @Mutation(() => CashmobModel, {
    description: 'Proposes a cashmob for a member’s shop; its owner is notified and answers.',
  })
  async proposeCashmob(
    @Args('input') input: ProposeCashmobInput,
    @Member() member: CurrentMember,
  ): Promise<CashmobModel> {
    return this.one(member, await this.service.propose(member, input));
  }

  @Allow(Permission.ProposeCashmob)
  @Mutation(() => CashmobModel, { description: 'By the organiser or the board, before the start.' })
  async updateCashmob(
    @Args('input') input: UpdateCashmobInput,
    @Member() member: CurrentMember,
  ): Promise<CashmobModel> {
    return this.one(member, await this.service.update(member, input));
  }

  @Allow(Permission.ProposeCashmob)
  @Mutation(() => CashmobModel, { description: 'One support per member; supporting twice changes nothing.' })
  async supportCashmob(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<CashmobModel> {
    return this.one(member, await this.service.support(member, id, true));
  }

  @Allow(Permission.ProposeCashmob)
  @Mutation(() => CashmobModel)
  async unsupportCashmob(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<CashmobModel> {
    return this.one(member, await this.service.support(member, id, false));
  }

  private async one(
    member: CurrentMember,
    entity: Parameters<CashmobsService['views']>[1][number],
  ): Promise<CashmobModel> {
    return (await this.service.views(member, [entity]))[0];
  }
}
