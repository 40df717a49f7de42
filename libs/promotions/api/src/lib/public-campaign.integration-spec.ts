import {
  CLAIM,
  claim,
  DAY,
  enrol,
  enrolling,
  freshIp,
  moveTo,
  problem,
  promotionsWorld,
  PUBLIC_CAMPAIGN,
  runningWithOffers,
  transitions,
  visitor,
  World,
} from './promotions-test-helpers';

type Page = {
  publicCampaign: {
    status: string;
    trades: string[];
    offers: { id: string; headline: string; shop: { name: string; trade: string; mapUrl: string } }[];
  };
};

describe('the public campaign page and personal vouchers', () => {
  let world: World;
  beforeAll(async () => {
    world = await promotionsWorld(3);
  });
  afterAll(() => world.api.close());

  const page = (slug: string, trade?: string) =>
    visitor(world.api, freshIp()).request<Page>(PUBLIC_CAMPAIGN, { slug, trade });
  const voucherRows = async (offerId: string) =>
    (await world.api.dataSource.query(`SELECT code, email, "consentAt" FROM campaign_vouchers WHERE "offerId" = $1`, [
      offerId,
    ])) as { code: string; email: string | null; consentAt: Date | null }[];

  it('is NOT_FOUND until enrolment closes, then shows approved offers with shops’ public fields, filtered by trade', async () => {
    const c = await enrolling(world);
    const approved = [];
    for (const shop of world.shops.slice(0, 2)) approved.push(await enrol(shop, c.id));
    await world.board.ok(`mutation($id: ID!) { reviewOffer(input: { id: $id, approve: true }) { id } }`, {
      id: approved[0].id,
    });
    await world.board.ok(`mutation($id: ID!) { reviewOffer(input: { id: $id, approve: true }) { id } }`, {
      id: approved[1].id,
    });
    await enrol(world.shops[2], c.id); // pending: never public
    expect((await page(c.slug)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await moveTo(world.api, c.id, 'PUBLISHED');
    const shown = (await page(c.slug)).data?.publicCampaign;
    expect(shown).toMatchObject({ status: 'PUBLISHED', trades: ['FASHION', 'FOOD'] });
    expect(shown?.offers.map((o) => o.id).sort()).toEqual(approved.map((o) => o.id).sort());
    expect(shown?.offers[0].shop.mapUrl).toMatch(
      /^https:\/\/www\.openstreetmap\.org\/search\?query=3%20rue%20Baudrairie/,
    );
    expect((await page(c.slug, 'FASHION')).data?.publicCampaign.offers.map((o) => o.shop.trade)).toEqual(['FASHION']);
    expect((await page('no-such-slug')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // nothing personal is even in the schema of the public types
    for (const field of [
      'offers { shop { phone } }',
      'offers { shop { membershipId } }',
      'offers { redemptionCount }',
      'offers { email }',
    ])
      expect(
        (
          await visitor(world.api, freshIp()).request(
            `query($slug: String!) { publicCampaign(slug: $slug) { ${field} } }`,
            { slug: c.slug },
          )
        ).errors?.[0].extensions?.code,
      ).toBe('GRAPHQL_VALIDATION_FAILED');
    const raw = JSON.stringify((await page(c.slug)).data);
    expect(raw).not.toMatch(/@|0299000000|Commerçant/);
  });

  it('gives a personal voucher of 80 random bits, with or without an e-mail, keeping the e-mail only with consent', async () => {
    const { campaign, offers } = await runningWithOffers(world, [world.shops[0]], {}, 'PUBLISHED');
    const anonymous = await claim(world.api, campaign.slug, offers[0].id);
    expect(anonymous.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(anonymous.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const fields = async (input: Record<string, unknown>, language = 'fr') =>
      problem(
        await visitor(world.api, freshIp()).request(
          CLAIM,
          { slug: campaign.slug, input: { offerId: offers[0].id, ...input } },
          language,
        ),
      );
    expect(await fields({ email: 'lea@example.fr' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'consent', message: 'Votre accord est nécessaire pour que nous gardions votre adresse e-mail.' },
      ],
    });
    expect(await fields({ email: 'lea@example.fr' }, 'en')).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'consent', message: 'Your consent is needed for us to keep your e-mail address.' }],
    });
    expect(await fields({ email: 'pas une adresse', consent: true })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', message: "L'adresse e-mail n'est pas valide." }],
    });
    expect(await voucherRows(offers[0].id)).toHaveLength(1);
    const mailed = await claim(world.api, campaign.slug, offers[0].id, { email: 'Lea@Example.fr', consent: true });
    const mail = (await world.api.mails()).find((m) => m.to === 'lea@example.fr');
    expect(mail?.text).toContain(mailed.code);
    expect(mail?.subject).toContain('Votre bon « -20 % »');
    expect(await fields({ email: ' lea@example.FR ', consent: true })).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'email', message: 'Un bon a déjà été retiré pour cette offre avec cette adresse e-mail.' }],
    });
    const rows = await voucherRows(offers[0].id);
    expect(rows.map((r) => r.email).sort()).toEqual(['lea@example.fr', null]);
    expect(rows.every((r) => (r.email === null) === (r.consentAt === null))).toBe(true);
    expect(new Set(rows.map((r) => r.code)).size).toBe(2);
    // e-mails are erased 30 days after the end, once
    await moveTo(world.api, campaign.id, 'FINISHED');
    expect(await transitions(world.api).purgeEmails(new Date(world.api.clock.nowMs() + 29 * DAY))).toBe(0);
    expect(
      await transitions(world.api).purgeEmails(new Date(world.api.clock.nowMs() + 31 * DAY)),
    ).toBeGreaterThanOrEqual(1);
    expect((await voucherRows(offers[0].id)).map((r) => r.email)).toEqual([null, null]);
    expect(await transitions(world.api).purgeEmails(new Date(world.api.clock.nowMs() + 31 * DAY))).toBe(0);
  });

  it('holds one voucher per e-mail under concurrent claims', async () => {
    const { campaign, offers } = await runningWithOffers(world, [world.shops[1]], {}, 'PUBLISHED');
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        visitor(world.api, freshIp()).request(CLAIM, {
          slug: campaign.slug,
          input: { offerId: offers[0].id, email: 'same@example.fr', consent: true },
        }),
      ),
    );
    expect(results.filter((r) => r.data?.claimVoucher)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(9);
  });

  it('requires an e-mail for one-per-customer offers, and closes claims outside the campaign', async () => {
    const { campaign, offers } = await runningWithOffers(world, [world.shops[2]], { onePerCustomer: true }, 'RUNNING');
    expect(
      problem(
        await visitor(world.api, freshIp()).request(CLAIM, { slug: campaign.slug, input: { offerId: offers[0].id } }),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'email', message: 'Cette offre est limitée à une par client : indiquez votre adresse e-mail.' },
      ],
    });
    await moveTo(world.api, campaign.id, 'FINISHED');
    expect(
      problem(
        await visitor(world.api, freshIp()).request(CLAIM, {
          slug: campaign.slug,
          input: { offerId: offers[0].id, email: 'x@example.fr', consent: true },
        }),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'slug', message: 'Les bons de ce temps fort ne sont pas disponibles en ce moment.' }],
    });
    expect(await voucherRows(offers[0].id)).toEqual([]);
  });

  it('rate-limits claims per client address', async () => {
    const { campaign, offers } = await runningWithOffers(world, [world.shops[0]], {}, 'PUBLISHED');
    const ip = freshIp();
    const results = [];
    for (let i = 0; i < 21; i++)
      results.push(
        await visitor(world.api, ip).request(CLAIM, { slug: campaign.slug, input: { offerId: offers[0].id } }),
      );
    expect(results.slice(0, 20).every((r) => r.data?.claimVoucher)).toBe(true);
    expect(results[20].errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});
