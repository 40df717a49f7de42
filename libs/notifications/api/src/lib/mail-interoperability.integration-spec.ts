import { IdentityModule } from '@assoc/identity-api';
import { NotificationKind } from '@assoc/notifications-domain';
import {
  createAssociation,
  createTestApp,
  joinedMember,
  RawMailbox,
  signedUpClient,
  TestApp,
} from '@assoc/platform-testing';
import { ParsedMail } from 'mailparser';
import { NotificationDigestService } from './notification-digest.service';
import { NotificationsModule } from './notifications.module';
import { NotificationsService, NotificationToEmit } from './notifications.service';

const PREFS = `{ notificationPreferences { kind frequency } }`;
const UPDATE_PREF = `mutation($input: UpdateNotificationPreferenceInput!) { updateNotificationPreference(input: $input) { kind frequency } }`;

/** List-Unsubscribe as mailparser reads it (RFC 2369): the URL and the mailto address. */
type ListHeader = { unsubscribe?: { url?: string; mail?: string }; 'unsubscribe-post'?: { name?: string } };
const list = (mail: ParsedMail) => mail.headers.get('list') as ListHeader | undefined;

/** The first whole hour after `from` + 1 h at which Paris shows 19:00 (after DIGEST_HOUR). */
function parisEvening(from: Date): Date {
  const hour = (d: Date) =>
    Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: 'Europe/Paris' }).format(d));
  const date = new Date(Math.ceil(from.getTime() / 3_600_000) * 3_600_000 + 3_600_000);
  while (hour(date) !== 19) date.setTime(date.getTime() + 3_600_000);
  return date;
}

