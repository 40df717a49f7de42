import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Allow, CurrentMember, Member, Permission, uuidArg } from '@assoc/platform-api';
import { DataSource } from 'typeorm';
import {
  RecordContributionInput,
  RecordExpenseInput,
  RecordRefundInput,
  ReverseLedgerEntryInput,
} from './ledger.inputs';
import { LedgerService } from './ledger.service';
import { ProjectAccess } from './project-access.service';
import { ProjectAuditService } from './project-audit.service';
import { toAuditModel, toLedgerEntryModel } from './project.mapper';
import {
  LedgerEntryModel,
  ProjectAuditEntryModel,
  ProjectBalancesModel,
  SettlementTransferModel,
} from './project.models';

/** The project's ledger, balances, settle-up and audit trail. */
@Resolver()
export class LedgerResolver {
  constructor(
    private readonly service: LedgerService,
    private readonly audit: ProjectAuditService,
    private readonly access: ProjectAccess,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Allow(Permission.RecordMoney)
  @Mutation(() => LedgerEntryModel, {
    description: 'A participant paid into the project (debit project:cash, credit the participant).',
  })
  async recordContribution(
    @Args('input') input: RecordContributionInput,
    @Member() member: CurrentMember,
  ): Promise<LedgerEntryModel> {
    return toLedgerEntryModel(await this.service.contribution(member, input));
  }

  @Allow(Permission.RecordMoney)
  @Mutation(() => LedgerEntryModel, { description: 'The project (or a participant for it) paid a supplier.' })
  async recordExpense(
    @Args('input') input: RecordExpenseInput,
    @Member() member: CurrentMember,
  ): Promise<LedgerEntryModel> {
    return toLedgerEntryModel(await this.service.expense(member, input));
  }

  @Allow(Permission.RecordMoney)
  @Mutation(() => LedgerEntryModel, {
    description: 'The project refunds a participant, or a supplier refunds the project.',
  })
  async recordRefund(
    @Args('input') input: RecordRefundInput,
    @Member() member: CurrentMember,
  ): Promise<LedgerEntryModel> {
    return toLedgerEntryModel(await this.service.refund(member, input));
  }

  @Allow(Permission.RecordMoney)
  @Mutation(() => LedgerEntryModel, { description: 'A correction: a new entry reversing another, never an edit.' })
  async reverseLedgerEntry(
    @Args('input') input: ReverseLedgerEntryInput,
    @Member() member: CurrentMember,
  ): Promise<LedgerEntryModel> {
    return toLedgerEntryModel(await this.service.reverse(member, input));
  }

  @Allow(Permission.ViewProjects)
  @Query(() => [LedgerEntryModel], { description: 'Oldest first.' })
  async ledger(
    @Args('projectId', { type: () => ID }, uuidArg('projectId')) projectId: string,
    @Member() member: CurrentMember,
  ): Promise<LedgerEntryModel[]> {
    return (await this.service.entries(member, projectId)).map(toLedgerEntryModel);
  }

  @Allow(Permission.ViewProjects)
  @Query(() => ProjectBalancesModel)
  balances(
    @Args('projectId', { type: () => ID }, uuidArg('projectId')) projectId: string,
    @Member() member: CurrentMember,
  ): Promise<ProjectBalancesModel> {
    return this.service.balances(member, projectId);
  }

  @Allow(Permission.ViewProjects)
  @Query(() => [SettlementTransferModel], {
    description: 'The fewest transfers (at most N − 1) that settle everyone up.',
  })
  settlement(
    @Args('projectId', { type: () => ID }, uuidArg('projectId')) projectId: string,
    @Member() member: CurrentMember,
  ): Promise<SettlementTransferModel[]> {
    return this.service.settlement(member, projectId);
  }

  @Allow(Permission.ViewAudit)
  @Query(() => [ProjectAuditEntryModel], { description: 'Every status and money change, oldest first.' })
  async projectAudit(
    @Args('projectId', { type: () => ID }, uuidArg('projectId')) projectId: string,
    @Member() member: CurrentMember,
  ): Promise<ProjectAuditEntryModel[]> {
    await this.access.get(this.dataSource.manager, member, projectId);
    return (await this.audit.list(this.dataSource.manager, member, projectId)).map(toAuditModel);
  }
}
