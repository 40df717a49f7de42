import { Injectable, OnModuleInit } from '@nestjs/common';
import { MembershipReads } from '@assoc/associations-api';
import { SignUpStatus } from '@assoc/cashmobs-domain';
import { ShopReads } from '@assoc/directory-api';
import {
  Clock,
  DataPart,
  dataSection,
  dataTime,
  DataValue,
  PersonalData,
  PersonalDataSource,
  PersonSubject,
} from '@assoc/platform-api';
import { EntityManager, In, IsNull } from 'typeorm';
import { CashmobSignUpsService } from './cashmob-sign-ups.service';
import { CashmobSignUpEntity } from './cashmob-sign-up.entity';
import { CashmobSupportEntity } from './cashmob-support.entity';
import { CashmobEntity } from './cashmob.entity';

const iso = dataTime;

const section = dataSection;

const SIGN_UP_COLUMNS = [
  'cashmob_id',
  'starts_at',
  'meeting_point',
  'status',
  'position',
  'first_name',
  'email',
  'locale',
  'intended_spend_cents',
  'walk_in',
  'consent_at',
  'signed_up_at',
  'checked_in_at',
  'cancelled_at',
  'reminders_stopped_at',
  'anonymised_at',
] as const;

function signUpRow(s: CashmobSignUpEntity, cashmob: CashmobEntity | undefined): Record<string, DataValue> {
  return {
    cashmob_id: s.cashmobId,
    starts_at: iso(cashmob?.startsAt),
    meeting_point: cashmob?.meetingPoint ?? null,
    status: s.status,
    position: s.position,
    first_name: s.firstName,
    email: s.email,
    locale: s.locale,
    intended_spend_cents: s.intendedSpendCents,
    walk_in: s.walkIn,
    consent_at: iso(s.consentAt),
    signed_up_at: iso(s.createdAt),
    checked_in_at: iso(s.checkedInAt),
    cancelled_at: iso(s.cancelledAt),
    reminders_stopped_at: iso(s.remindersStoppedAt),
    anonymised_at: iso(s.anonymisedAt),
  };
}

/**
 * The cashmobs' personal data (issue 25), registered with the platform's `PersonalData`. A sign-up carries
 * no account (the public page asks a first name and an e-mail): a member's sign-ups are those made with
 * their account's e-mail, in the cashmobs of their associations.
 *
 * Erasing a person:
 * - erased: their sign-ups' first name, e-mail and manage link, exactly as a public sign-up erases itself
 *   (`CashmobSignUpsService.eraseSignUp`: an active one is cancelled while sign-ups are open, promoting the
 *   next waiting person); the row stays, anonymous, so the counts and check-ins stay; their supports of
 *   nominations (what they backed, only theirs);
 * - kept, pseudonymised through their membership ("Ancien membre"): the cashmobs they organised or hosted,
 *   with the shop's results (sales, revenue), which are the association's records.
 */
@Injectable()
export class CashmobsPersonalData implements OnModuleInit, PersonalDataSource {
  readonly domain = 'cashmobs';

  constructor(
    private readonly personalData: PersonalData,
    private readonly memberships: MembershipReads,
    private readonly shops: ShopReads,
    private readonly signUps: CashmobSignUpsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.personalData.register(this);
  }

