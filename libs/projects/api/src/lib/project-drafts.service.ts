import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProjectCategory, ProjectStatus, SplitRuleKind } from '@assoc/projects-domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { ProjectEntity } from './project.entity';
import { newDraft } from './new-draft';

/** Where a project came from (issue 17: an idea of the ideas box): a label and a link shown on its page. */
export interface ProjectOrigin {
  label: string;
  link: string;
}

/** What another domain may read of a project it started. */
export interface ProjectProgress {
  id: string;
  title: string;
  status: ProjectStatus;
}

/**
 * Projects other domains start (issue 17: an accepted idea becomes a joint project in one click) and read
 * back: a DRAFT with no budget line, the equal split, authored by the member who clicked, whom the usual
 * draft pages then let complete it. Written in the caller's transaction.
 */
@Injectable()
export class ProjectDrafts {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A new draft. `createdAt` is for seeding only (the demo dates its project from the idea's adoption, days
   * ago); left out, the draft is dated by the database's now, as every draft a member starts.
   */
  async create(
    manager: EntityManager,
    associationId: string,
    draft: { authorMembershipId: string; title: string; description: string; origin: ProjectOrigin; createdAt?: Date },
  ): Promise<ProjectProgress> {
    const project = await manager.save(
      manager.create(ProjectEntity, {
        ...newDraft({
          associationId,
          title: draft.title.trim(),
          description: draft.description.trim(),
          category: ProjectCategory.OTHER,
          splitRule: { kind: SplitRuleKind.EQUAL },
          authorMembershipId: draft.authorMembershipId,
          originLabel: draft.origin.label,
          originLink: draft.origin.link,
        }),
        ...(draft.createdAt ? { createdAt: draft.createdAt } : {}),
      }),
    );
    return { id: project.id, title: project.title, status: project.status };
  }

  /** These projects of the association (title and status), by id; others' ids are absent. */
  async progress(associationId: string, ids: readonly string[]): Promise<Map<string, ProjectProgress>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.manager.find(ProjectEntity, {
      select: { id: true, title: true, status: true },
      where: { associationId, id: In([...new Set(ids)]) },
    });
    return new Map(rows.map((p) => [p.id, { id: p.id, title: p.title, status: p.status }]));
  }
}
