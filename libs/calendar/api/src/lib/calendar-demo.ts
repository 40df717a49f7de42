import { EntityManager } from 'typeorm';
import { MeetingEntity } from './meeting.entity';

/** A demo meeting. */
export interface DemoMeeting {
  associationId: string;
  title: string;
  place: string;
  agenda: string;
  startsAt: Date;
  endsAt: Date;
  createdByMembershipId: string;
}

/** How the demo association's meetings are written (the API's demo seeder orchestrates, inside its transaction). */
export const CalendarDemo = {
  /** Creates the meeting, never edited. */
  async addMeeting(manager: EntityManager, meeting: DemoMeeting): Promise<void> {
    await manager.insert(MeetingEntity, { ...meeting, updatedAt: null });
  },
};