  async exportPerson(subject: PersonSubject, manager: EntityManager): Promise<DataPart> {
    const mine = await this.memberships.ofPerson(subject.userId, subject.associationIds, manager);
    if (!mine.length) return { sections: [] };
    const ids = mine.map((m) => m.membershipId);
    const associationIds = [...new Set(mine.map((m) => m.associationId))];
    const signUps = await this.signUpsOf(manager, associationIds, emailsOf(mine));
    const supports = await manager.find(CashmobSupportEntity, {
      where: { associationId: In(associationIds), membershipId: In(ids) },
      order: { createdAt: 'ASC' },
    });
    const organised = await manager.find(CashmobEntity, {
      where: [
        { associationId: In(associationIds), organiserMembershipId: In(ids) },
        { associationId: In(associationIds), hostMembershipId: In(ids) },
      ],
      order: { startsAt: 'ASC' },
    });
    const cashmobIds = [...new Set([...signUps, ...supports].map((r) => r.cashmobId))];
    const cashmobs = new Map(
      (cashmobIds.length ? await manager.find(CashmobEntity, { where: { id: In(cashmobIds) } }) : []).map((c) => [
        c.id,
        c,
      ]),
    );
    const own = new Set(ids);
    return {
      sections: [
        section(
          'cashmobs-sign-ups',
          {
            fr: 'Vos inscriptions aux cashmobs faites avec votre adresse e-mail, et votre pointage le jour venu (montants en centimes).',
            en: 'Your cashmob sign-ups made with your e-mail address, and your check-in on the day (amounts in cents).',
          },
          SIGN_UP_COLUMNS,
          signUps.map((s) => signUpRow(s, cashmobs.get(s.cashmobId))),
        ),
        section(
          'cashmobs-supports',
          {
            fr: 'Les propositions de cashmob que vous avez soutenues.',
            en: 'The cashmob nominations you supported.',
          },
          ['cashmob_id', 'starts_at', 'supported_at'],
          supports.map((s) => ({
            cashmob_id: s.cashmobId,
            starts_at: iso(cashmobs.get(s.cashmobId)?.startsAt),
            supported_at: iso(s.createdAt),
          })),
        ),
        section(
          'cashmobs-organised',
          {
            fr: 'Les cashmobs que vous avez organisés ou accueillis dans votre boutique, avec vos messages et le bilan (en centimes).',
            en: 'The cashmobs you organised or hosted in your shop, with your messages and the results (in cents).',
          },
          [
            'cashmob_id',
            'role',
            'status',
            'starts_at',
            'ends_at',
            'meeting_point',
            'message',
            'shop_message',
            'cancel_reason',
            'sales_count',
            'revenue_cents',
            'ordinary_revenue_cents',
            'completed_at',
          ],
          organised.map((c) => ({
            cashmob_id: c.id,
            role: [own.has(c.organiserMembershipId) ? 'organiser' : null, own.has(c.hostMembershipId) ? 'host' : null]
              .filter(Boolean)
              .join('+'),
            status: c.status,
            starts_at: iso(c.startsAt),
            ends_at: iso(c.endsAt),
            meeting_point: c.meetingPoint,
            message: c.message,
            shop_message: c.shopMessage,
            cancel_reason: c.cancelReason,
            sales_count: c.salesCount,
            revenue_cents: c.revenueCents,
            ordinary_revenue_cents: c.ordinaryRevenueCents,
            completed_at: iso(c.completedAt),
          })),
        ),
      ],
    };
  }

  async erasePerson(subject: PersonSubject, manager: EntityManager): Promise<void> {
    // Their memberships locked FOR UPDATE: a support of theirs (which takes them FOR SHARE) waits, then finds them removed.
    await this.memberships.personMemberships(subject.userId, subject.associationIds, manager, true);
    const mine = await this.memberships.ofPerson(subject.userId, subject.associationIds, manager);
    if (!mine.length) return;
    const associationIds = [...new Set(mine.map((m) => m.associationId))];
    await manager.delete(CashmobSupportEntity, {
      associationId: In(associationIds),
      membershipId: In(mine.map((m) => m.membershipId)),
    });
    // One cashmob after the other in id order (each locked FOR UPDATE as by every sign-up write): no deadlock.
    const signUps = (await this.signUpsOf(manager, associationIds, emailsOf(mine))).sort((a, b) =>
      a.cashmobId.localeCompare(b.cashmobId),
    );
    for (const signUp of signUps) await this.signUps.eraseSignUp(manager, signUp);
  }

