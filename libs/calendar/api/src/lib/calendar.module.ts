import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { CashmobsModule } from '@assoc/cashmobs-api';
import { RateLimiter } from '@assoc/platform-api';
import { ProjectsModule } from '@assoc/projects-api';
import { PromotionsModule } from '@assoc/promotions-api';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarIcsController } from './calendar-ics.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { MeetingEntity } from './meeting.entity';
import { MeetingsService } from './meetings.service';

/** One association calendar (campaigns, cashmobs, project milestones, meetings), its iCal feed and .ics downloads. */
@Module({
  imports: [
    AssociationsModule,
    ProjectsModule,
    CashmobsModule,
    PromotionsModule,
    TypeOrmModule.forFeature([MeetingEntity, CalendarFeedEntity]),
  ],
  controllers: [CalendarIcsController],
  providers: [RateLimiter, CalendarService, MeetingsService, CalendarFeedsService, CalendarResolver],
  exports: [CalendarService],
})
export class CalendarModule {}
