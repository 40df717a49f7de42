import { createHash } from 'node:crypto';
import {
  Campaign,
  CAMPAIGN,
  campaignInput,
  CAMPAIGNS,
  CANCEL,
  CREATE,
  DAY,
  draft,
  enrolling,
  HOUR,
  MINUTE,
  problem,
  promotionsWorld,
  PUBLISH,
  soonDates,
  startApp,
  transitions,
  UPDATE,
  World,
} from './promotions-test-helpers';

describe('campaigns', () => {
  let world: World;
  let other: World;
  beforeAll(async () => {
    world = await promotionsWorld(2);
    other = await promotionsWorld(1, world.api, 'Union commerciale de Fougères');
  });
  afterAll(() => world.api.close());

  const count = async () =>
    (await world.api.dataSource.query(`SELECT count(*)::int AS n FROM campaigns`))[0].n as number;

  it('lets the president and board draft, edit, publish and cancel; drafts stay hidden from members', async () => {
    const c = await draft(world.api, world.board, {
      minDiscountPercent: 10,
      invitedTrades: ['FOOD', 'FASHION', 'FOOD'],
    });
    expect(c).toMatchObject({
      status: 'DRAFT',
      allowedEvents: ['PUBLISH', 'CANCEL'],
      title: 'Fête des vitrines',
      minDiscountPercent: 10,
      invitedTrades: ['FOOD', 'FASHION'],
      channels: 'BOTH',
    });
    expect((await world.shops[0].request(CAMPAIGN, { id: c.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(
      (await world.shops[0].ok<{ campaigns: { id: string }[] }>(CAMPAIGNS)).campaigns.map((x) => x.id),
    ).not.toContain(c.id);
    const edited = await world.president.ok<{
      updateCampaign: Campaign & { title: string; minDiscountPercent: number | null };
    }>(UPDATE, { input: { id: c.id, title: '  Les Soldes du centre  ', minDiscountPercent: null } });
    expect(edited.updateCampaign).toMatchObject({
      title: 'Les Soldes du centre',
      minDiscountPercent: null,
      theme: 'Été à Vitré',
    });
    const published = (await world.president.ok<{ publishCampaign: Campaign }>(PUBLISH, { id: c.id })).publishCampaign;
    expect(published).toMatchObject({ status: 'ENROLLING', allowedEvents: ['CANCEL'] });
    expect((await world.shops[0].ok<{ campaign: Campaign }>(CAMPAIGN, { id: c.id })).campaign.status).toBe('ENROLLING');
    expect(problem(await world.president.request(UPDATE, { input: { id: c.id, title: 'Autre' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id', message: "Le temps fort n'est plus un brouillon : il ne peut plus être modifié." }],
    });
    expect(problem(await world.president.request(PUBLISH, { id: c.id })).fields?.[0].field).toBe('id');
    expect(problem(await world.president.request(CANCEL, { id: c.id, reason: ' ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason', message: 'Indiquez un motif.' }],
    });
    const cancelled = (
      await world.board.ok<{ cancelCampaign: Campaign & { cancelReason: string } }>(CANCEL, {
        id: c.id,
        reason: 'Travaux dans la rue',
      })
    ).cancelCampaign;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', allowedEvents: [], cancelReason: 'Travaux dans la rue' });
    expect(problem(await world.board.request(CANCEL, { id: c.id, reason: 'encore' })).fields?.[0].field).toBe('id');
  });

  it('refuses bad campaigns field by field, in the caller’s language, creating nothing', async () => {
    const before = await count();
    const now = world.api.clock.nowMs();
    const fields = async (extra: Record<string, unknown>, language = 'fr') => {
      if (language !== 'fr') await world.president.ok(`mutation { setLocale(locale: EN) { id } }`);
      const result = problem(await world.president.request(CREATE, { input: campaignInput(world.api, extra) }));
      if (language !== 'fr') await world.president.ok(`mutation { setLocale(locale: FR) { id } }`);
      return result;
    };
    expect(await fields({ endsAt: new Date(now + 9 * DAY).toISOString() })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'endsAt', message: 'La fin doit suivre le début.' }],
    });
    expect(await fields({ endsAt: new Date(now + 9 * DAY).toISOString() }, 'en')).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'endsAt', message: 'The end must come after the start.' }],
    });
    expect(await fields({ enrolmentDeadline: new Date(now + 11 * DAY).toISOString() })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'enrolmentDeadline',
          message: 'La date limite des inscriptions doit précéder le début du temps fort.',
        },
      ],
    });
    expect(await fields({ minDiscountPercent: 101 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'minDiscountPercent', message: 'La valeur doit être au plus 100.' }],
    });
    expect(await fields({ minDiscountPercent: -5 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'minDiscountPercent', message: 'La valeur doit être au moins 1.' }],
    });
    expect(await fields({ title: '' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'title', message: 'Ce champ est obligatoire.' }],
    });
    expect((await fields({ channels: 'NOWHERE' })).code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  it('refuses a draft whose enrolment deadline is already past, at once, and an edit that sets one', async () => {
    const before = await count();
    const past = campaignInput(world.api, {
      enrolmentDeadline: new Date(world.api.clock.nowMs() - MINUTE).toISOString(),
    });
    expect(problem(await world.president.request(CREATE, { input: past }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'enrolmentDeadline', message: 'La date limite doit être dans le futur.' }],
    });
    expect(await count()).toBe(before);
    const c = await draft(world.api, world.president);
    const edit = await world.president.request(UPDATE, {
      input: { id: c.id, enrolmentDeadline: new Date(world.api.clock.nowMs() - DAY).toISOString() },
    });
    expect(problem(edit)?.fields).toMatchObject([
      { field: 'enrolmentDeadline', message: 'La date limite doit être dans le futur.' },
    ]);
  });

  it('refuses to publish once the enrolment deadline has passed', async () => {
    const c = await draft(world.api, world.president, soonDates(world.api));
    await world.api.advanceClock(HOUR + 30 * MINUTE); // past the deadline (1 hour), before the start (2 hours)
    expect(problem(await world.president.request(PUBLISH, { id: c.id }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'enrolmentDeadline', message: 'La date limite doit être dans le futur.' }],
    });
    expect((await world.president.ok<{ campaign: Campaign }>(CAMPAIGN, { id: c.id })).campaign.status).toBe('DRAFT');
  });

  it('keeps members out of managing, consultants out entirely, and other associations at NOT_FOUND', async () => {
    const c = await enrolling(world);
    expect(
      (await world.shops[0].request(CREATE, { input: campaignInput(world.api) })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await world.shops[0].request(CANCEL, { id: c.id, reason: 'non' })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await world.consultant.request(CAMPAIGNS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const client of [other.president, other.shops[0]]) {
      expect((await client.request(CAMPAIGN, { id: c.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await client.ok<{ campaigns: { id: string }[] }>(CAMPAIGNS)).campaigns.map((x) => x.id)).not.toContain(
        c.id,
      );
    }
    for (const [query, variables] of [
      [CANCEL, { id: c.id, reason: 'intrusion' }],
      [UPDATE, { input: { id: c.id, title: 'intrusion' } }],
      [PUBLISH, { id: c.id }],
    ] as const)
      expect((await other.president.request(query, variables)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await world.president.ok<{ campaign: Campaign }>(CAMPAIGN, { id: c.id })).campaign.status).toBe(
      'ENROLLING',
    );
  });

  it('takes a cover image from the president or board, checked by its bytes', async () => {
    const c = await draft(world.api, world.president);
    const PNG = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const upload = (client: typeof world.president, bytes: Buffer, id = c.id) => {
      const form = new FormData();
      form.append('cover', new Blob([new Uint8Array(bytes)]), 'vitrine.png');
      return client.fetch(`/api/campaigns/${id}/cover`, { method: 'POST', body: form });
    };
    const done = await upload(world.board, PNG);
    expect(done.status).toBe(200);
    const { coverUrl } = (await done.json()) as { coverUrl: string };
    // Public on purpose (the campaign page), named by the SHA-256 of its bytes and cached for a year.
    expect(coverUrl).toBe(`/uploads/campaigns/${createHash('sha256').update(PNG).digest('hex')}.png`);
    const served = await fetch(`${world.api.url}${coverUrl}`);
    expect([served.status, served.headers.get('cache-control'), served.headers.get('x-content-type-options')]).toEqual([
      200,
      'public, max-age=31536000, immutable',
      'nosniff',
    ]);
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await fetch(`${world.api.url}/uploads/campaigns/${'0'.repeat(64)}.png`)).status).toBe(404);
    // Only the public kinds have a public address.
    expect(
      (await fetch(`${world.api.url}/uploads/posts/${createHash('sha256').update(PNG).digest('hex')}.png`)).status,
    ).toBe(404);
    expect(
      (
        await world.president.ok<{ campaign: { coverUrl: string } }>(
          `query($id: ID!) { campaign(id: $id) { coverUrl } }`,
          { id: c.id },
        )
      ).campaign.coverUrl,
    ).toBe(coverUrl);
    const refused = await upload(world.president, Buffer.from('<script>alert(1)</script>'));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'cover', message: 'Le fichier doit être une image PNG, JPEG ou WebP.' }],
    });
    expect((await upload(world.shops[0], PNG)).status).toBe(403);
    expect((await upload(other.president, PNG)).status).toBe(404);
  });

  it('moves by itself with the clock, each change made once when two API instances race', async () => {
    const a = await enrolling(world, soonDates(world.api)); // runs from 2 to 4 hours from now
    const b = await enrolling(world, {
      ...soonDates(world.api),
      endsAt: new Date(world.api.clock.nowMs() + 3 * HOUR).toISOString(),
    }); // ends in 3 hours
    // The clock moves without running the jobs (advanceClock would): the two instances below race for the due changes.
    world.api.clock.advance(3 * HOUR + MINUTE);
    const stored = async (id: string) =>
      (await world.api.dataSource.query(`SELECT status FROM campaigns WHERE id = $1`, [id]))[0].status as string;
    expect(await stored(a.id)).toBe('ENROLLING');
    // a second API instance on the same database
    const secondInstance = await startApp({ databaseUrl: world.api.databaseUrl });
    const job = transitions(world.api);
    const now = world.api.clock.now();
    const [first, second] = await Promise.all([job.run(now), transitions(secondInstance).run(now)]);
    await secondInstance.close();
    const made = [...first, ...second].filter((t) => t.campaignId === a.id || t.campaignId === b.id);
    expect(made.sort((x, y) => x.to.localeCompare(y.to))).toEqual([
      { campaignId: b.id, from: 'ENROLLING', to: 'FINISHED' },
      { campaignId: a.id, from: 'ENROLLING', to: 'RUNNING' },
    ]);
    expect([await stored(a.id), await stored(b.id)]).toEqual(['RUNNING', 'FINISHED']);
    expect((await job.run(now)).filter((t) => t.campaignId === a.id || t.campaignId === b.id)).toEqual([]);
  });
});