  async exportAssociation(associationId: string, manager: EntityManager): Promise<DataPart> {
    const cashmobs = await manager.find(CashmobEntity, { where: { associationId }, order: { startsAt: 'ASC' } });
    const signUps = await manager.find(CashmobSignUpEntity, {
      where: { associationId },
      order: { cashmobId: 'ASC', position: 'ASC' },
    });
    const supports = await manager.find(CashmobSupportEntity, {
      where: { associationId },
      order: { createdAt: 'ASC' },
    });
    const membershipIds = [
      ...cashmobs.flatMap((c) => [c.organiserMembershipId, c.hostMembershipId]),
      ...supports.map((s) => s.membershipId),
    ];
    const names = new Map(
      (await this.memberships.contacts(associationId, membershipIds, manager)).map((c) => [c.membershipId, c.name]),
    );
    const shopNames = await this.shops.names(
      associationId,
      cashmobs.map((c) => c.shopId),
    );
    const byId = new Map(cashmobs.map((c) => [c.id, c]));
    const count = (cashmobId: string, keep: (s: CashmobSignUpEntity) => boolean) =>
      signUps.filter((s) => s.cashmobId === cashmobId && keep(s)).length;
    return {
      sections: [
        section(
          'cashmobs-cashmobs',
          {
            fr: 'Chaque cashmob : boutique, dates, statut, nombre d’inscrits (confirmés, en attente, annulés, venus sans inscription), pointages, soutiens et bilan (en centimes).',
            en: 'Every cashmob: shop, times, status, sign-up counts (confirmed, waiting, cancelled, walk-ins), check-ins, supports and results (in cents).',
          },
          [
            'cashmob_id',
            'shop',
            'organiser',
            'host',
            'status',
            'starts_at',
            'ends_at',
            'meeting_point',
            'spend_min_cents',
            'spend_max_cents',
            'capacity',
            'message',
            'confirmed',
            'waiting',
            'cancelled',
            'walk_ins',
            'checked_in',
            'supports',
            'sales_count',
            'revenue_cents',
            'ordinary_revenue_cents',
            'published_at',
            'completed_at',
            'cancelled_at',
            'cancel_reason',
          ],
          cashmobs.map((c) => ({
            cashmob_id: c.id,
            shop: shopNames.get(c.shopId) ?? null,
            organiser: names.get(c.organiserMembershipId) ?? null,
            host: names.get(c.hostMembershipId) ?? null,
            status: c.status,
            starts_at: iso(c.startsAt),
            ends_at: iso(c.endsAt),
            meeting_point: c.meetingPoint,
            spend_min_cents: c.spendMinCents,
            spend_max_cents: c.spendMaxCents,
            capacity: c.capacity,
            message: c.message,
            confirmed: count(c.id, (s) => s.status === SignUpStatus.CONFIRMED && !s.walkIn),
            waiting: count(c.id, (s) => s.status === SignUpStatus.WAITING),
            cancelled: count(c.id, (s) => s.status === SignUpStatus.CANCELLED),
            walk_ins: count(c.id, (s) => s.walkIn),
            checked_in: count(c.id, (s) => !!s.checkedInAt),
            supports: supports.filter((s) => s.cashmobId === c.id).length,
            sales_count: c.salesCount,
            revenue_cents: c.revenueCents,
            ordinary_revenue_cents: c.ordinaryRevenueCents,
            published_at: iso(c.publishedAt),
            completed_at: iso(c.completedAt),
            cancelled_at: iso(c.cancelledAt),
            cancel_reason: c.cancelReason,
          })),
        ),
        section(
          'cashmobs-participants',
          {
            fr: 'Les inscrits de chaque cashmob (prénom et e-mail tant qu’ils ne sont pas effacés, 30 jours après la fin au plus tard).',
            en: 'Every cashmob’s participants (first name and e-mail until erased, 30 days after the end at the latest).',
          },
          SIGN_UP_COLUMNS,
          signUps.map((s) => signUpRow(s, byId.get(s.cashmobId))),
        ),
        section(
          'cashmobs-supports',
          { fr: 'Les soutiens des membres aux propositions.', en: 'The members’ supports of nominations.' },
          ['cashmob_id', 'member', 'supported_at'],
          supports.map((s) => ({
            cashmob_id: s.cashmobId,
            member: names.get(s.membershipId) ?? null,
            supported_at: iso(s.createdAt),
          })),
        ),
      ],
    };
  }

  /**
   * A closed association: every sign-up's first name, e-mail and link erased (rows and counts stay), the
   * supports deleted; the cashmobs and their results stay (the association's records).
   */
  async eraseAssociation(associationId: string, manager: EntityManager): Promise<void> {
    await manager.delete(CashmobSupportEntity, { associationId });
    await manager.update(
      CashmobSignUpEntity,
      { associationId, anonymisedAt: IsNull() },
      { firstName: null, email: null, manageTokenHash: null, anonymisedAt: this.clock.now() },
    );
  }

  /** The sign-ups made with these e-mails in these associations' cashmobs (e-mails are stored lower-cased). */
  private signUpsOf(
    manager: EntityManager,
    associationIds: readonly string[],
    emails: readonly string[],
  ): Promise<CashmobSignUpEntity[]> {
    if (!emails.length || !associationIds.length) return Promise.resolve([]);
    return manager
      .createQueryBuilder(CashmobSignUpEntity, 's')
      .where('s."associationId" IN (:...associationIds)', { associationIds })
      .andWhere('lower(s.email) IN (:...emails)', { emails })
      .orderBy('s."createdAt"', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }
}

const emailsOf = (people: readonly { email: string }[]): string[] => [
  ...new Set(people.map((p) => p.email.trim().toLowerCase()).filter((e) => e.includes('@'))),
];