describe('mails as Gmail and Outlook read them: List-Unsubscribe one-click, Message-ID, sender', () => {
  const mailbox = new RawMailbox();
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp([IdentityModule, NotificationsModule], {
      env: {
        PUBLIC_URL: 'https://vitrines.example.org',
        MAIL_UNSUBSCRIBE_MAILTO: 'desabonnement@vitrines.example.org',
      },
      mailTransport: mailbox,
    });
  });
  afterAll(() => api.close());

  const emit = (n: Pick<NotificationToEmit, 'associationId' | 'recipientMembershipIds' | 'kind'>) =>
    api.dataSource.transaction((manager) =>
      api.app.get(NotificationsService).emit(manager, {
        actorMembershipId: null,
        subject: { type: 'POST', id: null },
        ...n,
      }),
    );
  const sent = async (to: string) => {
    await api.sendMails();
    return (await mailbox.read()).filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0].address === to);
  };
  const frequency = async (client: { ok: <T>(q: string) => Promise<T> }, kind: string) =>
    (
      await client.ok<{ notificationPreferences: { kind: string; frequency: string }[] }>(PREFS)
    ).notificationPreferences.find((p) => p.kind === kind)?.frequency;
  /** The one-click POST a mail client makes: form-encoded, no cookie, no CSRF header, no script. */
  const oneClick = (url: string) =>
    fetch(url.replace('https://vitrines.example.org', api.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      redirect: 'manual',
    });

  it('a notification mail carries List-Unsubscribe (https and mailto) and List-Unsubscribe-Post; one POST stops that kind, once', async () => {
    const president = await signedUpClient(api, 'Claire Martin');
    const { associationId } = await createAssociation(president, 'Les Vitrines de Vitré');
    const lucie = await joinedMember(api, president, 'MEMBER', 'Lucie Gautier');
    await emit({ associationId, kind: NotificationKind.ANNOUNCEMENT, recipientMembershipIds: [lucie.membershipId] });

    const [mail] = (await sent(lucie.email)).filter((m) => m.subject?.includes('annonce'));
    const header = list(mail);
    expect(header?.unsubscribe?.url).toMatch(/^https:\/\/vitrines\.example\.org\/api\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
    expect(header?.unsubscribe?.mail).toMatch(/^desabonnement@vitrines\.example\.org\?subject=unsubscribe&body=https/);
    expect(header?.['unsubscribe-post']?.name).toBe('List-Unsubscribe=One-Click');
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    // RFC 5322: one Message-ID, at the public host; the sender at the public host too.
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@vitrines\.example\.org>$/);
    expect(mail.from?.value[0].address).toBe('no-reply@vitrines.example.org');

    expect(await frequency(lucie, 'ANNOUNCEMENT')).toBe('IMMEDIATELY');
    const url = header?.unsubscribe?.url as string;
    // Opening the address changes nothing: it leads to the page.
    const opened = await fetch(url.replace('https://vitrines.example.org', api.url), { redirect: 'manual' });
    expect([opened.status, opened.headers.get('location')]).toEqual([
      303,
      url.replace('/api/unsubscribe/', '/unsubscribe/'),
    ]);
    expect(await frequency(lucie, 'ANNOUNCEMENT')).toBe('IMMEDIATELY');

    const first = await oneClick(url);
    expect(first.status).toBe(200);
    expect(await frequency(lucie, 'ANNOUNCEMENT')).toBe('NEVER');
    expect(await frequency(lucie, 'MENTION')).toBe('IMMEDIATELY');
    // A client that retries is answered the same; the token does not act a second time.
    await lucie.ok(UPDATE_PREF, { input: { kind: 'ANNOUNCEMENT', frequency: 'IMMEDIATELY' } });
    expect((await oneClick(url)).status).toBe(200);
    expect(await frequency(lucie, 'ANNOUNCEMENT')).toBe('IMMEDIATELY');
  });

  it('a forged or altered token does nothing and names the field', async () => {
    const president = await signedUpClient(api, 'Paul Durand');
    const { associationId } = await createAssociation(president, 'Cœur de Ville');
    const marc = await joinedMember(api, president, 'MEMBER', 'Marc Pinel');
    await emit({ associationId, kind: NotificationKind.MENTION, recipientMembershipIds: [marc.membershipId] });
    const [mail] = await sent(marc.email).then((mails) => mails.filter((m) => list(m)));
    const url = list(mail)?.unsubscribe?.url as string;
    const altered = url.slice(0, -1) + (url.endsWith('A') ? 'B' : 'A');
    for (const forged of [altered, 'https://vitrines.example.org/api/unsubscribe/not-a-real-token']) {
      const response = await oneClick(forged);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'token', message: expect.stringContaining('lien') }],
      });
    }
    expect(await frequency(marc, 'MENTION')).toBe('IMMEDIATELY');
  });

  it('the daily digest carries both headers, and its one click stops every kind', async () => {
    const president = await signedUpClient(api, 'Nadia Benali');
    const { associationId } = await createAssociation(president, 'Vitré Centre');
    const anna = await joinedMember(api, president, 'MEMBER', 'Anna Smith');
    await emit({
      associationId,
      kind: NotificationKind.COMMENT_ON_MY_POST,
      recipientMembershipIds: [anna.membershipId],
    });
    await api.app.get(NotificationDigestService).runDigests(parisEvening(new Date()));

    const [digest] = (await sent(anna.email)).filter((m) => /résumé/.test(m.subject ?? ''));
    const url = list(digest)?.unsubscribe?.url as string;
    expect(url).toMatch(/^https:\/\/vitrines\.example\.org\/api\/unsubscribe\//);
    expect(list(digest)?.['unsubscribe-post']?.name).toBe('List-Unsubscribe=One-Click');
    expect(digest.messageId).toMatch(/@vitrines\.example\.org>$/);
    expect((await oneClick(url)).status).toBe(200);
    const prefs = (await anna.ok<{ notificationPreferences: { frequency: string }[] }>(PREFS)).notificationPreferences;
    expect(new Set(prefs.map((p) => p.frequency))).toEqual(new Set(['NEVER']));
  });

  it('transactional mails (invitation, password reset) carry no List-Unsubscribe', async () => {
    const president = await signedUpClient(api, 'Hélène Roux');
    await createAssociation(president, 'Les Halles');
    const invited = await joinedMember(api, president, 'MEMBER', 'Jules Leroy');
    await api.client().ok(`mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`, {
      input: { email: invited.email },
    });
    const mails = await sent(invited.email);
    const invitation = mails.find((m) => /invit/i.test(m.subject ?? ''));
    const reset = mails.find((m) => /mot de passe|password/i.test(m.subject ?? ''));
    expect([Boolean(invitation), Boolean(reset)]).toEqual([true, true]);
    for (const mail of [invitation, reset] as ParsedMail[]) {
      expect(list(mail)).toBeUndefined();
      expect(mail.headerLines.some((h) => h.key.startsWith('list-'))).toBe(false);
      expect(mail.messageId).toMatch(/@vitrines\.example\.org>$/);
    }
  });
});
