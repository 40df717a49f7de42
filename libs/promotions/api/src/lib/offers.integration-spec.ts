import {
  approve,
  ENROL,
  enrol,
  enrolling,
  moveTo,
  Offer,
  offerInput,
  OFFERS,
  problem,
  promotionsWorld,
  REVIEW,
  UPDATE_OFFER,
  World,
} from './promotions-test-helpers';

describe('offers and their review', () => {
  let world: World;
  let other: World;
  beforeAll(async () => {
    world = await promotionsWorld(3);
    other = await promotionsWorld(1, world.api, 'Union commerciale de Fougères');
  });
  afterAll(() => world.api.close());

  const offerCount = async (campaignId: string) =>
    (
      await world.api.dataSource.query(`SELECT count(*)::int AS n FROM campaign_offers WHERE "campaignId" = $1`, [
        campaignId,
      ])
    )[0].n as number;

  it('lets a member enrol their own shop, change the offer while enrolment is open, and the board approve it', async () => {
    const c = await enrolling(world);
    const offer = await enrol(world.shops[0], c.id, {
      maxUses: 50,
      online: true,
      onlineUrl: 'https://boutique-1.fr/soldes',
    });
    expect(offer).toMatchObject({
      status: 'PENDING',
      redemptionCount: 0,
      shop: { id: world.shops[0].shopId, trade: 'FOOD' },
    });
    expect(offer.code).toMatch(/^[2-9A-HJKMNP-TV-Z]{7}$/);
    // others see only approved offers; the board sees all
    expect((await world.shops[1].ok<{ campaignOffers: Offer[] }>(OFFERS, { id: c.id })).campaignOffers).toEqual([]);
    expect(
      (await world.board.ok<{ campaignOffers: Offer[] }>(OFFERS, { id: c.id })).campaignOffers.map((o) => o.id),
    ).toEqual([offer.id]);
    const changed = await world.shops[0].ok<{ updateOffer: Offer & { headline: string } }>(UPDATE_OFFER, {
      input: { id: offer.id, kind: 'GIFT', percentOff: null, description: 'Un tote bag' },
    });
    expect(changed.updateOffer).toMatchObject({ status: 'PENDING', headline: 'Cadeau : Un tote bag' });
    const approved = await approve(world, offer.id);
    expect(approved.status).toBe('APPROVED');
    const { campaignOffer } = await world.shops[0].ok<{ campaignOffer: { qrCode: string } }>(
      `query($id: ID!) { campaignOffer(id: $id) { qrCode } }`,
      { id: offer.id },
    );
    expect(Buffer.from(campaignOffer.qrCode.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toMatch(
      /^<svg /,
    );
    expect(
      (await world.shops[1].ok<{ campaignOffers: Offer[] }>(OFFERS, { id: c.id })).campaignOffers.map((o) => o.id),
    ).toEqual([offer.id]);
    expect(
      problem(await world.board.request(REVIEW, { input: { id: offer.id, approve: false, reason: 'Trop tard' } }))
        .fields?.[0].field,
    ).toBe('id');
    // a second offer for the same shop is a conflict
    expect(
      problem(await world.shops[0].request(ENROL, { input: offerInput(c.id, world.shops[0].shopId as string) })),
    ).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'shopId', message: 'Votre boutique a déjà une offre dans ce temps fort.' }],
    });
  });

  it('rejects with a reason, and tells the shop’s owner in the app', async () => {
    const c = await enrolling(world);
    const offer = await enrol(world.shops[1], c.id);
    expect(problem(await world.board.request(REVIEW, { input: { id: offer.id, approve: false } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason', message: 'Indiquez un motif.' }],
    });
    const rejected = await world.board.ok<{ reviewOffer: Offer & { reviewReason: string } }>(REVIEW, {
      input: { id: offer.id, approve: false, reason: 'La remise doit porter sur toute la boutique' },
    });
    expect(rejected.reviewOffer).toMatchObject({
      status: 'REJECTED',
      reviewReason: 'La remise doit porter sur toute la boutique',
    });
    const notes = await world.shops[1].ok<{
      notifications: { nodes: { kind: string; subjectType: string; subjectId: string; reason: string | null }[] };
    }>(`{ notifications(first: 10) { nodes { kind subjectType subjectId reason } } }`);
    expect(notes.notifications.nodes).toContainEqual({
      kind: 'OFFER_REVIEWED',
      subjectType: 'CAMPAIGN',
      subjectId: c.id,
      reason: 'La remise doit porter sur toute la boutique',
    });
  });

  it('refuses every bad offer field by field, in the caller’s language, changing nothing', async () => {
    const c = await enrolling(world, {
      minDiscountPercent: 10,
      invitedTrades: ['FOOD', 'FASHION'],
      channels: 'IN_STORE',
    });
    const member = world.shops[0];
    const tryEnrol = async (extra: Record<string, unknown>, who = member) =>
      problem(await who.request(ENROL, { input: offerInput(c.id, who.shopId as string, extra) }));
    const field = (f: string, message: string) => ({ code: 'BAD_USER_INPUT', fields: [{ field: f, message }] });
    expect(await tryEnrol({ percentOff: 120 })).toEqual(field('percentOff', 'La valeur doit être au plus 100.'));
    expect(await tryEnrol({ percentOff: -5 })).toEqual(field('percentOff', 'La valeur doit être au moins 1.'));
    expect(await tryEnrol({ percentOff: 5 })).toEqual(
      field('percentOff', 'Ce temps fort demande une remise d’au moins 10 %.'),
    );
    expect(await tryEnrol({ kind: 'AMOUNT_OFF', percentOff: null, amountOffCents: -100 })).toEqual(
      field('amountOffCents', 'La valeur doit être au moins 1.'),
    );
    expect(await tryEnrol({ online: true, onlineUrl: 'https://x.fr' })).toEqual(
      field('online', 'Ce temps fort ne se déroule pas sur ce canal.'),
    );
    expect(await tryEnrol({ maxUses: 0 })).toEqual(field('maxUses', 'La valeur doit être au moins 1.'));
    expect(await tryEnrol({}, world.shops[2])).toEqual(
      field('shopId', "Ce temps fort n'est pas ouvert à votre type de commerce."),
    );
    // someone else's shop
    expect(problem(await member.request(ENROL, { input: offerInput(c.id, world.shops[1].shopId as string) }))).toEqual(
      field('shopId', 'Vous ne pouvez inscrire que votre propre boutique.'),
    );
    // in English for an English speaker
    await member.ok(`mutation { setLocale(locale: EN) { id } }`);
    expect(await tryEnrol({ percentOff: 120 })).toEqual(field('percentOff', 'The value must be at most 100.'));
    await member.ok(`mutation { setLocale(locale: FR) { id } }`);
    expect(await offerCount(c.id)).toBe(0);
    // after the enrolment deadline
    await moveTo(world.api, c.id, 'PUBLISHED');
    expect(await tryEnrol({})).toEqual(
      field('campaignId', 'Les inscriptions des boutiques à ce temps fort sont fermées.'),
    );
    expect(await offerCount(c.id)).toBe(0);
  });

  it('closes changes after the deadline and keeps other shops and associations out', async () => {
    const c = await enrolling(world);
    const offer = await enrol(world.shops[0], c.id);
    expect(problem(await world.shops[1].request(UPDATE_OFFER, { input: { id: offer.id, percentOff: 50 } })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await world.shops[1].request(REVIEW, { input: { id: offer.id, approve: true } })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await world.consultant.request(ENROL, { input: offerInput(c.id, world.shops[0].shopId as string) })).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    for (const [query, variables] of [
      [OFFERS, { id: c.id }],
      [`query($id: ID!) { campaignOffer(id: $id) { id } }`, { id: offer.id }],
      [UPDATE_OFFER, { input: { id: offer.id, percentOff: 50 } }],
      [REVIEW, { input: { id: offer.id, approve: true } }],
      [ENROL, { input: offerInput(c.id, other.shops[0].shopId as string) }],
    ] as const) {
      expect((await other.president.request(query, variables)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect(
      (await other.shops[0].request(ENROL, { input: offerInput(c.id, other.shops[0].shopId as string) })).errors?.[0]
        .extensions?.code,
    ).toBe('NOT_FOUND');
    // a shop of another association in this campaign
    expect(
      (await world.shops[1].request(ENROL, { input: offerInput(c.id, other.shops[0].shopId as string) })).errors?.[0]
        .extensions?.code,
    ).toBe('NOT_FOUND');
    await moveTo(world.api, c.id, 'PUBLISHED');
    expect(
      problem(await world.shops[0].request(UPDATE_OFFER, { input: { id: offer.id, percentOff: 50 } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id', message: 'Cette offre ne peut plus être modifiée.' }],
    });
    expect(
      (await world.board.ok<{ campaignOffers: (Offer & { percentOff: number })[] }>(OFFERS, { id: c.id }))
        .campaignOffers[0].percentOff,
    ).toBe(20);
  });
});
