import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { CashmobsModule } from '@assoc/cashmobs-api';
import { DirectoryModule } from '@assoc/directory-api';
import { RateLimiter } from '@assoc/platform-api';
import { ProjectsModule } from '@assoc/projects-api';
import { PromotionsModule } from '@assoc/promotions-api';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarIcsController } from './calendar-ics.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { MeetingsService } from './meetings.service';
import { CalendarPersonalData } from './calendar-personal-data';
import { CALENDAR_ENTITIES } from './calendar.entities';
import { CALENDAR_PERMISSIONS } from '@assoc/calendar-domain';
import { registerPermissions } from '@assoc/platform-domain';

// This domain's own error reasons and permissions, registered with the platform's catalogue and guard (ADR 0026).
registerPermissions('calendar', CALENDAR_PERMISSIONS);

/** One association calendar (campaigns, cashmobs, project milestones, meetings), its iCal feed and .ics downloads. */
@Module({
  imports: [
    AssociationsModule,
    DirectoryModule,
    ProjectsModule,
    CashmobsModule,
    PromotionsModule,
    TypeOrmModule.forFeature(CALENDAR_ENTITIES),
  ],
  controllers: [CalendarIcsController],
  providers: [
    RateLimiter,
    CalendarService,
    MeetingsService,
    CalendarFeedsService,
    CalendarResolver,
    CalendarPersonalData,
  ],
  exports: [CalendarService],
})
export class CalendarModule {
  /** Its tables, for the TypeORM CLI's data source (apps/api/src/entities.ts reads them from DOMAIN_MODULES). */
  static readonly entities = CALENDAR_ENTITIES;
}
