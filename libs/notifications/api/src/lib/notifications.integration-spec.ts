import { IdentityModule } from '@assoc/identity-api';
import { NotificationKind } from '@assoc/notifications-domain';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  signedUpClient,
  TestApp,
  tokenFromMail,
} from '@assoc/platform-testing';
import { NotificationEntity } from './notification.entity';
import { NotificationsModule } from './notifications.module';
import { NotificationsService, NotificationToEmit } from './notifications.service';

const LIST = `query($first: Int, $after: String) { notifications(first: $first, after: $after) { nodes { id kind excerpt postId actorName readAt } pageInfo { hasNextPage endCursor } } unreadNotificationCount }`;
const MARK = `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;
const PREFS = `{ notificationPreferences { kind frequency } }`;
const UPDATE_PREF = `mutation($input: UpdateNotificationPreferenceInput!) { updateNotificationPreference(input: $input) { kind frequency } }`;
const UNSUBSCRIBE = `mutation($token: String!) { unsubscribe(token: $token) { kind associationName } }`;
const POST_ID = '11111111-1111-4111-8111-111111111111';

describe('notifications: list, read, preferences, mails, unsubscribe', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp([IdentityModule, NotificationsModule], {
      env: { PUBLIC_URL: 'https://vitrines.example' },
    });
  });
  afterAll(() => api.close());

  /** Emits like another domain does: inside its own transaction. */
  const emit = (
    n: Partial<NotificationToEmit> & Pick<NotificationToEmit, 'associationId' | 'recipientMembershipIds'>,
  ) =>
    api.dataSource.transaction((manager) =>
      api.app.get(NotificationsService).emit(manager, {
        kind: NotificationKind.COMMENT_ON_MY_POST,
        actorMembershipId: null,
        subject: { type: 'POST', id: POST_ID },
        data: { excerpt: 'Belle idée pour la braderie', postId: POST_ID },
        ...n,
      }),
    );

  async function association(name: string) {
    const president = await signedUpClient(api, `Présidente ${name}`);
    const { associationId, membershipId } = await createAssociation(president, name);
    const member = await joinedMember(api, president, 'MEMBER', `Adhérent ${name}`);
    return { president, associationId, presidentMembership: membershipId, member };
  }

  it('lists the caller’s notifications newest first, pages them, counts and marks them read', async () => {
    const a = await association('Liste');
    for (let i = 0; i < 3; i++)
      await emit({
        associationId: a.associationId,
        recipientMembershipIds: [a.member.membershipId],
        actorMembershipId: a.presidentMembership,
        data: { excerpt: `n${i}`, postId: POST_ID },
      });
    // The actor is never notified of their own action; other members see nothing.
    expect(
      await emit({
        associationId: a.associationId,
        recipientMembershipIds: [a.presidentMembership],
        actorMembershipId: a.presidentMembership,
      }),
    ).toEqual([]);

    const first = await a.member.ok<{
      notifications: {
        nodes: { id: string; excerpt: string; actorName: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      unreadNotificationCount: number;
    }>(LIST, { first: 2 });
    expect(first.notifications.nodes.map((n) => n.excerpt)).toEqual(['n2', 'n1']);
    expect(first.notifications.nodes[0]).toMatchObject({
      kind: 'COMMENT_ON_MY_POST',
      postId: POST_ID,
      actorName: 'Présidente Liste',
      readAt: null,
    });
    expect(first.unreadNotificationCount).toBe(3);
    const second = await a.member.ok<{
      notifications: { nodes: { id: string; excerpt: string }[]; pageInfo: { hasNextPage: boolean } };
    }>(LIST, { first: 2, after: first.notifications.pageInfo.endCursor });
    expect(second.notifications.nodes.map((n) => n.excerpt)).toEqual(['n0']);
    expect(second.notifications.pageInfo.hasNextPage).toBe(false);

    const marked = await a.member.ok<{ markNotificationRead: { readAt: string } }>(MARK, {
      id: first.notifications.nodes[0].id,
    });
    expect(marked.markNotificationRead.readAt).toBeTruthy();
    expect(await a.member.ok(`{ unreadNotificationCount }`)).toEqual({ unreadNotificationCount: 2 });
    expect(await a.member.ok(`mutation { markAllNotificationsRead }`)).toEqual({ markAllNotificationsRead: 2 });
    expect(await a.member.ok(`{ unreadNotificationCount }`)).toEqual({ unreadNotificationCount: 0 });
    expect(await a.president.ok(`{ notifications { nodes { id } } unreadNotificationCount }`)).toEqual({
      notifications: { nodes: [] },
      unreadNotificationCount: 0,
    });
  });

  it('keeps notifications to their recipient and association', async () => {
    const a = await association('Tenancy A');
    const b = await association('Tenancy B');
    const [inA] = await emit({ associationId: a.associationId, recipientMembershipIds: [a.member.membershipId] });
    // Another member of the same association: NOT_FOUND, nothing changed.
    expect((await a.president.fails(MARK, { id: inA.id })).extensions?.code).toBe('NOT_FOUND');
    // A member of B: nothing listed, NOT_FOUND on A's id, FORBIDDEN with A selected.
    expect(await b.member.ok(`{ notifications { nodes { id } } unreadNotificationCount }`)).toEqual({
      notifications: { nodes: [] },
      unreadNotificationCount: 0,
    });
    expect((await b.member.fails(MARK, { id: inA.id })).extensions?.code).toBe('NOT_FOUND');
    const intruder = Object.assign(Object.create(Object.getPrototypeOf(b.member)), b.member) as GraphqlClient;
    intruder.associationId = a.associationId;
    for (const query of [
      `{ notifications { nodes { id } } }`,
      `{ unreadNotificationCount }`,
      `mutation { markAllNotificationsRead }`,
      `{ notificationPreferences { kind } }`,
    ]) {
      expect([query, (await intruder.fails(query)).extensions?.code]).toEqual([query, 'FORBIDDEN']);
    }
    expect((await intruder.fails(MARK, { id: inA.id })).extensions?.code).toBe('FORBIDDEN');
    // Emitting for a membership of another association notifies nobody.
    expect(await emit({ associationId: a.associationId, recipientMembershipIds: [b.member.membershipId] })).toEqual([]);
    expect((await api.dataSource.getRepository(NotificationEntity).findOneByOrFail({ id: inA.id })).readAt).toBeNull();
  });

  it('lists every kind with its default and saves a choice; refuses unknown kinds and frequencies in French, naming the field', async () => {
    const a = await association('Préférences');
    const { notificationPreferences } = await a.member.ok<{
      notificationPreferences: { kind: string; frequency: string }[];
    }>(PREFS);
    expect(notificationPreferences).toEqual([
      { kind: 'COMMENT_ON_MY_POST', frequency: 'DAILY_DIGEST' },
      { kind: 'REPLY_TO_MY_COMMENT', frequency: 'DAILY_DIGEST' },
      { kind: 'MENTION', frequency: 'IMMEDIATELY' },
      { kind: 'ANNOUNCEMENT', frequency: 'IMMEDIATELY' },
      { kind: 'MODERATION', frequency: 'IMMEDIATELY' },
      { kind: 'PROJECT_PROPOSED', frequency: 'IMMEDIATELY' },
      { kind: 'PROJECT_DECIDED', frequency: 'IMMEDIATELY' },
      { kind: 'PROJECT_TASK_ASSIGNED', frequency: 'IMMEDIATELY' },
      { kind: 'PROJECT_EXPENSE_TO_SIGN', frequency: 'IMMEDIATELY' },
      { kind: 'CASHMOB_REQUEST', frequency: 'IMMEDIATELY' },
      { kind: 'OFFER_REVIEWED', frequency: 'IMMEDIATELY' },
      { kind: 'ASSOCIATION_CLOSING', frequency: 'IMMEDIATELY' },
      { kind: 'ASSOCIATION_CLOSING_CANCELLED', frequency: 'IMMEDIATELY' },
      { kind: 'IDEA_ANSWERED', frequency: 'IMMEDIATELY' },
    ]);
    expect(await a.member.ok(UPDATE_PREF, { input: { kind: 'MENTION', frequency: 'NEVER' } })).toEqual({
      updateNotificationPreference: { kind: 'MENTION', frequency: 'NEVER' },
    });
    expect(await a.member.ok(UPDATE_PREF, { input: { kind: 'MENTION', frequency: 'DAILY_DIGEST' } })).toEqual({
      updateNotificationPreference: { kind: 'MENTION', frequency: 'DAILY_DIGEST' },
    });
    expect(
      (await a.member.ok<{ notificationPreferences: { kind: string; frequency: string }[] }>(PREFS))
        .notificationPreferences,
    ).toContainEqual({ kind: 'MENTION', frequency: 'DAILY_DIGEST' });
    // The president's choices are their own.
    expect(
      (await a.president.ok<{ notificationPreferences: { kind: string; frequency: string }[] }>(PREFS))
        .notificationPreferences,
    ).toContainEqual({ kind: 'MENTION', frequency: 'IMMEDIATELY' });

    const badKind = await a.member.fails(UPDATE_PREF, { input: { kind: 'GOSSIP', frequency: 'NEVER' } });
    expect(badKind.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'kind', message: 'Cette valeur ne fait pas partie des choix possibles.' }],
    });
    const badFrequency = await a.member.fails(UPDATE_PREF, { input: { kind: 'MENTION', frequency: 'HOURLY' } });
    expect(badFrequency.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'frequency', message: 'Cette valeur ne fait pas partie des choix possibles.' }],
    });
    const missing = await a.member.fails(UPDATE_PREF, { input: { kind: 'MENTION' } });
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'frequency' }] });
  });

  it('mails IMMEDIATELY kinds at once in the recipient’s language, with a link to the post and an unsubscribe link; nothing for NEVER or digest kinds', async () => {
    const a = await association('Les Vitrines de Vitré');
    const english = await joinedMember(api, a.president, 'MEMBER', 'Anna Smith');
    await english.ok(`mutation { setLocale(locale: EN) { id } }`);
    const silent = await joinedMember(api, a.president, 'MEMBER', 'Sam Silence');
    await silent.ok(UPDATE_PREF, { input: { kind: 'MENTION', frequency: 'NEVER' } });

    await emit({
      associationId: a.associationId,
      kind: NotificationKind.MENTION,
      recipientMembershipIds: [a.member.membershipId, english.membershipId, silent.membershipId],
      actorMembershipId: a.presidentMembership,
      subject: { type: 'COMMENT', id: '22222222-2222-4222-8222-222222222222' },
      data: { excerpt: 'On compte sur toi pour la braderie', postId: POST_ID },
    });
    // A digest kind is not mailed at once.
    await emit({ associationId: a.associationId, recipientMembershipIds: [a.member.membershipId] });

    const mails = await api.mails();
    const toMember = mails.filter((m) => m.to === a.member.email && !m.subject.includes('Invitation'));
    expect(toMember).toHaveLength(1);
    expect(toMember[0].subject).toBe('[Les Vitrines de Vitré] Présidente Les Vitrines de Vitré vous a mentionné·e');
    expect(toMember[0].text).toContain('« On compte sur toi pour la braderie »');
    expect(toMember[0].text).toContain(`https://vitrines.example/feed/posts/${POST_ID}`);
    expect(toMember[0].text).toMatch(/https:\/\/vitrines\.example\/unsubscribe\/[A-Za-z0-9_-]{43}/);
    const toEnglish = mails.filter((m) => m.to === english.email && !m.subject.includes('Invitation'));
    expect(toEnglish).toHaveLength(1);
    expect(toEnglish[0].subject).toBe('[Les Vitrines de Vitré] Présidente Les Vitrines de Vitré mentioned you');
    expect(toEnglish[0].text).toContain('Hello Anna Smith,');
    expect(mails.filter((m) => m.to === silent.email && !m.subject.includes('Invitation'))).toEqual([]);
    // Mailed ones are marked, so the digest will not repeat them.
    const rows = await api.dataSource.getRepository(NotificationEntity).findBy({ associationId: a.associationId });
    expect(
      rows
        .filter((n) => n.emailedAt)
        .map((n) => n.recipientMembershipId)
        .sort(),
    ).toEqual([a.member.membershipId, english.membershipId].sort());
  });

  it('writes no notification, mail or event when the emitting transaction rolls back', async () => {
    const a = await association('Rollback');
    const before = (await api.mails()).length;
    await expect(
      api.dataSource.transaction(async (manager) => {
        await api.app.get(NotificationsService).emit(manager, {
          associationId: a.associationId,
          kind: NotificationKind.ANNOUNCEMENT,
          recipientMembershipIds: [a.member.membershipId],
          actorMembershipId: a.presidentMembership,
          subject: { type: 'POST', id: POST_ID },
        });
        throw new Error('the post failed');
      }),
    ).rejects.toThrow('the post failed');
    expect((await api.mails()).length).toBe(before);
    expect(await a.member.ok(`{ unreadNotificationCount }`)).toEqual({ unreadNotificationCount: 0 });
  });

  it('unsubscribes from one kind by the mailed link, once, without logging in', async () => {
    const a = await association('Désabonnement');
    await emit({
      associationId: a.associationId,
      kind: NotificationKind.ANNOUNCEMENT,
      recipientMembershipIds: [a.member.membershipId],
      actorMembershipId: a.presidentMembership,
    });
    const token = await tokenFromMail(api, a.member.email, '/unsubscribe/');

    const anonymous = api.client();
    expect(await anonymous.ok(UNSUBSCRIBE, { token })).toEqual({
      unsubscribe: { kind: 'ANNOUNCEMENT', associationName: 'Désabonnement' },
    });
    expect(
      (await a.member.ok<{ notificationPreferences: { kind: string; frequency: string }[] }>(PREFS))
        .notificationPreferences,
    ).toEqual(
      expect.arrayContaining([
        { kind: 'ANNOUNCEMENT', frequency: 'NEVER' },
        { kind: 'MENTION', frequency: 'IMMEDIATELY' },
      ]),
    );
    // Used: refused the second time; unknown and empty tokens too, naming the field.
    for (const bad of [token, 'not-a-real-token', '']) {
      const error = await anonymous.fails(UNSUBSCRIBE, { token: bad });
      expect([bad, error.extensions?.code, error.extensions?.fields?.[0]?.field]).toEqual([
        bad,
        'BAD_USER_INPUT',
        'token',
      ]);
    }
    // Now NEVER: the next announcement is not mailed.
    const before = (await api.mails()).filter((m) => m.to === a.member.email).length;
    await emit({
      associationId: a.associationId,
      kind: NotificationKind.ANNOUNCEMENT,
      recipientMembershipIds: [a.member.membershipId],
      actorMembershipId: a.presidentMembership,
    });
    expect((await api.mails()).filter((m) => m.to === a.member.email).length).toBe(before);
  });
});
