import { ProjectCategory, ProjectStatus, SplitRule, TaskKind } from '@assoc/projects-domain';
import { EntityManager } from 'typeorm';
import { BudgetLineEntity } from './budget-line.entity';
import { ProjectConsultantEntity } from './project-consultant.entity';
import { ProjectTaskEntity } from './project-task.entity';
import { ProjectEntity } from './project.entity';

/** A demo draft project, its budget lines (positioned in order), tasks and consultant. */
export interface DemoDraftProject {
  associationId: string;
  title: string;
  description: string;
  category: ProjectCategory;
  splitRule: SplitRule;
  minParticipants: number | null;
  minPledgedCents: number | null;
  joinDeadline: Date | null;
  authorMembershipId: string;
  budgetLines: {
    label: string;
    supplier: string | null;
    quantity: number;
    unitPriceCents: number;
    vatRateBp: number;
    soloPriceCents: number | null;
  }[];
  tasks: {
    kind: TaskKind;
    title: string;
    notes: string;
    dueDate: string | null;
    assigneeMembershipId: string | null;
    createdByMembershipId: string;
  }[];
  consultantMembershipId: string;
}

/** How the demo association's projects are written (the API's demo seeder orchestrates, inside its transaction). */
export const ProjectsDemo = {
  /** Creates the draft project with its budget, tasks and consultant; answers the project's id. */
  async addDraft(manager: EntityManager, draft: DemoDraftProject): Promise<string> {
    const { associationId, budgetLines, tasks, consultantMembershipId, ...fields } = draft;
    const project = await manager.save(
      manager.create(ProjectEntity, { associationId, ...fields, status: ProjectStatus.DRAFT }),
    );
    await manager.insert(
      BudgetLineEntity,
      budgetLines.map((line, position) => ({ associationId, projectId: project.id, position, ...line })),
    );
    await manager.insert(
      ProjectTaskEntity,
      tasks.map((task) => ({ associationId, projectId: project.id, ...task })),
    );
    await manager.insert(ProjectConsultantEntity, {
      associationId,
      projectId: project.id,
      membershipId: consultantMembershipId,
    });
    return project.id;
  },

  /**
   * A past project, voted (quorum reached), frozen and active, split equally: its one budget line and the
   * members who joined it with their share. Answers the project's id.
   */
  async addFunded(
    manager: EntityManager,
    project: {
      associationId: string;
      title: string;
      description: string;
      category: ProjectCategory;
      authorMembershipId: string;
      proposedAt: Date;
      voteDeadline: Date;
      votes: { for: number; against: number; abstain: number; memberCount: number };
      frozenAt: Date;
      createdAt: Date;
      budgetLine: {
        label: string;
        supplier: string;
        quantity: number;
        unitPriceCents: number;
        vatRateBp: number;
        soloPriceCents: number;
      };
      participants: { membershipId: string; shareCents: number; createdAt: Date }[];
    },
  ): Promise<string> {
    const p = project;
    const [{ id: projectId }] = await manager.query(
      `INSERT INTO projects ("associationId", title, description, category, status, "splitRule", "authorMembershipId", "proposedAt", "voteDeadline", "voteClosedAt", "votesFor", "votesAgainst", "votesAbstain", "voteMemberCount", "quorumReached", "joinDeadline", "frozenAt", "createdAt")
     VALUES ($1, $7, $8, $9, 'ACTIVE', '{"kind":"EQUAL"}', $2, $3, $4, $4, $10, $11, $12, $13, true, $5, $5, $6) RETURNING id`,
      [
        p.associationId,
        p.authorMembershipId,
        p.proposedAt,
        p.voteDeadline,
        p.frozenAt,
        p.createdAt,
        p.title,
        p.description,
        p.category,
        p.votes.for,
        p.votes.against,
        p.votes.abstain,
        p.votes.memberCount,
      ],
    );
    const line = p.budgetLine;
    await manager.query(
      `INSERT INTO project_budget_lines ("associationId", "projectId", position, label, supplier, quantity, "unitPriceCents", "vatRateBp", "soloPriceCents") VALUES ($1, $2, 0, $3, $4, $5, $6, $7, $8)`,
      [
        p.associationId,
        projectId,
        line.label,
        line.supplier,
        line.quantity,
        line.unitPriceCents,
        line.vatRateBp,
        line.soloPriceCents,
      ],
    );
    for (const participant of p.participants) {
      await manager.query(
        `INSERT INTO project_participants ("associationId", "projectId", "membershipId", "shareCents", "createdAt") VALUES ($1, $2, $3, $4, $5)`,
        [p.associationId, projectId, participant.membershipId, participant.shareCents, participant.createdAt],
      );
    }
    return projectId;
  },
};
