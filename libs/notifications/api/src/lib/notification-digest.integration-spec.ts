import { IdentityModule } from '@assoc/identity-api';
import { NotificationKind } from '@assoc/notifications-domain';
import {
  createAssociation,
  createTestApp,
  joinedMember,
  signedUpClient,
  TestApp,
  tokenFromMail,
} from '@assoc/platform-testing';
import { NotificationDigestEntity } from './notification-digest.entity';
import { NotificationDigestService } from './notification-digest.service';
import { NotificationsModule } from './notifications.module';
import { NotificationsService, NotificationToEmit } from './notifications.service';

const parisHour = (date: Date) =>
  Number(
    new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: 'Europe/Paris' }).format(date),
  );

/** The first whole hour after `from` + 1 h at which Paris shows `hour`. */
function nextParisHour(from: Date, hour: number): Date {
  const date = new Date(Math.ceil(from.getTime() / 3_600_000) * 3_600_000 + 3_600_000);
  while (parisHour(date) !== hour) date.setTime(date.getTime() + 3_600_000);
  return date;
}

describe('daily digest, once per member per day with two API instances', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await createTestApp([IdentityModule, NotificationsModule], {
      env: { PUBLIC_URL: 'https://vitrines.example' },
    });
    second = await createTestApp([IdentityModule, NotificationsModule], {
      databaseUrl: first.databaseUrl,
      env: { PUBLIC_URL: 'https://vitrines.example' },
    });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  const emit = (
    n: Partial<NotificationToEmit> & Pick<NotificationToEmit, 'associationId' | 'recipientMembershipIds'>,
  ) =>
    first.dataSource.transaction((manager) =>
      first.app.get(NotificationsService).emit(manager, {
        kind: NotificationKind.COMMENT_ON_MY_POST,
        actorMembershipId: null,
        subject: { type: 'POST', id: null },
        ...n,
      }),
    );
  const runBoth = async (now: Date) => {
    const counts = await Promise.all(
      [first, second, first, second].map((api) => api.app.get(NotificationDigestService).runDigests(now)),
    );
    return counts.reduce((a, b) => a + b, 0);
  };
  const digests = async (email: string) =>
    (await first.mails()).filter((m) => m.to === email && /résumé|summary/.test(m.subject));

  it('sends one digest per member and day after DIGEST_HOUR (18:00 in the association’s time zone), in their language, with the unread digest kinds only', async () => {
    const president = await signedUpClient(first, 'Claire Martin');
    const { associationId, membershipId: claire } = await createAssociation(president, 'Les Vitrines de Vitré');
    const lucie = await joinedMember(first, president, 'MEMBER', 'Lucie Gautier');
    const anna = await joinedMember(first, president, 'MEMBER', 'Anna Smith');
    await anna.ok(`mutation { setLocale(locale: EN) { id } }`);
    // Comments never, replies by default (daily digest).
    const never = await joinedMember(first, president, 'MEMBER', 'Marc Pinel');
    await never.ok(
      `mutation { updateNotificationPreference(input: { kind: COMMENT_ON_MY_POST, frequency: NEVER }) { kind } }`,
    );
    const reader = await joinedMember(first, president, 'MEMBER', 'Nadia Benali');
    const everyone = [lucie, anna, never, reader].map((m) => m.membershipId);

    await emit({
      associationId,
      recipientMembershipIds: everyone,
      actorMembershipId: claire,
      data: { excerpt: 'Qui vient à la réunion ?', postId: '11111111-1111-4111-8111-111111111111' },
    });
    await emit({
      associationId,
      kind: NotificationKind.REPLY_TO_MY_COMMENT,
      recipientMembershipIds: everyone,
      actorMembershipId: claire,
      data: { excerpt: 'Moi !' },
    });
    // Mailed at once already (MENTION is IMMEDIATELY by default): not in the digest.
    await emit({
      associationId,
      kind: NotificationKind.MENTION,
      recipientMembershipIds: [lucie.membershipId],
      actorMembershipId: claire,
      data: { excerpt: 'mention seule' },
    });
    await reader.ok(`mutation { markAllNotificationsRead }`);

    const morning = nextParisHour(first.clock.now(), 10);
    const evening = new Date(morning.getTime() + 9 * 3_600_000);
    expect(await runBoth(morning)).toBe(0);
    expect(await runBoth(evening)).toBe(3);
    expect(await runBoth(new Date(evening.getTime() + 3_600_000))).toBe(0);

    const [toLucie, ...moreToLucie] = await digests(lucie.email);
    expect(moreToLucie).toEqual([]);
    expect(toLucie.subject).toBe('[Les Vitrines de Vitré] Votre résumé du jour : 2 notifications');
    expect(toLucie.text).toContain(
      'Claire Martin a commenté votre publication — « Qui vient à la réunion ? » (https://vitrines.example/feed/posts/11111111-1111-4111-8111-111111111111)',
    );
    expect(toLucie.text).toContain('Claire Martin a répondu à votre commentaire — « Moi ! »');
    expect(toLucie.text).not.toContain('mention seule');
    expect(toLucie.text).toMatch(/https:\/\/vitrines\.example\/unsubscribe\/[A-Za-z0-9_-]{43}/);
    const toAnna = await digests(anna.email);
    expect(toAnna.map((m) => m.subject)).toEqual(['[Les Vitrines de Vitré] Your daily summary: 2 notifications']);
    expect(toAnna[0].text).toContain('Claire Martin commented on your post');
    const toMarc = await digests(never.email);
    expect(toMarc.map((m) => m.subject)).toEqual(['[Les Vitrines de Vitré] Votre résumé du jour : 1 notification']);
    expect(toMarc[0].text).toContain('a répondu à votre commentaire');
    expect(toMarc[0].text).not.toContain('a commenté votre publication');
    expect(await digests(reader.email)).toEqual([]);
    expect(await first.dataSource.getRepository(NotificationDigestEntity).countBy({ associationId })).toBe(3);

    // NEVER for every kind: no digest at all.
    await never.ok(
      `mutation { updateNotificationPreference(input: { kind: REPLY_TO_MY_COMMENT, frequency: NEVER }) { kind } }`,
    );
    await emit({
      associationId,
      kind: NotificationKind.REPLY_TO_MY_COMMENT,
      recipientMembershipIds: [never.membershipId],
      actorMembershipId: claire,
    });

    // The next day: only what arrived since, and only for whom it arrived.
    await emit({
      associationId,
      recipientMembershipIds: [lucie.membershipId],
      actorMembershipId: claire,
      data: { excerpt: 'Et demain ?' },
    });
    expect(await runBoth(new Date(evening.getTime() + 24 * 3_600_000))).toBe(1);
    const lucieDigests = await digests(lucie.email);
    expect(lucieDigests).toHaveLength(2);
    expect(lucieDigests[0].subject).toBe('[Les Vitrines de Vitré] Votre résumé du jour : 1 notification');

    // The digest's link turns every kind off, without logging in.
    const token = await tokenFromMail(first, lucie.email, '/unsubscribe/');
    expect(
      await first
        .client()
        .ok(`mutation($token: String!) { unsubscribe(token: $token) { kind associationName } }`, { token }),
    ).toEqual({
      unsubscribe: { kind: null, associationName: 'Les Vitrines de Vitré' },
    });
    const { notificationPreferences } = await lucie.ok<{ notificationPreferences: { frequency: string }[] }>(
      `{ notificationPreferences { frequency } }`,
    );
    expect(new Set(notificationPreferences.map((p) => p.frequency))).toEqual(new Set(['NEVER']));
  });
});
