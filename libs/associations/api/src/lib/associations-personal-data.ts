import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, DataPart, DataSection, dataTime, LiveSockets, PersonalData, PersonSubject } from '@assoc/platform-api';
import { EntityManager, In, IsNull } from 'typeorm';
import { AssociationEntity } from './association.entity';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';

const iso = dataTime;

/**
 * What the associations domain holds about a person (issue 25): their memberships (association, role, joined,
 * left) and the invitations mailed to their address. Erasing the person ends their memberships (removed, the rows
 * stay so what they did stays attributed, under identity's "Ancien membre") and deletes the invitations to their
 * address. An association's export lists its members and invitations; erasing it deletes the invitations and ends
 * every membership, while the association's row stays for its accounting records.
 */
@Injectable()
export class AssociationsPersonalData implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalData,
    private readonly clock: Clock,
    private readonly live: LiveSockets,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      domain: 'associations',
      exportPerson: (subject, manager) => this.exportPerson(subject, manager),
      erasePerson: (subject, manager) => this.erasePerson(subject, manager),
      exportAssociation: (associationId, manager) => this.exportAssociation(associationId, manager),
      eraseAssociation: (associationId, manager) => this.eraseAssociation(associationId, manager),
    });
  }

  /** The person's memberships in the subject's associations, with the association (removed ones too). */
  private memberships(subject: PersonSubject, manager: EntityManager): Promise<MembershipEntity[]> {
    if (!subject.associationIds.length) return Promise.resolve([]);
    return manager.find(MembershipEntity, {
      where: { userId: subject.userId, associationId: In([...subject.associationIds]) },
      relations: { association: true, user: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The person's address, read through their membership (associations never reads identity's tables itself). */
  private async emailOf(subject: PersonSubject, manager: EntityManager): Promise<string | null> {
    if (!subject.associationIds.length) return null;
    const membership = await manager.findOne(MembershipEntity, {
      where: { userId: subject.userId, associationId: In([...subject.associationIds]) },
      relations: { user: true },
    });
    return membership?.user?.email.toLowerCase() ?? null;
  }

  async exportPerson(subject: PersonSubject, manager: EntityManager): Promise<DataPart> {
    const memberships = await this.memberships(subject, manager);
    const email = memberships[0]?.user?.email.toLowerCase() ?? null;
    const invitations =
      email && subject.associationIds.length
        ? await manager.find(InvitationEntity, {
            where: { email, associationId: In([...subject.associationIds]) },
            relations: { association: true },
            order: { createdAt: 'ASC', id: 'ASC' },
          })
        : [];
    return {
      sections: [
        {
          name: 'associations-memberships',
          description: {
            fr: 'Vos adhésions : association, rôle, date d’arrivée et, le cas échéant, de départ.',
            en: 'Your memberships: association, role, when you joined and, if so, when you left.',
          },
          columns: ['association', 'role', 'joinedAt', 'leftAt'],
          rows: memberships.map((m) => ({
            association: m.association?.name ?? null,
            role: m.role,
            joinedAt: iso(m.createdAt),
            leftAt: iso(m.removedAt),
          })),
        },
        invitationSection(invitations, 'person'),
      ],
    };
  }

  /**
   * Ends the person's memberships (the rows stay, removed: posts, votes and ledger lines stay attributed to
   * "Ancien membre") and deletes every invitation to their address in their associations. Their live sockets
   * close when the closing transaction commits.
   */
  async erasePerson(subject: PersonSubject, manager: EntityManager): Promise<void> {
    if (!subject.associationIds.length) return;
    const email = await this.emailOf(subject, manager);
    const active = await manager.find(MembershipEntity, {
      where: { userId: subject.userId, associationId: In([...subject.associationIds]), removedAt: IsNull() },
      select: { id: true },
    });
    if (active.length) {
      await manager.update(MembershipEntity, { id: In(active.map((m) => m.id)) }, { removedAt: this.clock.now() });
      await this.live.membershipsChanged(
        manager,
        active.map((m) => m.id),
      );
    }
    await manager.update(
      MembershipEntity,
      { userId: subject.userId, associationId: In([...subject.associationIds]) },
      { onboardingDismissedAt: null },
    );
    if (email) await manager.delete(InvitationEntity, { email, associationId: In([...subject.associationIds]) });
  }

  async exportAssociation(associationId: string, manager: EntityManager): Promise<DataPart> {
    const association = await manager.findOneBy(AssociationEntity, { id: associationId });
    if (!association) return { sections: [] };
    const members = await manager.find(MembershipEntity, {
      where: { associationId },
      relations: { user: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const invitations = await manager.find(InvitationEntity, {
      where: { associationId },
      relations: { invitedBy: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      sections: [
        {
          name: 'associations-association',
          description: {
            fr: 'L’association : nom, ville, fuseau horaire, monnaie et règles de décision.',
            en: 'The association: name, town, time zone, currency and decision rules.',
          },
          columns: [
            'name',
            'town',
            'postcode',
            'timeZone',
            'currency',
            'quorumPercent',
            'majority',
            'secondSignatureAboveCents',
            'createdAt',
          ],
          rows: [
            {
              name: association.name,
              town: association.town,
              postcode: association.postcode,
              timeZone: association.timeZone,
              currency: association.currency,
              quorumPercent: association.quorumPercent,
              majority: association.majority,
              secondSignatureAboveCents: association.secondSignatureAboveCents,
              createdAt: iso(association.createdAt),
            },
          ],
        },
        {
          name: 'associations-members',
          description: {
            fr: 'Les adhérents, anciens compris : nom, adresse e-mail, rôle, date d’arrivée et de départ.',
            en: 'The members, former ones too: name, e-mail address, role, when they joined and left.',
          },
          columns: ['memberId', 'name', 'email', 'role', 'joinedAt', 'leftAt'],
          rows: members.map((m) => ({
            memberId: m.id,
            name: m.user?.name ?? null,
            email: m.user?.email ?? null,
            role: m.role,
            joinedAt: iso(m.createdAt),
            leftAt: iso(m.removedAt),
          })),
        },
        invitationSection(invitations, 'association'),
      ],
    };
  }

  /**
   * Once the association is closed: its invitations go and every membership ends (members lose access). The
   * association's row and the memberships' rows stay, so its accounting records keep pointing at them; names
   * are the people's own (identity), erased when each closes their account.
   */
  async eraseAssociation(associationId: string, manager: EntityManager): Promise<void> {
    await manager.delete(InvitationEntity, { associationId });
    const active = await manager.find(MembershipEntity, {
      where: { associationId, removedAt: IsNull() },
      select: { id: true },
    });
    if (active.length) {
      await manager.update(MembershipEntity, { id: In(active.map((m) => m.id)) }, { removedAt: this.clock.now() });
      await this.live.membershipsChanged(
        manager,
        active.map((m) => m.id),
      );
    }
    await manager.update(MembershipEntity, { associationId }, { onboardingDismissedAt: null });
  }
}

/** Invitations as a section: to the person (their own) or of the association (with who sent each). */
function invitationSection(invitations: readonly InvitationEntity[], whose: 'person' | 'association'): DataSection {
  const person = whose === 'person';
  return {
    name: 'associations-invitations',
    description: person
      ? {
          fr: 'Les invitations envoyées à votre adresse : association, rôle proposé, état, dates.',
          en: 'The invitations sent to your address: association, role offered, status, dates.',
        }
      : {
          fr: 'Les invitations envoyées par l’association : adresse, rôle proposé, état, dates, qui a invité.',
          en: 'The invitations the association sent: address, role offered, status, dates, who invited.',
        },
    columns: person
      ? ['association', 'email', 'role', 'status', 'sentAt', 'expiresAt', 'acceptedAt']
      : ['email', 'role', 'status', 'sentAt', 'expiresAt', 'acceptedAt', 'invitedBy'],
    rows: invitations.map((i) => ({
      ...(person ? { association: i.association?.name ?? null } : {}),
      email: i.email,
      role: i.role,
      status: i.status,
      sentAt: iso(i.createdAt),
      expiresAt: iso(i.expiresAt),
      acceptedAt: iso(i.acceptedAt),
      ...(person ? {} : { invitedBy: i.invitedBy?.name ?? null }),
    })),
  };
}
