import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@assoc/platform-api';
import {
  LedgerApproval,
  LedgerEntryKind,
  MoneyBasis,
  PaymentMethod,
  ProjectCategory,
  ProjectStatus,
  SplitRuleKind,
  VoteChoice,
} from '@assoc/projects-domain';
import { ProjectFileKind } from './project-file.entity';

registerEnumType(ProjectStatus, { name: 'ProjectStatus' });
registerEnumType(VoteChoice, { name: 'VoteChoice' });
registerEnumType(LedgerEntryKind, { name: 'LedgerEntryKind' });
registerEnumType(LedgerApproval, {
  name: 'LedgerApproval',
  description: 'APPROVED counts in balances; PENDING awaits a second board member; REJECTED was refused by them.',
});
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });
registerEnumType(ProjectFileKind, { name: 'ProjectFileKind' });

@ObjectType('BudgetLine')
export class BudgetLineModel {
  @Field(() => ID) id!: string;
  @Field() label!: string;
  @Field(() => String, { nullable: true }) supplier!: string | null;
  @Field(() => Int) quantity!: number;
  @Field(() => Float) unitPriceCents!: number;
  @Field(() => Int) vatRateBp!: number;
  @Field(() => Float, { nullable: true }) soloPriceCents!: number | null;
  @Field(() => Float) excludingVatCents!: number;
  @Field(() => Float) vatCents!: number;
  @Field(() => Float) includingVatCents!: number;
}

@ObjectType('VatRateTotal')
export class VatRateTotalModel {
  @Field(() => Int) vatRateBp!: number;
  @Field(() => Float) excludingVatCents!: number;
  @Field(() => Float) vatCents!: number;
}

@ObjectType('BudgetTotals')
export class BudgetTotalsModel {
  @Field(() => Float) excludingVatCents!: number;
  @Field(() => Float) vatCents!: number;
  @Field(() => Float) includingVatCents!: number;
  @Field(() => [VatRateTotalModel]) byVatRate!: VatRateTotalModel[];
  @Field(() => Float, { description: 'What one shop alone would pay for the lines that have a solo price.' })
  soloTotalCents!: number;
}

@ObjectType('ParticipantWeight')
export class ParticipantWeightModel {
  @Field(() => ID) membershipId!: string;
  @Field(() => Float) weight!: number;
}

@ObjectType('ParticipantFixedAmount')
export class ParticipantFixedAmountModel {
  @Field(() => ID) membershipId!: string;
  @Field(() => Float) cents!: number;
}

@ObjectType('SplitRule')
export class SplitRuleModel {
  @Field(() => SplitRuleKind) kind!: SplitRuleKind;
  @Field(() => [ParticipantWeightModel]) weights!: ParticipantWeightModel[];
  @Field(() => Float, { nullable: true }) defaultWeight!: number | null;
  @Field(() => [ParticipantFixedAmountModel]) fixed!: ParticipantFixedAmountModel[];
}

@ObjectType('VoteResult')
export class VoteResultModel {
  @Field(() => Int) for!: number;
  @Field(() => Int) against!: number;
  @Field(() => Int) abstain!: number;
  @Field(() => Int, { description: 'Members who could vote (at closing, when closed).' }) memberCount!: number;
  @Field() quorumReached!: boolean;
  @Field() approved!: boolean;
  @Field({ description: 'The remaining voters can no longer change the outcome.' }) decided!: boolean;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
}

@ObjectType('ProjectShare')
export class ProjectShareModel {
  @Field(() => ID) membershipId!: string;
  @Field(() => Float) cents!: number;
  @Field(() => Float, { description: 'Solo prices minus the share (may be negative).' }) savingCents!: number;
  @Field({ description: 'False once the project is funded and the share is frozen.' }) live!: boolean;
}

@ObjectType('ProjectFile')
export class ProjectFileModel {
  @Field(() => ID) id!: string;
  @Field(() => ProjectFileKind) kind!: ProjectFileKind;
  @Field() mimeType!: string;
  @Field(() => Int) size!: number;
  @Field({ description: 'Download address (same access as the project).' }) url!: string;
}

