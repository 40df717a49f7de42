import { AssociationsModule } from '@assoc/associations-api';
import { IdentityModule } from '@assoc/identity-api';
import { EmailFrequency, NotificationKind } from '@assoc/notifications-domain';
import { DataPart, OutboxMailEntity, PersonalData, PersonalDataSource, PersonSubject } from '@assoc/platform-api';
import {
  createAssociation,
  createTestApp,
  joinedMember,
  signedUpClient,
  TestApp,
  tokenFromMail,
} from '@assoc/platform-testing';
import { IsNull } from 'typeorm';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationUnsubscribeTokenEntity } from './notification-unsubscribe-token.entity';
import { NotificationEntity } from './notification.entity';
import { NotificationsModule } from './notifications.module';
import { NotificationsService, NotificationToEmit } from './notifications.service';

const UPDATE_PREF = `mutation($input: UpdateNotificationPreferenceInput!) { updateNotificationPreference(input: $input) { kind } }`;
const UNSUBSCRIBE = `mutation($token: String!) { unsubscribe(token: $token) { kind } }`;
const POST_ID = '11111111-1111-4111-8111-111111111111';

const rows = (part: DataPart, name: string) => {
  const found = part.sections.find((s) => s.name === name);
  if (!found) throw new Error(`no section ${name}`);
  for (const row of found.rows) expect(Object.keys(row).sort()).toEqual([...found.columns].sort());
  return found.rows;
};

