import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Clock, CurrentMember, Member, Permission, uuidArg } from '@assoc/platform-api';
import { CampaignResultsService } from './campaign-results.service';
import { toCampaignModel } from './campaign.mapper';
import { CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs';
import { CampaignModel, CampaignResultsModel } from './campaign.models';
import { CampaignsService } from './campaigns.service';

/** Campaigns inside the association: list, read, draft, edit, publish, cancel, results. */
@Resolver(() => CampaignModel)
export class CampaignResolver {
  constructor(
    private readonly service: CampaignsService,
    private readonly results: CampaignResultsService,
    private readonly clock: Clock,
  ) {}

  @Allow(Permission.ViewCampaigns)
  @Query(() => [CampaignModel], {
    description: 'The association’s campaigns, latest start first (drafts for the president and board only).',
  })
  async campaigns(@Member() member: CurrentMember): Promise<CampaignModel[]> {
    const now = this.clock.now();
    return (await this.service.list(member)).map((c) => toCampaignModel(c, now));
  }

  @Allow(Permission.ViewCampaigns)
  @Query(() => CampaignModel)
  async campaign(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<CampaignModel> {
    return toCampaignModel(await this.service.get(member, id), this.clock.now());
  }

  @Allow(Permission.ViewCampaigns)
  @Query(() => CampaignResultsModel, {
    description: 'Claimed, redeemed and baskets by shop and day; a member sees their own shop only.',
  })
  campaignResults(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<CampaignResultsModel> {
    return this.results.results(member, id);
  }

  @Allow(Permission.ManageCampaigns)
  @Mutation(() => CampaignModel, { description: 'A draft, seen only by the president and board.' })
  async createCampaign(
    @Args('input') input: CreateCampaignInput,
    @Member() member: CurrentMember,
  ): Promise<CampaignModel> {
    return toCampaignModel(await this.service.create(member, input), this.clock.now());
  }

  @Allow(Permission.ManageCampaigns)
  @Mutation(() => CampaignModel, { description: 'Only while a draft.' })
  async updateCampaign(
    @Args('input') input: UpdateCampaignInput,
    @Member() member: CurrentMember,
  ): Promise<CampaignModel> {
    return toCampaignModel(await this.service.update(member, input), this.clock.now());
  }

  @Allow(Permission.ManageCampaigns)
  @Mutation(() => CampaignModel, {
    description: 'Opens enrolment to the shops until the deadline; the rest follows the clock.',
  })
  async publishCampaign(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<CampaignModel> {
    return toCampaignModel(await this.service.publish(member, id), this.clock.now());
  }

  @Allow(Permission.ManageCampaigns)
  @Mutation(() => CampaignModel, {
    description: 'Before it finishes, with a reason; the public page and every code stop.',
  })
  async cancelCampaign(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Args('reason') reason: string,
    @Member() member: CurrentMember,
  ): Promise<CampaignModel> {
    return toCampaignModel(await this.service.cancel(member, id, reason), this.clock.now());
  }
}
