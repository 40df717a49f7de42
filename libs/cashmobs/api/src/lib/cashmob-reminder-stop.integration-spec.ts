import { RawMailbox, readIcs } from '@assoc/platform-testing';
import { ParsedMail } from 'mailparser';
import { CASHMOB_RATE_LIMITS } from './public-cashmob.resolver';
import {
  cashmobsWorld,
  freshIp,
  HOUR,
  jobs,
  published,
  SIGN_UP,
  signUpInput,
  visitor,
  World,
} from './cashmobs-test-helpers';

const PUBLIC_URL = 'https://vitrines.example.org';
type ListHeader = { unsubscribe?: { url?: string; mail?: string }; 'unsubscribe-post'?: { name?: string } };
const list = (mail: ParsedMail | undefined) => mail?.headers.get('list') as ListHeader | undefined;
const addressedTo = (mail: ParsedMail, to: unknown) =>
  !!mail.to && !Array.isArray(mail.to) && mail.to.value[0].address === to;

describe('cashmob reminders can be stopped in one click (List-Unsubscribe, RFC 8058)', () => {
  const mailbox = new RawMailbox();
  let world: World;
  beforeAll(async () => {
    world = await cashmobsWorld(1, {
      env: { PUBLIC_URL, MAIL_UNSUBSCRIBE_MAILTO: 'desabonnement@vitrines.example.org' },
      mailTransport: mailbox,
    });
  });
  afterAll(() => world.api.close());

  const received = async () => {
    await world.api.sendMails();
    return mailbox.read();
  };
  /** What a mail client does: a form-encoded POST, no cookie, no CSRF header, no script. */
  const oneClick = (url: string, ip = freshIp()) =>
    fetch(url.replace(PUBLIC_URL, world.api.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
      body: 'List-Unsubscribe=One-Click',
    });
  const stoppedAt = async (email: unknown): Promise<Date | null> =>
    (await world.api.dataSource.query(`SELECT "remindersStoppedAt" FROM cashmob_sign_ups WHERE email = $1`, [email]))[0]
      .remindersStoppedAt;

  it('reminders carry the headers and a line; one POST stops that sign-up’s reminders only, the confirmation carries none', async () => {
    const c = await published(world, world.shops[0], { capacity: 5 });
    const anne = signUpInput({ firstName: 'Anne' });
    const ben = signUpInput({ firstName: 'Ben', locale: 'EN' });
    for (const input of [anne, ben]) await visitor(world.api, freshIp()).request(SIGN_UP, { slug: c.slug, input });

    // The confirmation is transactional: no List-Unsubscribe.
    const confirmation = (await received()).find((m) => addressedTo(m, anne.email));
    expect(confirmation?.subject).toMatch(/inscription/i);
    expect(confirmation?.headers.has('list-unsubscribe')).toBe(false);
    expect(list(confirmation)).toBeUndefined();
    // Its calendar invitation, as the mail client receives it (RFC 5322 part decoded by mailparser), reads in ical.js.
    const invitation = confirmation?.attachments.find((a) => a.filename === 'cashmob.ics');
    expect(invitation?.contentType).toBe('text/calendar');
    const { events, stamps } = readIcs(invitation?.content.toString('utf8') ?? '');
    expect(events[0].startDate.toJSDate().getTime()).toBe(Math.floor(Date.parse(c.startsAt) / 1000) * 1000);
    expect(Math.abs(stamps[0].getTime() - world.api.clock.nowMs())).toBeLessThan(60_000);

    const startsAt = new Date(c.startsAt).getTime();
    expect((await jobs(world.api).run(new Date(startsAt - 23 * HOUR))).reminders).toBe(2);
    const dayBefore = (await received()).filter((m) => /^(Rappel|Reminder)/.test(m.subject ?? ''));
    const anneReminder = dayBefore.find((m) => addressedTo(m, anne.email));
    const benReminder = dayBefore.find((m) => addressedTo(m, ben.email));
    const url = list(anneReminder)?.unsubscribe?.url as string;
    expect(url).toMatch(
      /^https:\/\/vitrines\.example\.org\/api\/cashmobs\/reminders\/stop\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/,
    );
    expect(list(anneReminder)?.unsubscribe?.mail).toMatch(/^desabonnement@vitrines\.example\.org\?subject=unsubscribe/);
    expect(list(anneReminder)?.['unsubscribe-post']?.name).toBe('List-Unsubscribe=One-Click');
    expect(list(benReminder)?.unsubscribe?.url).not.toBe(url);
    // The line in the body, in the reader's language, with the same address.
    expect(anneReminder?.text).toContain(`Arrêtez-les en un clic (votre inscription reste) : ${url}`);
    expect(benReminder?.text).toContain('No more reminders for this cashmob?');

    // Opening the address (a link scanner, or the body's link) changes nothing: a page with a button.
    const opened = await fetch(url.replace(PUBLIC_URL, world.api.url), { headers: { 'x-forwarded-for': freshIp() } });
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(opened.headers.get('cache-control')).toBe('no-store');
    expect(opened.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await opened.text()).toMatch(/<form method="post" action="[^"]+">.*List-Unsubscribe.*One-Click/s);
    expect(await stoppedAt(anne.email)).toBeNull();

    const first = await oneClick(url);
    expect(first.status).toBe(200);
    expect([first.headers.get('content-type'), first.headers.get('cache-control')]).toEqual([
      'text/html; charset=utf-8',
      'no-store',
    ]);
    expect(await first.text()).toContain('Plus de rappels pour ce cashmob.');
    const when = await stoppedAt(anne.email);
    expect(when).not.toBeNull();
    // A client that retries is answered the same, and the first time is kept.
    expect((await oneClick(url)).status).toBe(200);
    expect(await stoppedAt(anne.email)).toEqual(when);
    expect(await stoppedAt(ben.email)).toBeNull();

    expect((await jobs(world.api).run(new Date(startsAt - 90 * 60 * 1000))).reminders).toBe(1);
    const twoHours = (await received()).filter((m) => /^(Rappel|Reminder)/.test(m.subject ?? ''));
    expect(twoHours.filter((m) => addressedTo(m, anne.email))).toHaveLength(1); // the day-before one only
    expect(twoHours.filter((m) => addressedTo(m, ben.email))).toHaveLength(2);
    // Stopping the reminders is not cancelling: Anne is still signed up.
    expect(
      (await world.api.dataSource.query(`SELECT status FROM cashmob_sign_ups WHERE email = $1`, [anne.email]))[0]
        .status,
    ).toBe('CONFIRMED');
  });

  it('a forged or altered token stops nothing and names the field; the address is rate limited', async () => {
    const c = await published(world, world.shops[0], { capacity: 5 });
    const cleo = signUpInput({ firstName: 'Cléo' });
    await visitor(world.api, freshIp()).request(SIGN_UP, { slug: c.slug, input: cleo });
    await jobs(world.api).run(new Date(new Date(c.startsAt).getTime() - 23 * HOUR));
    const reminder = (await received()).find((m) => addressedTo(m, cleo.email) && /^Rappel/.test(m.subject ?? ''));
    const url = list(reminder)?.unsubscribe?.url as string;
    const [id] = url.split('/').pop()?.split('.') ?? [];
    const altered = url.slice(0, -1) + (url.endsWith('A') ? 'B' : 'A');
    const otherId = url.replace(id, '00000000-0000-4000-8000-000000000000');
    for (const forged of [altered, otherId, `${PUBLIC_URL}/api/cashmobs/reminders/stop/${id}`]) {
      const response = await oneClick(forged);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'token', message: expect.stringContaining('lien') }],
      });
    }
    expect(await stoppedAt(cleo.email)).toBeNull();

    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i <= CASHMOB_RATE_LIMITS.token.limit; i++) statuses.push((await oneClick(altered, ip)).status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(CASHMOB_RATE_LIMITS.token.limit);
    expect(statuses.at(-1)).toBe(429);
    expect((await oneClick(url, ip)).status).toBe(429);
    expect(await stoppedAt(cleo.email)).toBeNull();
  });
});
