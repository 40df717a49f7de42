import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Allow, CurrentMember, HttpRequest, Member, Permission, requestLoader, uuidArg } from '@assoc/platform-api';
import { DataSource } from 'typeorm';
import {
  ApproveExpenseInput,
  RecordContributionInput,
  RejectExpenseInput,
  RecordExpenseInput,
  RecordRefundInput,
  ReverseLedgerEntryInput,
  SetOverpaymentLimitInput,
} from './ledger.inputs';
import { LedgerService, LedgerView, moneyOf } from './ledger.service';
import { ProjectAccess } from './project-access.service';
import { ProjectAuditService } from './project-audit.service';
import { toAuditModel, toLedgerEntryModel, toProjectModel } from './project.mapper';
import {
  LedgerEntryModel,
  ProjectAuditEntryModel,
  ProjectBalancesModel,
  ProjectModel,
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

  @Allow(Permission.ApproveExpenses)
  @Mutation(() => LedgerEntryModel, {
    description:
      'The second signature: another board member than the one who recorded it approves a pending expense, which then counts; approving again changes nothing.',
  })
  async approveExpense(
    @Args('input') input: ApproveExpenseInput,
    @Member() member: CurrentMember,
  ): Promise<LedgerEntryModel> {
    return toLedgerEntryModel(await this.service.approveExpense(member, input));
  }

  @Allow(Permission.ApproveExpenses)
  @Mutation(() => LedgerEntryModel, {
    description:
      'The second board member refuses a pending expense, saying why: it stays in the ledger, never counted.',
  })
  async rejectExpense(
    @Args('input') input: RejectExpenseInput,
    @Member() member: CurrentMember,
  ): Promise<LedgerEntryModel> {
    return toLedgerEntryModel(await this.service.rejectExpense(member, input));
  }

  @Allow(Permission.ManageProjects)
  @Mutation(() => ProjectModel, {
    description: 'The board raises or lifts (null) how far a contribution may go beyond what its participant owes.',
  })
  async setProjectOverpaymentLimit(
    @Args('input') input: SetOverpaymentLimitInput,
    @Member() member: CurrentMember,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.service.setOverpaymentLimit(member, input.projectId, input.limitCents ?? null));
  }

  @Allow(Permission.ViewProjects)
  @Query(() => [LedgerEntryModel], { description: 'Oldest first.' })
  async ledger(
    @Args('projectId', { type: () => ID }, uuidArg('projectId')) projectId: string,
    @Member() member: CurrentMember,
    @Context('req') req: HttpRequest,
  ): Promise<LedgerEntryModel[]> {
    return (await this.view(req, member, projectId)).entries.map(toLedgerEntryModel);
  }

  @Allow(Permission.ViewProjects)
  @Query(() => ProjectBalancesModel)
  async balances(
    @Args('projectId', { type: () => ID }, uuidArg('projectId')) projectId: string,
    @Member() member: CurrentMember,
    @Context('req') req: HttpRequest,
  ): Promise<ProjectBalancesModel> {
    return moneyOf(await this.view(req, member, projectId));
  }

  @Allow(Permission.ViewProjects)
  @Query(() => [SettlementTransferModel], {
    description: 'The transfers of `balances` (the same model): they bring every balance shown to zero.',
  })
  async settlement(
    @Args('projectId', { type: () => ID }, uuidArg('projectId')) projectId: string,
    @Member() member: CurrentMember,
    @Context('req') req: HttpRequest,
  ): Promise<SettlementTransferModel[]> {
    return moneyOf(await this.view(req, member, projectId)).transfers;
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

  /** The ledger, balances and settle-up of one request share one read of the project's ledger and shares. */
  private view(req: HttpRequest, member: CurrentMember, projectId: string): Promise<LedgerView> {
    return requestLoader<string, LedgerView>(
      req,
      'projectLedgerViews',
      // DataLoader rejects only the key whose value is an Error (one project not visible is NOT_FOUND for itself).
      (ids) =>
        Promise.all(ids.map((id) => this.service.view(member, id).catch((error: Error) => error))) as Promise<
          LedgerView[]
        >,
    ).load(projectId);
  }
}
