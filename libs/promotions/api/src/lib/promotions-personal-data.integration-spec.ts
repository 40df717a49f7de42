import { DataPart, PersonalData, PersonalDataSource, PersonSubject } from '@assoc/platform-api';
import {
  Campaign,
  claim,
  enrol,
  approve,
  enrolling,
  Member,
  moveTo,
  Offer,
  promotionsWorld,
  REDEEM,
  runningWithOffers,
  soonDates,
  World,
} from './promotions-test-helpers';

const rows = (part: DataPart, name: string) => part.sections.find((s) => s.name === name)?.rows ?? [];
const text = (part: DataPart) => JSON.stringify(part);

describe('the promotions’ personal data (issue 25): export, erasure, association export', () => {
  let world: World;
  let person: Member;
  let source: PersonalDataSource;
  let subject: PersonSubject;
  let campaign: Campaign;
  let offers: Offer[];
  let associationA: string;
  let associationB: string;
  const strangerEmail = 'client.inconnu@example.fr';

  const userOf = async (membershipId: string): Promise<string> =>
    (await world.api.dataSource.query(`SELECT "userId" FROM memberships WHERE id = $1`, [membershipId]))[0].userId;
  const totals = (associationId: string) =>
    world.api.dataSource.query(
      `SELECT (SELECT count(*)::int FROM campaign_vouchers WHERE "associationId" = $1) AS vouchers,
              (SELECT count(*)::int FROM campaign_redemptions WHERE "associationId" = $1) AS redemptions,
              (SELECT coalesce(sum("basketCents"), 0)::int FROM campaign_redemptions WHERE "associationId" = $1) AS basket,
              (SELECT sum("redemptionCount")::int FROM campaign_offers WHERE "associationId" = $1) AS uses`,
      [associationId],
    );

  beforeAll(async () => {
    world = await promotionsWorld(2);
    person = world.shops[0];
    associationA = person.associationId as string;
    source = world.api.app
      .get(PersonalData)
      .sources()
      .find((s) => s.domain === 'promotions') as PersonalDataSource;
    ({ campaign, offers } = await runningWithOffers(world, world.shops));
    const [ownOffer, otherOffer] = offers;
    // The person claims a voucher at the other shop, which redeems it; a stranger's voucher is used in the person's shop.
    const mine = await claim(world.api, campaign.slug, otherOffer.id, { email: person.email, consent: true });
    const stranger = await claim(world.api, campaign.slug, ownOffer.id, { email: strangerEmail, consent: true });
    await world.shops[1].ok(REDEEM, { input: { code: mine.code, basketCents: 4200 } });
    await person.ok(REDEEM, { input: { code: stranger.code, basketCents: 3100 } });

    // Another association in the same platform, where the same address claimed a voucher.
    const worldB = await promotionsWorld(1, world.api, 'Commerces de Fougères');
    associationB = worldB.president.associationId as string;
    const campaignB = await enrolling(worldB, soonDates(world.api));
    const offerB = await approve(worldB, (await enrol(worldB.shops[0], campaignB.id)).id);
    await moveTo(world.api, campaignB.id, 'PUBLISHED');
    await claim(world.api, campaignB.slug, offerB.id, { email: person.email, consent: true });

    subject = { userId: await userOf(person.membershipId), associationIds: [associationA] };
  });
  afterAll(() => world.api.close());

  it('exports their vouchers (by their e-mail), their shop’s offers and the uses they recorded; nothing of another person or association', async () => {
    const part = await source.exportPerson(subject, world.api.dataSource.manager);
    expect(rows(part, 'promotions-vouchers')).toEqual([
      expect.objectContaining({
        offer_id: offers[1].id,
        email: person.email,
        basket_cents: 4200,
        redeemed_at: expect.any(String),
      }),
    ]);
    expect(rows(part, 'promotions-offers')).toEqual([
      expect.objectContaining({ offer_id: offers[0].id, redemption_count: 1 }),
    ]);
    expect(rows(part, 'promotions-redemptions')).toEqual([
      expect.objectContaining({ offer_id: offers[0].id, basket_cents: 3100, by_voucher: true }),
    ]);
    for (const s of part.sections) for (const row of s.rows) expect(Object.keys(row)).toEqual([...s.columns]);
    expect(text(part)).not.toContain(strangerEmail);
    expect(text(part)).not.toContain('Fougères');
    expect(text(part)).not.toContain(associationB);
  });

  it('exports the association’s campaigns, offers, vouchers and redemptions without the claimers’ e-mails, nothing of another', async () => {
    const part = await source.exportAssociation(associationA, world.api.dataSource.manager);
    for (const s of part.sections) for (const row of s.rows) expect(Object.keys(row)).toEqual([...s.columns]);
    expect(rows(part, 'promotions-campaigns')).toEqual([
      expect.objectContaining({ campaign_id: campaign.id, offers: 2, vouchers: 2, redemptions: 2, basket_cents: 7300 }),
    ]);
    expect(rows(part, 'promotions-offers')).toHaveLength(2);
    expect(rows(part, 'promotions-vouchers').map((v) => v['with_email'])).toEqual([true, true]);
    expect(
      rows(part, 'promotions-redemptions')
        .map((r) => r['recorded_by'])
        .sort(),
    ).toEqual(['Commerçant 1', 'Commerçant 2']);
    expect(text(part)).not.toContain(person.email);
    expect(text(part)).not.toContain(strangerEmail);
    expect(text(part)).not.toContain('Fougères');
  });

  it('erases their vouchers’ e-mail, keeping every count and amount; another association’s voucher untouched', async () => {
    const before = await totals(associationA);
    await world.api.dataSource.transaction((manager) => source.erasePerson(subject, manager));
    expect(await totals(associationA)).toEqual(before);
    const emails = await world.api.dataSource.query(
      `SELECT "associationId", email, "consentAt" IS NOT NULL AS consent FROM campaign_vouchers ORDER BY "createdAt"`,
    );
    expect(emails).toEqual([
      { associationId: associationA, email: null, consent: false },
      { associationId: associationA, email: strangerEmail, consent: true },
      { associationId: associationB, email: person.email, consent: true },
    ]);
    const part = await source.exportPerson(subject, world.api.dataSource.manager);
    expect(rows(part, 'promotions-vouchers')).toEqual([]);
    expect(rows(part, 'promotions-redemptions')).toHaveLength(1);
  });

  it('erases a closed association’s voucher e-mails, keeping its counts; another association untouched', async () => {
    const before = await totals(associationA);
    await world.api.dataSource.transaction((manager) => source.eraseAssociation(associationA, manager));
    expect(await totals(associationA)).toEqual(before);
    const left = await world.api.dataSource.query(
      `SELECT "associationId", count(email)::int AS emails FROM campaign_vouchers GROUP BY "associationId" ORDER BY 2`,
    );
    expect(left).toEqual([
      { associationId: associationA, emails: 0 },
      { associationId: associationB, emails: 1 },
    ]);
  });
});
