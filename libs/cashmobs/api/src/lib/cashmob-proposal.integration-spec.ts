import { createAssociation, joinedMember, signedUpClient } from '@assoc/platform-testing';
import {
  ACCEPT,
  advanceTo,
  CANCEL,
  Cashmob,
  cashmob,
  cashmobsWorld,
  createShop,
  DAY,
  HOUR,
  propose,
  PROPOSE,
  published,
  slot,
  World,
} from './cashmobs-test-helpers';

describe('proposing a cashmob and the shop’s answer', () => {
  let world: World;
  beforeAll(async () => {
    world = await cashmobsWorld(4);
  });
  afterAll(() => world.api.close());

  const count = async () =>
    (await world.api.dataSource.query(`SELECT count(*)::int AS n FROM cashmobs`))[0].n as number;

  it('lets a member propose for a shop; the owner is notified in-app and by e-mail; nothing is public yet', async () => {
    const [organiser, host] = world.shops;
    const proposed = await propose(world.api, organiser, host.shopId as string, { capacity: 30 });
    expect(proposed).toMatchObject({
      status: 'PROPOSED',
      allowedEvents: ['ACCEPT', 'COUNTER_PROPOSE', 'DECLINE', 'CANCEL'],
      hostMembershipId: host.membershipId,
      organiserMembershipId: organiser.membershipId,
      spendMinCents: 1000,
      spendMaxCents: 2000,
      capacity: 30,
      slug: null,
      confirmedCount: 0,
      spotsLeft: 30,
      shop: { id: host.shopId, name: 'Boutique 2', trade: 'FASHION' },
    });
    const notes = await host.ok<{
      notifications: { nodes: { kind: string; subjectType: string; subjectId: string }[] };
    }>(`{ notifications { nodes { kind subjectType subjectId } } }`);
    expect(notes.notifications.nodes).toContainEqual({
      kind: 'CASHMOB_REQUEST',
      subjectType: 'CASHMOB',
      subjectId: proposed.id,
    });
    const mail = (await world.api.mails()).find((m) => m.to === host.email && m.subject.includes('cashmob'));
    expect(mail?.text).toContain(`/cashmobs/${proposed.id}`);
    const [{ slug }] = await world.api.dataSource.query(`SELECT slug FROM cashmobs WHERE id = $1`, [proposed.id]);
    expect(slug).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(
      (await world.api.client().fails(`query($s: String!) { publicCashmob(slug: $s) { slug } }`, { s: slug }))
        .extensions?.code,
    ).toBe('NOT_FOUND');
    // consultants have no cashmob permission
    expect((await world.consultant.fails(`{ cashmobs { id } }`)).extensions?.code).toBe('FORBIDDEN');
    expect(
      (
        await world.consultant.fails(PROPOSE, {
          input: { shopId: host.shopId, ...slot(world.api.clock.now()), meetingPoint: 'x' },
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('refuses bad input field by field, in the caller’s language, changing nothing', async () => {
    const [organiser, host] = world.shops;
    const before = await count();
    const fails = async (extra: Record<string, unknown>) =>
      (
        await organiser.fails(PROPOSE, {
          input: { shopId: host.shopId, ...slot(world.api.clock.now()), meetingPoint: 'Devant la fontaine', ...extra },
        })
      ).extensions?.fields;
    const soon = new Date(world.api.clock.nowMs() + 2 * DAY);
    expect(
      await fails({ startsAt: soon.toISOString(), endsAt: new Date(soon.getTime() + HOUR).toISOString() }),
    ).toMatchObject([{ field: 'startsAt', message: 'Le cashmob doit être prévu au moins 7 jours à l’avance.' }]);
    const past = new Date(world.api.clock.nowMs() - DAY);
    const inThePast = { startsAt: past.toISOString(), endsAt: new Date(past.getTime() + HOUR).toISOString() };
    expect(await fails(inThePast)).toMatchObject([
      {
        field: 'startsAt',
        reason: 'startInPast',
        message: 'Le début du cashmob est déjà passé : choisissez une date et une heure à venir.',
      },
    ]);
    // A signed-in person reads their own language.
    const SET_LOCALE = `mutation($l: Locale!) { setLocale(locale: $l) { locale } }`;
    await organiser.ok(SET_LOCALE, { l: 'EN' });
    try {
      expect(await fails(inThePast)).toMatchObject([
        { field: 'startsAt', message: 'The cashmob’s start has already passed: choose a date and time still to come.' },
      ]);
    } finally {
      await organiser.ok(SET_LOCALE, { l: 'FR' });
    }
    const start = new Date(world.api.clock.nowMs() + 10 * DAY);
    expect(
      await fails({ startsAt: start.toISOString(), endsAt: new Date(start.getTime() - HOUR).toISOString() }),
    ).toMatchObject([{ field: 'endsAt', message: 'La fin doit suivre le début.' }]);
    expect(
      await fails({ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 13 * HOUR).toISOString() }),
    ).toMatchObject([{ field: 'endsAt', message: 'Un cashmob dure au plus 12 heures.' }]);
    expect(await fails({ spendMinCents: 3000, spendMaxCents: 2000 })).toMatchObject([
      { field: 'spendMaxCents', message: 'Le montant maximum doit être au moins égal au minimum.' },
    ]);
    expect(await fails({ spendMinCents: -1 })).toMatchObject([
      { field: 'spendMinCents', message: 'La valeur doit être au moins 0.' },
    ]);
    expect(await fails({ capacity: 0 })).toMatchObject([
      { field: 'capacity', message: 'La valeur doit être au moins 1.' },
    ]);
    expect(await fails({ meetingPoint: '   ' })).toMatchObject([
      { field: 'meetingPoint', message: 'Ce champ est obligatoire.' },
    ]);
    expect(await count()).toBe(before);
  });

  it('follows the president’s lead time', async () => {
    const [organiser, host] = world.shops;
    const SETTINGS = `mutation($d: Int!) { updateCashmobSettings(leadTimeDays: $d) { leadTimeDays } }`;
    expect((await organiser.fails(SETTINGS, { d: 2 })).extensions?.code).toBe('FORBIDDEN');
    expect((await world.president.fails(SETTINGS, { d: -1 })).extensions?.fields).toMatchObject([
      { field: 'leadTimeDays', message: 'La valeur doit être au moins 0.' },
    ]);
    await world.president.ok(SETTINGS, { d: 2 });
    try {
      expect(await organiser.ok(`{ cashmobSettings { leadTimeDays } }`)).toEqual({
        cashmobSettings: { leadTimeDays: 2 },
      });
      expect((await propose(world.api, organiser, host.shopId as string, slot(world.api.clock.now(), 3))).status).toBe(
        'PROPOSED',
      );
      // No lead time at all: a start already past still says it is past, not "at least 0 days ahead".
      await world.president.ok(SETTINGS, { d: 0 });
      const past = new Date(world.api.clock.nowMs() - HOUR);
      expect(
        (
          await organiser.fails(PROPOSE, {
            input: {
              shopId: host.shopId,
              startsAt: past.toISOString(),
              endsAt: new Date(past.getTime() + 2 * HOUR).toISOString(),
              meetingPoint: 'Devant la fontaine',
            },
          })
        ).extensions?.fields,
      ).toMatchObject([{ field: 'startsAt', reason: 'startInPast' }]);
    } finally {
      await world.president.ok(SETTINGS, { d: 7 });
    }
  });

  it('takes one support per member and shows the demand', async () => {
    const [organiser, host, other] = world.shops;
    const proposed = await propose(world.api, organiser, host.shopId as string);
    const SUPPORT = `mutation($id: ID!) { supportCashmob(id: $id) { supportCount supportedByMe } }`;
    await Promise.all([other.ok(SUPPORT, { id: proposed.id }), other.ok(SUPPORT, { id: proposed.id })]);
    expect((await other.ok<{ supportCashmob: unknown }>(SUPPORT, { id: proposed.id })).supportCashmob).toEqual({
      supportCount: 1,
      supportedByMe: true,
    });
    await world.board.ok(SUPPORT, { id: proposed.id });
    expect(await cashmob(organiser, proposed.id)).toMatchObject({ supportCount: 2, supportedByMe: false });
    await other.ok(`mutation($id: ID!) { unsupportCashmob(id: $id) { id } }`, { id: proposed.id });
    expect((await cashmob(other, proposed.id)).supportCount).toBe(1);
  });

  it('lets only the shop’s owner answer: accept publishes, another slot awaits the organiser, decline is final', async () => {
    const [organiser, host, other] = world.shops;
    const a = await propose(world.api, organiser, host.shopId as string);
    const stranger = await other.fails(ACCEPT, { id: a.id });
    expect(stranger.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id', message: 'Seul le commerçant qui accueille ce cashmob peut faire cela.' }],
    });
    expect((await cashmob(organiser, a.id)).status).toBe('PROPOSED');
    const accepted = await host.ok<{ acceptCashmob: { status: string; slug: string } }>(ACCEPT, { id: a.id });
    expect(accepted.acceptCashmob.status).toBe('PUBLISHED');
    expect(accepted.acceptCashmob.slug).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect((await host.fails(ACCEPT, { id: a.id })).extensions?.fields).toMatchObject([
      { field: 'status', message: "Le cashmob ne peut pas passer de l'état « PUBLISHED » par « ACCEPT »." },
    ]);

    const b = await propose(world.api, organiser, host.shopId as string);
    const other_ = slot(world.api.clock.now(), 14, 3);
    const OTHER = `mutation($input: ProposeOtherSlotInput!) { proposeOtherSlot(input: $input) { status counterStartsAt shopMessage } }`;
    expect(
      (await host.fails(OTHER, { input: { id: b.id, ...slot(world.api.clock.now(), 1), message: 'x' } })).extensions
        ?.fields,
    ).toMatchObject([{ field: 'startsAt', message: 'Le cashmob doit être prévu au moins 7 jours à l’avance.' }]);
    expect(
      (
        await host.ok<{ proposeOtherSlot: unknown }>(OTHER, {
          input: { id: b.id, ...other_, message: 'Plutôt samedi ?' },
        })
      ).proposeOtherSlot,
    ).toEqual({
      status: 'COUNTER_PROPOSED',
      counterStartsAt: other_.startsAt,
      shopMessage: 'Plutôt samedi ?',
    });
    const ACCEPT_OTHER = `mutation($id: ID!) { acceptOtherSlot(id: $id) { status startsAt endsAt counterStartsAt slug } }`;
    expect((await other.fails(ACCEPT_OTHER, { id: b.id })).extensions?.fields).toMatchObject([
      { field: 'id', message: "Seul l'organisateur de ce cashmob peut faire cela." },
    ]);
    expect(
      (await organiser.ok<{ acceptOtherSlot: Record<string, unknown> }>(ACCEPT_OTHER, { id: b.id })).acceptOtherSlot,
    ).toMatchObject({
      status: 'PUBLISHED',
      startsAt: other_.startsAt,
      endsAt: other_.endsAt,
      counterStartsAt: null,
    });

    const c = await propose(world.api, organiser, host.shopId as string);
    const declined = await host.ok<{ declineCashmob: { status: string; shopMessage: string } }>(
      `mutation($id: ID!) { declineCashmob(id: $id, message: "Pas ce mois-ci") { status shopMessage } }`,
      { id: c.id },
    );
    expect(declined.declineCashmob).toEqual({ status: 'DECLINED', shopMessage: 'Pas ce mois-ci' });
    expect((await organiser.fails(CANCEL, { id: c.id, reason: 'x' })).extensions?.fields?.[0].field).toBe('status');
  });

  it('lets the organiser, the shop or the board cancel before the start, and nobody else', async () => {
    const [organiser, host, other] = world.shops;
    const c = await published(world, host);
    expect((await other.fails(CANCEL, { id: c.id, reason: 'Intrus' })).extensions?.fields).toMatchObject([
      { field: 'id', message: "Seuls l'organisateur, le commerçant et le bureau peuvent faire cela." },
    ]);
    expect((await world.board.fails(CANCEL, { id: c.id, reason: '  ' })).extensions?.fields).toMatchObject([
      { field: 'reason', message: 'Ce champ est obligatoire.' },
    ]);
    expect(
      (await world.board.ok<{ cancelCashmob: unknown }>(CANCEL, { id: c.id, reason: 'Travaux dans la rue' }))
        .cancelCashmob,
    ).toMatchObject({ status: 'CANCELLED', cancelReason: 'Travaux dans la rue' });
    const started = await published(world, host);
    // A minute after its start, by the API's clock.
    await advanceTo(world.api, started.startsAt, 60 * 1000);
    expect((await host.fails(CANCEL, { id: started.id, reason: 'Trop tard' })).extensions?.fields).toMatchObject([
      { field: 'status', message: 'Le cashmob a déjà commencé.' },
    ]);
    expect((await organiser.fails(CANCEL, { id: started.id, reason: 'Intrus' })).extensions?.fields?.[0].field).toBe(
      'id',
    );
  });

  it('suggests shops by fair rotation, skipping those that declined recently, with the trade mix', async () => {
    const { api } = world;
    const president = await signedUpClient(api, 'Présidente R');
    await createAssociation(president, 'Rotation');
    const members = [];
    for (const [i, trade] of ['FOOD', 'FOOD', 'BEAUTY', 'HOME'].entries()) {
      const m = await joinedMember(api, president, 'MEMBER', `R${i}`);
      members.push({ client: m, shopId: await createShop(m, `R${i}`, trade) });
    }
    // A member who left keeps a shop row, but is no longer suggested, nor open to a proposal.
    const gone = await joinedMember(api, president, 'MEMBER', 'R4');
    const goneShop = await createShop(gone, 'R4', 'CULTURE');
    await president.ok(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: gone.membershipId });
    expect(
      (await president.fails(PROPOSE, { input: { shopId: goneShop, ...slot(api.clock.now()), meetingPoint: 'x' } }))
        .extensions?.fields,
    ).toMatchObject([{ field: 'shopId', message: "Cet adhérent n'a pas de boutique dans l'association." }]);
    // Two cashmobs held, R0's longer ago than R1's: both accepted ahead, then the clock moves past both
    // (a day after R1's, five after R0's: short spans keep this file's moves under the 30-day session lifetime).
    const past = await propose(api, president, members[0].shopId, slot(api.clock.now(), 8));
    await members[0].client.ok(ACCEPT, { id: past.id });
    const recent = await propose(api, president, members[1].shopId, slot(api.clock.now(), 12));
    await members[1].client.ok(ACCEPT, { id: recent.id });
    await advanceTo(api, recent.startsAt, DAY);
    const refused = await propose(api, president, members[2].shopId);
    await members[2].client.ok(`mutation($id: ID!) { declineCashmob(id: $id) { id } }`, { id: refused.id });
    const nominated = await propose(api, president, members[3].shopId);
    await members[1].client.ok(`mutation($id: ID!) { supportCashmob(id: $id) { id } }`, { id: nominated.id });
    const { suggestedShops } = await president.ok<{
      suggestedShops: {
        suggested: { name: string; supports: number }[];
        skipped: { name: string; skippedUntil: string }[];
        tradeMix: unknown[];
      };
    }>(
      `{ suggestedShops { suggested { name supports lastCashmobAt } skipped { name skippedUntil } tradeMix { trade shops hadCashmob } } }`,
    );
    expect(suggestedShops.suggested.map((s) => [s.name, s.supports])).toEqual([
      ['R3', 1],
      ['R0', 0],
      ['R1', 0],
    ]);
    expect(suggestedShops.skipped.map((s) => s.name)).toEqual(['R2']);
    expect(suggestedShops.tradeMix).toEqual([
      { trade: 'FOOD', shops: 2, hadCashmob: 2 },
      { trade: 'HOME', shops: 1, hadCashmob: 0 },
    ]);
  });

  it('keeps each association’s cashmobs to itself: NOT_FOUND for every operation from another association', async () => {
    const { api } = world;
    const host = world.shops[1];
    const c = await published(world, host);
    const proposedOnly = await propose(world.api, world.president, host.shopId as string);
    const outsider = await signedUpClient(api, 'Président B');
    await createAssociation(outsider, 'Association B');
    const outsiderShop = await createShop(outsider, 'Boutique B', 'FOOD');
    const other = slot(api.clock.now());
    const ops: [string, Record<string, unknown>][] = [
      [`query($id: ID!) { cashmob(id: $id) { id } }`, { id: c.id }],
      [`query($id: ID!) { cashmobReport(id: $id) { confirmed } }`, { id: c.id }],
      [`query($id: ID!) { cashmobSignUps(cashmobId: $id) { id } }`, { id: c.id }],
      [`mutation($id: ID!) { acceptCashmob(id: $id) { id } }`, { id: proposedOnly.id }],
      [`mutation($id: ID!) { declineCashmob(id: $id) { id } }`, { id: proposedOnly.id }],
      [`mutation($id: ID!) { acceptOtherSlot(id: $id) { id } }`, { id: proposedOnly.id }],
      [
        `mutation($input: ProposeOtherSlotInput!) { proposeOtherSlot(input: $input) { id } }`,
        { input: { id: proposedOnly.id, ...other } },
      ],
      [`mutation($id: ID!) { supportCashmob(id: $id) { id } }`, { id: proposedOnly.id }],
      [`mutation($id: ID!) { unsupportCashmob(id: $id) { id } }`, { id: proposedOnly.id }],
      [`mutation($id: ID!) { cancelCashmob(id: $id, reason: "Intrus") { id } }`, { id: c.id }],
      [
        `mutation($input: UpdateCashmobInput!) { updateCashmob(input: $input) { id } }`,
        { input: { id: c.id, capacity: 1 } },
      ],
      [
        `mutation($input: RecordCashmobResultInput!) { recordCashmobResult(input: $input) { id } }`,
        { input: { id: c.id, salesCount: 1, revenueCents: 1 } },
      ],
      [`mutation($id: ID!) { addWalkIn(cashmobId: $id, firstName: "Intrus") { id } }`, { id: c.id }],
      [`mutation($id: ID!) { checkInByCode(cashmobId: $id, code: "x") { id } }`, { id: c.id }],
      [
        `mutation($input: ProposeCashmobInput!) { proposeCashmob(input: $input) { id } }`,
        { input: { shopId: host.shopId, ...other, meetingPoint: 'x' } },
      ],
    ];
    for (const [query, variables] of ops) {
      const code = (await outsider.fails(query, variables)).extensions?.code;
      expect([query, code]).toEqual([query, query.includes('checkInByCode') ? 'BAD_USER_INPUT' : 'NOT_FOUND']);
    }
    // and the other way round: A cannot propose a cashmob for B's shop
    expect(
      (await world.president.fails(PROPOSE, { input: { shopId: outsiderShop, ...other, meetingPoint: 'x' } }))
        .extensions?.code,
    ).toBe('NOT_FOUND');
    expect(await outsider.ok(`{ cashmobs { id } }`)).toEqual({ cashmobs: [] });
    const after = await cashmob(world.president, c.id);
    expect(after).toMatchObject({ status: 'PUBLISHED', capacity: null });
    expect((await cashmob(world.president, proposedOnly.id)) as Cashmob).toMatchObject({
      status: 'PROPOSED',
      supportCount: 0,
    });
  });
});
