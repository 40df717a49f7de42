import { SplitRuleKind } from '@assoc/projects-domain';
import { ProjectAuditEntity } from './project-audit.entity';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { ProjectEntity } from './project.entity';
import { LedgerEntryModel, ProjectAuditEntryModel, ProjectModel } from './project.models';

export function toProjectModel(p: ProjectEntity): ProjectModel {
  const rule = p.splitRule;
  return {
    id: p.id,
    title: p.title,
    description: p.description,
    category: p.category,
    status: p.status,
    splitRule: {
      kind: rule.kind,
      weights: rule.kind === SplitRuleKind.WEIGHTED ? [...rule.weights] : [],
      defaultWeight: rule.kind === SplitRuleKind.WEIGHTED ? (rule.defaultWeight ?? null) : null,
      fixed: rule.kind === SplitRuleKind.FIXED_AND_EQUAL ? [...rule.fixed] : [],
    },
    minParticipants: p.minParticipants,
    minPledgedCents: p.minPledgedCents,
    joinDeadline: p.joinDeadline,
    authorMembershipId: p.authorMembershipId,
    proposedAt: p.proposedAt,
    voteDeadline: p.voteDeadline,
    frozenAt: p.frozenAt,
    overpaymentLimitCents: p.overpaymentLimitCents ?? null,
    originLabel: p.originLabel ?? null,
    originLink: p.originLink ?? null,
    createdAt: p.createdAt,
  };
}

export function toLedgerEntryModel(e: LedgerEntryEntity): LedgerEntryModel {
  return {
    id: e.id,
    debit: e.debit,
    credit: e.credit,
    cents: e.cents,
    kind: e.kind,
    paymentMethod: e.paymentMethod,
    occurredAt: e.occurredAt,
    note: e.note,
    receiptId: e.receiptFileId,
    reverses: e.reverses,
    createdByMembershipId: e.createdByMembershipId,
    createdAt: e.createdAt,
    approval: e.approval,
    decidedByMembershipId: e.decidedByMembershipId,
    decidedAt: e.decidedAt,
    rejectionReason: e.rejectionReason,
  };
}

export function toAuditModel(a: ProjectAuditEntity): ProjectAuditEntryModel {
  return {
    id: a.id,
    actorMembershipId: a.actorMembershipId,
    action: a.action,
    before: a.before ? JSON.stringify(a.before) : null,
    after: a.after ? JSON.stringify(a.after) : null,
    createdAt: a.createdAt,
  };
}
