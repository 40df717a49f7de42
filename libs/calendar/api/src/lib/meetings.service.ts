import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, Clock, CurrentMember } from '@assoc/platform-api';
import { DataSource } from 'typeorm';
import { MeetingModel } from './calendar.models';
import { MeetingEntity } from './meeting.entity';
import { CreateMeetingInput, MeetingFieldsInput, UpdateMeetingInput } from './meeting.inputs';

/** The association's meetings, by the president and board. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  create(member: CurrentMember, input: CreateMeetingInput): Promise<MeetingEntity> {
    return this.dataSource.manager.save(
      this.dataSource.manager.create(MeetingEntity, {
        associationId: member.associationId,
        createdByMembershipId: member.membershipId,
        ...fields(input),
      }),
    );
  }

  async update(member: CurrentMember, input: UpdateMeetingInput): Promise<MeetingEntity> {
    const meeting = await this.get(member, input.id);
    Object.assign(meeting, fields(input), { updatedAt: this.clock.now() });
    return this.dataSource.manager.save(meeting);
  }

  async remove(member: CurrentMember, id: string): Promise<string> {
    const meeting = await this.get(member, id);
    await this.dataSource.manager.delete(MeetingEntity, { id: meeting.id });
    return meeting.id;
  }

  private async get(member: CurrentMember, id: string): Promise<MeetingEntity> {
    const meeting = await this.dataSource.manager.findOneBy(MeetingEntity, { id, associationId: member.associationId });
    if (!meeting) throw AppError.notFound();
    return meeting;
  }
}

function fields(input: MeetingFieldsInput): Pick<MeetingEntity, 'title' | 'place' | 'agenda' | 'startsAt' | 'endsAt'> {
  const title = input.title.trim();
  if (!title) throw AppError.field('title', 'required');
  if (input.endsAt <= input.startsAt) throw AppError.field('endsAt', 'endBeforeStart');
  return {
    title,
    place: (input.place ?? '').trim(),
    agenda: (input.agenda ?? '').trim(),
    startsAt: input.startsAt,
    endsAt: input.endsAt,
  };
}

export function toMeetingModel(m: MeetingEntity): MeetingModel {
  return { id: m.id, title: m.title, place: m.place, agenda: m.agenda, startsAt: m.startsAt, endsAt: m.endsAt };
}
