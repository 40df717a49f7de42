import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission, uuidArg } from '@assoc/platform-api';
import { ProposeOtherSlotInput, RecordCashmobResultInput } from './cashmob.inputs';
import { CashmobModel } from './cashmob.models';
import { CashmobEntity } from './cashmob.entity';
import { CashmobWorkflowService } from './cashmob-workflow.service';
import { CashmobsService } from './cashmobs.service';

/** The shop's answer, the organiser's answer to another slot, cancelling, the result. */
@Resolver(() => CashmobModel)
export class CashmobWorkflowResolver {
  constructor(
    private readonly workflow: CashmobWorkflowService,
    private readonly cashmobs: CashmobsService,
  ) {}

  @Allow(Permission.HostCashmob)
  @Mutation(() => CashmobModel, { description: 'The shop’s owner accepts: the public page opens.' })
  async acceptCashmob(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<CashmobModel> {
    return this.view(member, await this.workflow.accept(member, id));
  }

  @Allow(Permission.HostCashmob)
  @Mutation(() => CashmobModel, { description: 'The shop’s owner proposes another slot, with a message.' })
  async proposeOtherSlot(
    @Args('input') input: ProposeOtherSlotInput,
    @Member() member: CurrentMember,
  ): Promise<CashmobModel> {
    return this.view(member, await this.workflow.proposeOtherSlot(member, input));
  }

  @Allow(Permission.HostCashmob)
  @Mutation(() => CashmobModel, { description: 'The shop’s owner declines, with a message.' })
  async declineCashmob(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Args('message', { defaultValue: '' }) message: string,
    @Member() member: CurrentMember,
  ): Promise<CashmobModel> {
    return this.view(member, await this.workflow.decline(member, id, message));
  }

  @Allow(Permission.ProposeCashmob)
  @Mutation(() => CashmobModel, {
    description: 'The organiser (or the board) takes the slot the shop proposed: published.',
  })
  async acceptOtherSlot(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<CashmobModel> {
    return this.view(member, await this.workflow.acceptOtherSlot(member, id));
  }

  @Allow(Permission.ViewCashmobs)
  @Mutation(() => CashmobModel, {
    description: 'Before the start, by the organiser, the shop’s owner or the board; every sign-up is told by e-mail.',
  })
  async cancelCashmob(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Args('reason') reason: string,
    @Member() member: CurrentMember,
  ): Promise<CashmobModel> {
    return this.view(member, await this.workflow.cancel(member, id, reason));
  }

  @Allow(Permission.HostCashmob)
  @Mutation(() => CashmobModel, { description: 'The shop’s owner records sales and revenue once started: COMPLETED.' })
  async recordCashmobResult(
    @Args('input') input: RecordCashmobResultInput,
    @Member() member: CurrentMember,
  ): Promise<CashmobModel> {
    return this.view(member, await this.workflow.recordResult(member, input));
  }

  private async view(member: CurrentMember, entity: CashmobEntity): Promise<CashmobModel> {
    return (await this.cashmobs.views(member, [entity]))[0];
  }
}