describe('the personal data of notifications (issue 25)', () => {
  let api: TestApp;
  let source: PersonalDataSource;
  let a: string;
  let b: string;
  let presidentMembership: string;
  let marie: Awaited<ReturnType<typeof joinedMember>>;
  let paul: Awaited<ReturnType<typeof joinedMember>>;
  let bernardMember: Awaited<ReturnType<typeof joinedMember>>;
  let marieSubject: PersonSubject;
  let unsubscribeToken: string;

  /** Emits like another domain does: inside its own transaction. */
  const emit = (
    n: Partial<NotificationToEmit> & Pick<NotificationToEmit, 'associationId' | 'recipientMembershipIds'>,
  ) =>
    api.dataSource.transaction((manager) =>
      api.app.get(NotificationsService).emit(manager, {
        kind: NotificationKind.MENTION,
        actorMembershipId: null,
        subject: { type: 'POST', id: POST_ID },
        data: { excerpt: 'Un mot pour vous', postId: POST_ID },
        ...n,
      }),
    );

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, NotificationsModule], {
      env: { PUBLIC_URL: 'https://vitrines.example' },
    });
    source = api.app
      .get(PersonalData)
      .sources()
      .find((s) => s.domain === 'notifications') as PersonalDataSource;
    const president = await signedUpClient(api, 'Claire Président');
    ({ associationId: a, membershipId: presidentMembership } = await createAssociation(president, 'Vitré'));
    marie = await joinedMember(api, president, 'MEMBER', 'Marie Curieux');
    paul = await joinedMember(api, president, 'MEMBER', 'Paul Voisin');
    const bernard = await signedUpClient(api, 'Bernard Ailleurs');
    b = (await createAssociation(bernard, 'Fougères')).associationId;
    bernardMember = await joinedMember(api, bernard, 'MEMBER', 'Berthe Fougères');

    // Marie is mentioned (mailed at once, with an unsubscribe link), and chooses a digest for comments.
    await emit({
      associationId: a,
      recipientMembershipIds: [marie.membershipId],
      actorMembershipId: presidentMembership,
    });
    await marie.ok(UPDATE_PREF, { input: { kind: 'COMMENT_ON_MY_POST', frequency: EmailFrequency.NEVER } });
    unsubscribeToken = await tokenFromMail(api, marie.email, '/unsubscribe/');
    // Marie mentions Paul (a notification quoting her words), and hides one of Paul's comments (moderation).
    await emit({
      associationId: a,
      recipientMembershipIds: [paul.membershipId],
      actorMembershipId: marie.membershipId,
      data: { excerpt: 'Marie écrit à Paul', postId: POST_ID },
    });
    await emit({
      associationId: a,
      kind: NotificationKind.MODERATION,
      recipientMembershipIds: [paul.membershipId],
      actorMembershipId: marie.membershipId,
      data: { reason: 'Hors sujet', postId: POST_ID },
    });
    // Paul and Berthe (in B) get their own.
    await emit({ associationId: a, recipientMembershipIds: [paul.membershipId], data: { excerpt: 'Pour Paul' } });
    await emit({ associationId: b, recipientMembershipIds: [bernardMember.membershipId], data: { excerpt: 'Pour B' } });
    marieSubject = {
      userId: marie.userId,
      associationIds: [a],
    };
  });
  afterAll(() => api.close());

  it('exports the person’s notifications, preferences and unsubscribe links (never a token); nothing of others', async () => {
    const part = await source.exportPerson(marieSubject, api.dataSource.manager);
    expect(rows(part, 'notifications-notifications')).toEqual([
      expect.objectContaining({ kind: 'MENTION', excerpt: 'Un mot pour vous', emailedAt: expect.any(String) }),
    ]);
    expect(rows(part, 'notifications-preferences')).toEqual([
      { kind: 'COMMENT_ON_MY_POST', frequency: 'NEVER', updatedAt: expect.any(String) },
    ]);
    expect(rows(part, 'notifications-unsubscribe-links')).toEqual([
      { kind: 'MENTION', createdAt: expect.any(String), usedAt: null },
    ]);
    expect(JSON.stringify(part)).not.toMatch(/Paul|Pour B|tokenHash|Hors sujet/);
    expect(await source.exportAssociation(a, api.dataSource.manager)).toEqual({ sections: [] });
  });

  it('erases the person: their notifications, preferences and links go (the link stops working), mails queued to them are dropped', async () => {
    const queued = () => api.dataSource.manager.countBy(OutboxMailEntity, { to: marie.email, sentAt: IsNull() });
    expect(await queued()).toBeGreaterThan(0);
    const othersQueued = await api.dataSource.manager.countBy(OutboxMailEntity, { sentAt: IsNull() });

    await api.dataSource.transaction((manager) => source.erasePerson(marieSubject, manager));

    expect(await queued()).toBe(0);
    expect(await api.dataSource.manager.countBy(OutboxMailEntity, { sentAt: IsNull() })).toBeLessThan(othersQueued);
    expect(await api.dataSource.manager.countBy(OutboxMailEntity, { to: paul.email })).toBeGreaterThan(0);
    expect(
      await api.dataSource.manager.countBy(NotificationEntity, { recipientMembershipId: marie.membershipId }),
    ).toBe(0);
    expect(
      await api.dataSource.manager.countBy(NotificationPreferenceEntity, { membershipId: marie.membershipId }),
    ).toBe(0);
    expect(
      await api.dataSource.manager.countBy(NotificationUnsubscribeTokenEntity, { membershipId: marie.membershipId }),
    ).toBe(0);
    const unsubscribed = await api.client().request(UNSUBSCRIBE, { token: unsubscribeToken });
    expect(unsubscribed.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    // Paul's inbox: the mention quoting her is gone, the moderation and his own stay; B untouched.
    const paulInbox = await api.dataSource.manager.findBy(NotificationEntity, {
      recipientMembershipId: paul.membershipId,
    });
    expect(paulInbox.map((n) => n.kind).sort()).toEqual(['MENTION', 'MODERATION']);
    expect(paulInbox.find((n) => n.kind === 'MENTION')?.data.excerpt).toBe('Pour Paul');
    expect(await api.dataSource.manager.countBy(NotificationEntity, { associationId: b })).toBe(1);
  });

  it('erases an association’s notifications, and only that association’s', async () => {
    await api.dataSource.transaction((manager) => source.eraseAssociation(a, manager));
    expect(await api.dataSource.manager.countBy(NotificationEntity, { associationId: a })).toBe(0);
    expect(await api.dataSource.manager.countBy(NotificationEntity, { associationId: b })).toBe(1);
  });
});
