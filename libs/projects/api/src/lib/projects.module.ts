import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { NotificationsModule } from '@assoc/notifications-api';
import { FilesModule } from '@assoc/platform-api';
import { BudgetLineEntity } from './budget-line.entity';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { LedgerResolver } from './ledger.resolver';
import { LedgerService } from './ledger.service';
import { ProjectAccess } from './project-access.service';
import { ProjectAuditEntity } from './project-audit.entity';
import { ProjectAuditService } from './project-audit.service';
import { ProjectCommentEntity } from './project-comment.entity';
import { ProjectConsultantEntity } from './project-consultant.entity';
import { ProjectDeadlinesService } from './project-deadlines.service';
import { ProjectFileStorage } from './project-file-storage';
import { ProjectFileEntity } from './project-file.entity';
import { ProjectFilesController } from './project-files.controller';
import { ProjectLifecycleService } from './project-lifecycle.service';
import { ProjectNotifier } from './project-notifier.service';
import { ProjectParticipantEntity } from './project-participant.entity';
import { ProjectParticipationService } from './project-participation.service';
import { ProjectTaskEntity } from './project-task.entity';
import { ProjectTaskResolver } from './project-task.resolver';
import { ProjectTasksService } from './project-tasks.service';
import { ProjectResolver } from './project.resolver';
import { ProjectSharesService } from './project-shares.service';
import { ProjectStatusService } from './project-status.service';
import { ProjectVoteEntity } from './project-vote.entity';
import { ProjectVotesService } from './project-votes.service';
import { ProjectWorkflowResolver } from './project-workflow.resolver';
import { ProjectEntity } from './project.entity';
import { ProjectsService } from './projects.service';
import { ProjectsImpactResolver } from './projects-impact.resolver';
import { ProjectsImpactService } from './projects-impact.service';

/** Joint projects that pool costs: draft, vote, opt-in, funding, ledger, settle-up, audit, tasks and milestones. */
@Module({
  imports: [
    AssociationsModule,
    NotificationsModule,
    FilesModule,
    TypeOrmModule.forFeature([
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
    ]),
  ],
  controllers: [ProjectFilesController],
  providers: [
    ProjectAccess,
    ProjectAuditService,
    ProjectNotifier,
    ProjectStatusService,
    ProjectFileStorage,
    ProjectsService,
    ProjectSharesService,
    ProjectVotesService,
    ProjectParticipationService,
    ProjectLifecycleService,
    ProjectDeadlinesService,
    LedgerService,
    ProjectTasksService,
    ProjectsImpactService,
    ProjectResolver,
    ProjectTaskResolver,
    ProjectsImpactResolver,
    ProjectWorkflowResolver,
    LedgerResolver,
  ],
  exports: [ProjectDeadlinesService, ProjectsImpactService, ProjectTasksService],
})
export class ProjectsModule {}
