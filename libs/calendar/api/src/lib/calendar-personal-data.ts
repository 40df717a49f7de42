import { Injectable, OnModuleInit } from '@nestjs/common';
import { MembershipReads } from '@assoc/associations-api';
import { DataPart, DataSection, dataTime, PersonalData, PersonSubject } from '@assoc/platform-api';
import { EntityManager, In } from 'typeorm';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { MeetingEntity } from './meeting.entity';

const iso = dataTime;

/**
 * What the calendar holds about a person (issue 25): their private subscription feeds (when made, revoked and
 * last read; the secret token is never kept, only its keyed hash) and the meetings they scheduled. There is no
 * attendance to hold. Erasing the person deletes their feeds, so their subscription URL answers nothing; the
 * meetings they scheduled are the association's (a general assembly, a board meeting) and stay, their author
 * shown as "Ancien membre". The association's export lists its meetings; erasing it deletes every feed, the
 * meetings stay with the association's records.
 */
@Injectable()
export class CalendarPersonalData implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalData,
    private readonly memberships: MembershipReads,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      domain: 'calendar',
      exportPerson: (subject, manager) => this.exportPerson(subject, manager),
      erasePerson: (subject, manager) => this.erasePerson(subject, manager),
      exportAssociation: (associationId, manager) => this.exportAssociation(associationId, manager),
      eraseAssociation: async (associationId, manager) => {
        await manager.delete(CalendarFeedEntity, { associationId });
      },
    });
  }

  /** The person's memberships; with `lock`, held FOR UPDATE until the closing commits (a feed being made waits). */
  private async membershipIds(subject: PersonSubject, manager: EntityManager, lock = false): Promise<string[]> {
    return (await this.memberships.personMemberships(subject.userId, subject.associationIds, manager, lock)).map(
      (m) => m.id,
    );
  }

  async exportPerson(subject: PersonSubject, manager: EntityManager): Promise<DataPart> {
    const ids = await this.membershipIds(subject, manager);
    if (!ids.length) return { sections: [] };
    const scope = { associationId: In([...subject.associationIds]) };
    const order = { createdAt: 'ASC' as const, id: 'ASC' as const };
    const feeds = await manager.find(CalendarFeedEntity, { where: { ...scope, membershipId: In(ids) }, order });
    const meetings = await manager.find(MeetingEntity, { where: { ...scope, createdByMembershipId: In(ids) }, order });
    return {
      sections: [
        {
          name: 'calendar-feeds',
          description: {
            fr: 'Vos adresses d’abonnement au calendrier (l’adresse secrète elle-même n’est pas conservée) : créée, révoquée, dernière lecture.',
            en: 'Your calendar subscription addresses (the secret address itself is not kept): made, revoked, last read.',
          },
          columns: ['createdAt', 'revokedAt', 'lastReadAt'],
          rows: feeds.map((f) => ({
            createdAt: iso(f.createdAt),
            revokedAt: iso(f.revokedAt),
            lastReadAt: iso(f.lastReadAt),
          })),
        },
        meetingSection(meetings, null, {
          fr: 'Les réunions que vous avez programmées : titre, lieu, ordre du jour, début et fin.',
          en: 'The meetings you scheduled: title, place, agenda, start and end.',
        }),
      ],
    };
  }

  async erasePerson(subject: PersonSubject, manager: EntityManager): Promise<void> {
    const ids = await this.membershipIds(subject, manager, true);
    if (ids.length)
      await manager.delete(CalendarFeedEntity, {
        associationId: In([...subject.associationIds]),
        membershipId: In(ids),
      });
  }

  async exportAssociation(associationId: string, manager: EntityManager): Promise<DataPart> {
    const meetings = await manager.find(MeetingEntity, {
      where: { associationId },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
    const contacts = await this.memberships.contacts(
      associationId,
      meetings.map((m) => m.createdByMembershipId),
      manager,
    );
    return {
      sections: [
        meetingSection(meetings, new Map(contacts.map((c) => [c.membershipId, c.name])), {
          fr: 'Les réunions de l’association : titre, lieu, ordre du jour, début, fin et qui les a programmées.',
          en: 'The association’s meetings: title, place, agenda, start, end and who scheduled them.',
        }),
      ],
    };
  }
}

function meetingSection(
  meetings: readonly MeetingEntity[],
  names: ReadonlyMap<string, string> | null,
  description: DataSection['description'],
): DataSection {
  return {
    name: 'calendar-meetings',
    description,
    columns: [
      'meetingId',
      'title',
      'place',
      'agenda',
      'startsAt',
      'endsAt',
      ...(names ? ['scheduledBy'] : []),
      'createdAt',
      'updatedAt',
    ],
    rows: meetings.map((m) => ({
      meetingId: m.id,
      title: m.title,
      place: m.place,
      agenda: m.agenda,
      startsAt: iso(m.startsAt),
      endsAt: iso(m.endsAt),
      ...(names ? { scheduledBy: names.get(m.createdByMembershipId) ?? null } : {}),
      createdAt: iso(m.createdAt),
      updatedAt: iso(m.updatedAt),
    })),
  };
}
