import { CashmobCalendarService } from './cashmob-calendar.service';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { NotificationsModule } from '@assoc/notifications-api';
import { RateLimiter, ShareCards } from '@assoc/platform-api';
import { CashmobAccess } from './cashmob-access.service';
import { CashmobCheckInResolver } from './cashmob-check-in.resolver';
import { CashmobCheckInService } from './cashmob-check-in.service';
import { CashmobIcsController } from './cashmob-ics.controller';
import { CashmobJobsService } from './cashmob-jobs.service';
import { CashmobMailer } from './cashmob-mailer.service';
import { CashmobVenues } from './cashmob-venue.service';
import { CashmobPageController } from './cashmob-page.controller';
import { CashmobRemindersController } from './cashmob-reminders.controller';
import { CashmobSignUpsService } from './cashmob-sign-ups.service';
import { CashmobWorkflowResolver } from './cashmob-workflow.resolver';
import { CashmobWorkflowService } from './cashmob-workflow.service';
import { CashmobResolver } from './cashmob.resolver';
import { CashmobsService } from './cashmobs.service';
import { PublicCashmobResolver } from './public-cashmob.resolver';
import { CashmobsPersonalData } from './cashmobs-personal-data';
import { CASHMOBS_ENTITIES } from './cashmobs.entities';
import { CASHMOBS_MESSAGES, CASHMOBS_PERMISSIONS, CASHMOBS_RETENTION } from '@assoc/cashmobs-domain';
import { registerMessages, registerPermissions, registerRetention } from '@assoc/platform-domain';

// This domain's own error reasons and permissions, registered with the platform's catalogue and guard (ADR 0026).
registerMessages('cashmobs', CASHMOBS_MESSAGES);
registerPermissions('cashmobs', CASHMOBS_PERMISSIONS);
registerRetention('cashmobs', CASHMOBS_RETENTION);

/** Cashmobs: proposal and the shop's answer, the public page with capacity and waiting list, reminders, check-in, the report, fair rotation. */
@Module({
  imports: [AssociationsModule, DirectoryModule, NotificationsModule, TypeOrmModule.forFeature(CASHMOBS_ENTITIES)],
  controllers: [CashmobIcsController, CashmobPageController, CashmobRemindersController],
  providers: [
    ShareCards,
    RateLimiter,
    CashmobAccess,
    CashmobCalendarService,
    CashmobMailer,
    CashmobVenues,
    CashmobSignUpsService,
    CashmobsService,
    CashmobWorkflowService,
    CashmobCheckInService,
    CashmobJobsService,
    CashmobResolver,
    CashmobWorkflowResolver,
    CashmobCheckInResolver,
    PublicCashmobResolver,
    CashmobsPersonalData,
  ],
  exports: [CashmobJobsService, CashmobCalendarService],
})
export class CashmobsModule {
  /** Its tables, for the TypeORM CLI's data source (apps/api/src/entities.ts reads them from DOMAIN_MODULES). */
  static readonly entities = CASHMOBS_ENTITIES;
}