@ObjectType('Project')
export class ProjectModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => ProjectCategory) category!: ProjectCategory;
  @Field(() => ProjectStatus) status!: ProjectStatus;
  @Field(() => SplitRuleModel) splitRule!: SplitRuleModel;
  @Field(() => Int, { nullable: true }) minParticipants!: number | null;
  @Field(() => Float, { nullable: true }) minPledgedCents!: number | null;
  @Field(() => Date, { nullable: true }) joinDeadline!: Date | null;
  @Field(() => ID) authorMembershipId!: string;
  @Field(() => Date, { nullable: true }) proposedAt!: Date | null;
  @Field(() => Date, { nullable: true }) voteDeadline!: Date | null;
  @Field(() => Date, { nullable: true }) frozenAt!: Date | null;
  @Field(() => Float, {
    nullable: true,
    description: 'How far a contribution may go beyond what its participant still owes (cents); null: no limit.',
  })
  overpaymentLimitCents!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where it came from (issue 17): the idea of the ideas box it was born from, with originLink.',
  })
  originLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'The address of its origin (an idea page).' })
  originLink!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('ProjectConnection')
export class ProjectConnectionModel {
  @Field(() => [ProjectModel]) nodes!: ProjectModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('ProjectComment')
export class ProjectCommentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) authorMembershipId!: string;
  @Field() text!: string;
  @Field() createdAt!: Date;
}

@ObjectType('LedgerEntry')
export class LedgerEntryModel {
  @Field(() => ID) id!: string;
  @Field() debit!: string;
  @Field() credit!: string;
  @Field(() => Float) cents!: number;
  @Field(() => LedgerEntryKind) kind!: LedgerEntryKind;
  @Field(() => PaymentMethod, { nullable: true }) paymentMethod!: PaymentMethod | null;
  @Field() occurredAt!: Date;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => ID, { nullable: true }) receiptId!: string | null;
  @Field(() => ID, { nullable: true }) reverses!: string | null;
  @Field(() => ID) createdByMembershipId!: string;
  @Field() createdAt!: Date;
  @Field(() => LedgerApproval, { description: 'Two signatures: only APPROVED entries count in the balances.' })
  approval!: LedgerApproval;
  @Field(() => ID, { nullable: true, description: 'The second board member who approved or rejected it.' })
  decidedByMembershipId!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
}

@ObjectType('ParticipantBalance')
export class ParticipantBalanceModel {
  @Field(() => ID) membershipId!: string;
  @Field(() => Float) paidCents!: number;
  @Field(() => Float) owedCents!: number;
  @Field(() => Float) balanceCents!: number;
}

@ObjectType('SettlementTransfer')
export class SettlementTransferModel {
  @Field({ description: 'A membership id, or project:cash.' }) from!: string;
  @Field() to!: string;
  @Field(() => Float) cents!: number;
}

registerEnumType(MoneyBasis, {
  name: 'MoneyBasis',
  description:
    'BUDGET: against the shares frozen at funding (until closing); SPENT: recomputed on what was spent (closed).',
});

@ObjectType('ProjectBalances', {
  description: 'The one money model: balances on one basis and the transfers that bring every one of them to zero.',
})
export class ProjectBalancesModel {
  @Field(() => MoneyBasis) basis!: MoneyBasis;
  @Field(() => [ParticipantBalanceModel], { description: 'owedCents is the share on the basis.' })
  participants!: ParticipantBalanceModel[];
  @Field(() => Float, {
    description: 'The project’s balance beside the participants’ (positive: still to collect; negative: to hand out).',
  })
  projectBalanceCents!: number;
  @Field(() => Float, { description: 'The sum of the shares on the basis (the budget, or what was spent).' })
  sharesTotalCents!: number;
  @Field(() => Float) cashCents!: number;
  @Field(() => Float) expensesCents!: number;
  @Field(() => [SettlementTransferModel]) transfers!: SettlementTransferModel[];
  @Field(() => Float, {
    description: 'Expenses awaiting a second signature: shown beside the balances, not counted in them.',
  })
  pendingCents!: number;
}

@ObjectType('ProjectAuditEntry')
export class ProjectAuditEntryModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) actorMembershipId!: string | null;
  @Field() action!: string;
  @Field(() => String, { nullable: true, description: 'JSON summary before the change.' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON summary after the change.' }) after!: string | null;
  @Field() createdAt!: Date;
}
