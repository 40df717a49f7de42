import { BudgetLineEntity } from './budget-line.entity';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { ProjectAuditEntity } from './project-audit.entity';
import { ProjectCommentEntity } from './project-comment.entity';
import { ProjectConsultantEntity } from './project-consultant.entity';
import { ProjectFileEntity } from './project-file.entity';
import { ProjectParticipantEntity } from './project-participant.entity';
import { ProjectTaskEntity } from './project-task.entity';
import { ProjectVoteEntity } from './project-vote.entity';
import { ProjectEntity } from './project.entity';

/**
 * The tables this library owns (the projects domain): its module registers them with TypeORM,
 * and apps/api composes every library's list for the TypeORM CLI, the tests and the running API.
 */
export const PROJECTS_ENTITIES = [
  ProjectEntity,
  ProjectConsultantEntity,
  BudgetLineEntity,
  ProjectFileEntity,
  ProjectVoteEntity,
  ProjectCommentEntity,
  ProjectParticipantEntity,
  LedgerEntryEntity,
  ProjectAuditEntity,
  ProjectTaskEntity,
];
