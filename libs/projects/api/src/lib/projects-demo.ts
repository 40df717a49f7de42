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
};
