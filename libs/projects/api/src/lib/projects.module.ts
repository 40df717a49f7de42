import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { NotificationsModule } from '@assoc/notifications-api';
import { FilesModule } from '@assoc/platform-api';
import { LedgerResolver } from './ledger.resolver';
import { LedgerService } from './ledger.service';
import { ProjectAccess } from './project-access.service';
import { ProjectAuditService } from './project-audit.service';
import { ProjectDeadlinesService } from './project-deadlines.service';
import { ProjectDrafts } from './project-drafts.service';
import { ProjectFileStorage } from './project-file-storage';
import { ProjectFilesController } from './project-files.controller';
import { ProjectLifecycleService } from './project-lifecycle.service';
import { ProjectNotifier } from './project-notifier.service';
import { ProjectParticipationService } from './project-participation.service';
import { ProjectTaskResolver } from './project-task.resolver';
import { ProjectTasksService } from './project-tasks.service';
import { ProjectResolver } from './project.resolver';
import { ProjectSharesService } from './project-shares.service';
import { ProjectStatusService } from './project-status.service';
import { ProjectVotesService } from './project-votes.service';
import { ProjectWorkflowResolver } from './project-workflow.resolver';
import { ProjectsService } from './projects.service';
import { ProjectsImpactResolver } from './projects-impact.resolver';
import { ProjectsImpactService } from './projects-impact.service';
import { PROJECTS_ENTITIES } from './projects.entities';
import { PROJECTS_MESSAGES, PROJECTS_PERMISSIONS, PROJECTS_SECOND_FACTOR } from '@assoc/projects-domain';
import { registerMessages, registerPermissions, registerSecondFactorPermissions } from '@assoc/platform-domain';
import { ProjectsOnboarding } from './projects-onboarding';
import { ProjectsPersonalData } from './projects-personal-data';

// This domain's own error reasons and permissions, registered with the platform's catalogue and guard (ADR 0026).
registerMessages('projects', PROJECTS_MESSAGES);
registerPermissions('projects', PROJECTS_PERMISSIONS);
registerSecondFactorPermissions('projects', PROJECTS_SECOND_FACTOR);

/** Joint projects that pool costs: draft, vote, opt-in, funding, ledger, settle-up, audit, tasks and milestones. */
@Module({
  imports: [AssociationsModule, NotificationsModule, FilesModule, TypeOrmModule.forFeature(PROJECTS_ENTITIES)],
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
    ProjectsOnboarding,
    ProjectsPersonalData,
    ProjectDrafts,
  ],
  exports: [ProjectDeadlinesService, ProjectsImpactService, ProjectTasksService, ProjectDrafts],
})
export class ProjectsModule {
  /** Its tables, for the TypeORM CLI's data source (apps/api/src/entities.ts reads them from DOMAIN_MODULES). */
  static readonly entities = PROJECTS_ENTITIES;
}
