import { readPdf } from '@assoc/platform-testing';
import {
  CHECK,
  claim,
  Member,
  moveTo,
  problem,
  promotionsWorld,
  REDEEM,
  RESULTS,
  runningWithOffers,
  World,
} from './promotions-test-helpers';

type Redeemed = {
  redeemCode: {
    id: string;
    offerId: string;
    voucher: boolean;
    basketCents: number | null;
    remainingUses: number | null;
  };
};

describe('redemption in the shop', () => {
  let world: World;
  let other: World;
  beforeAll(async () => {
    world = await promotionsWorld(3);
    other = await promotionsWorld(1, world.api, 'Union commerciale de Fougères');
  });
  afterAll(() => world.api.close());

  const check = async (member: Member, code: string) =>
    (
      await member.ok<{
        checkCode: { verdict: string; codeKind: string | null; headline: string | null; remainingUses: number | null };
      }>(CHECK, { code })
    ).checkCode;
  const redeem = (member: Member, code: string, basketCents?: number) =>
    member.request<Redeemed>(REDEEM, { input: { code, basketCents } });
  const redemptions = async (offerId: string) =>
    (
      await world.api.dataSource.query(`SELECT count(*)::int AS n FROM campaign_redemptions WHERE "offerId" = $1`, [
        offerId,
      ])
    )[0].n as number;

  it('says at once what a code is worth here, records nothing, and redeems a voucher once', async () => {
    const { campaign, offers } = await runningWithOffers(world, [world.shops[0], world.shops[1]], { maxUses: 5 });
    const voucher = await claim(world.api, campaign.slug, offers[0].id);
    const typed = ` ${voucher.code.toLowerCase().replace(/-/g, ' ')} `;
    expect(await check(world.shops[0], typed)).toEqual({
      verdict: 'VALID',
      codeKind: 'VOUCHER',
      headline: '-20 %',
      remainingUses: 5,
    });
    expect(await check(world.shops[1], voucher.code)).toEqual({
      verdict: 'NOT_THIS_SHOP',
      codeKind: null,
      headline: null,
      remainingUses: null,
    });
    expect(await check(world.shops[0], 'ZZZZ-ZZZZ-ZZZZ-ZZZZ')).toMatchObject({ verdict: 'UNKNOWN' });
    expect(await check(world.shops[0], 'nimporte')).toMatchObject({ verdict: 'UNKNOWN' });
    expect(await check(world.shops[0], offers[0].code)).toMatchObject({ verdict: 'VALID', codeKind: 'OFFER' });
    expect(await redemptions(offers[0].id)).toBe(0);
    const done = await redeem(world.shops[0], typed, 4590);
    expect(done.data?.redeemCode).toMatchObject({
      offerId: offers[0].id,
      voucher: true,
      basketCents: 4590,
      remainingUses: 4,
    });
    // "Déjà utilisé" says when (the association's wall clock, Europe/Paris) and in which shop, in both languages.
    const [{ redeemedAt, shopName }] = (await world.api.dataSource.query(
      `SELECT v."redeemedAt", s.name AS "shopName" FROM campaign_vouchers v JOIN shops s ON s.id = v."shopId" WHERE v."offerId" = $1 AND v."redeemedAt" IS NOT NULL`,
      [offers[0].id],
    )) as { redeemedAt: Date; shopName: string }[];
    const shop = shopName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const usedCheck = (
      await world.shops[0].ok<{ checkCode: { verdict: string; usedAt: string; usedInShop: string } }>(
        `query($code: String!) { checkCode(code: $code) { verdict usedAt usedInShop } }`,
        { code: voucher.code },
      )
    ).checkCode;
    expect(usedCheck).toEqual({ verdict: 'ALREADY_USED', usedAt: redeemedAt.toISOString(), usedInShop: shopName });
    const parisClock = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(redeemedAt);
    const usedAgain = problem(await redeem(world.shops[0], voucher.code));
    expect(usedAgain).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'code' }] });
    expect(usedAgain.fields?.[0].message).toMatch(
      new RegExp(`^Ce bon a déjà été utilisé le \\d.* \\d{4} à ${parisClock} chez ${shop}\\.$`),
    );
    world.shops[0].language = 'en';
    await world.shops[0].ok(`mutation { setLocale(locale: EN) { id } }`);
    expect(problem(await redeem(world.shops[0], voucher.code)).fields?.[0].message).toMatch(
      new RegExp(`^This voucher was already used on \\d.* \\d{4} at ${parisClock} at ${shop}\\.$`),
    );
    await world.shops[0].ok(`mutation { setLocale(locale: FR) { id } }`);
    world.shops[0].language = 'fr';
    // the offer's own code is reusable within its limit
    expect((await redeem(world.shops[0], offers[0].code.toLowerCase())).data?.redeemCode).toMatchObject({
      voucher: false,
      basketCents: null,
      remainingUses: 3,
    });
    expect(await redemptions(offers[0].id)).toBe(2);
  });

  it('refuses another shop’s voucher, unknown, expired and not-yet-valid codes, field by field, changing nothing', async () => {
    const { campaign, offers } = await runningWithOffers(world, [world.shops[0], world.shops[1]], {}, 'PUBLISHED');
    const voucher = await claim(world.api, campaign.slug, offers[0].id);
    const refused = (message: string) => ({ code: 'BAD_USER_INPUT', fields: [{ field: 'code', message }] });
    // before the start (the clock only moves forward: this comes first)
    expect(problem(await redeem(world.shops[0], voucher.code))).toEqual(
      refused("Le temps fort n'a pas encore commencé."),
    );
    await moveTo(world.api, campaign.id, 'RUNNING');
    expect(problem(await redeem(world.shops[1], voucher.code))).toEqual(
      refused("Ce code n'est pas valable dans votre boutique."),
    );
    expect(problem(await redeem(world.shops[1], offers[0].code))).toEqual(
      refused("Ce code n'est pas valable dans votre boutique."),
    );
    expect(problem(await redeem(world.shops[0], 'ABCD-EFGH-JKMN-PQRS'))).toEqual(refused("Ce code n'existe pas."));
    expect(problem(await redeem(world.board, voucher.code))).toEqual(
      refused("Ce code n'est pas valable dans votre boutique."),
    );
    expect(problem(await redeem(world.shops[0], voucher.code, -1))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'basketCents', message: 'La valeur doit être au moins 0.' }],
    });
    // another association's shop does not even find it
    expect(problem(await redeem(other.shops[0], voucher.code))).toEqual(refused("Ce code n'existe pas."));
    expect(
      (await other.shops[0].ok<{ checkCode: { verdict: string } }>(CHECK, { code: offers[0].code })).checkCode.verdict,
    ).toBe('UNKNOWN');
    expect((await world.consultant.request(CHECK, { code: voucher.code })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    await moveTo(world.api, campaign.id, 'FINISHED');
    expect(problem(await redeem(world.shops[0], voucher.code))).toEqual(
      refused('Ce code a expiré : le temps fort est terminé.'),
    );
    world.shops[0].language = 'en';
    await world.shops[0].ok(`mutation { setLocale(locale: EN) { id } }`);
    expect(problem(await redeem(world.shops[0], voucher.code))).toEqual(
      refused('This code has expired: the campaign is over.'),
    );
    await world.shops[0].ok(`mutation { setLocale(locale: FR) { id } }`);
    expect(await redemptions(offers[0].id)).toBe(0);
    expect(
      (
        await world.api.dataSource.query(`SELECT "redeemedAt" FROM campaign_vouchers WHERE "offerId" = $1`, [
          offers[0].id,
        ])
      )[0].redeemedAt,
    ).toBeNull();
  });

  it('asks for the personal voucher when an offer is one per customer', async () => {
    const { campaign, offers } = await runningWithOffers(world, [world.shops[2]], { onePerCustomer: true });
    expect(problem(await redeem(world.shops[2], offers[0].code)).fields?.[0]).toMatchObject({
      field: 'code',
      message: 'Cette offre est limitée à une par client : demandez le bon personnel du client.',
    });
    const voucher = await claim(world.api, campaign.slug, offers[0].id, { email: 'client@example.fr', consent: true });
    expect((await redeem(world.shops[2], voucher.code)).data?.redeemCode.voucher).toBe(true);
  });

  it('gives exactly one success when 20 phones redeem the same voucher at the same instant', async () => {
    const { campaign, offers } = await runningWithOffers(world, [world.shops[0]]);
    const voucher = await claim(world.api, campaign.slug, offers[0].id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => redeem(world.shops[0], voucher.code, 1000 + i)),
    );
    expect(results.filter((r) => r.data?.redeemCode)).toHaveLength(1);
    expect(
      results.filter((r) =>
        /^Ce bon a déjà été utilisé le .+ chez .+\./.test(r.errors?.[0].extensions?.fields?.[0].message ?? ''),
      ),
    ).toHaveLength(19);
    expect(await redemptions(offers[0].id)).toBe(1);
  });

  it('holds an offer’s limit of 10 uses under 30 concurrent redemptions, codes and vouchers mixed', async () => {
    const { campaign, offers } = await runningWithOffers(world, [world.shops[1]], { maxUses: 10 });
    const vouchers = await Promise.all(Array.from({ length: 10 }, () => claim(world.api, campaign.slug, offers[0].id)));
    const codes = [...vouchers.map((v) => v.code), ...Array.from({ length: 20 }, () => offers[0].code)];
    const results = await Promise.all(codes.map((code) => redeem(world.shops[1], code)));
    expect(results.filter((r) => r.errors && r.errors[0].extensions?.code !== 'BAD_USER_INPUT')).toEqual([]);
    expect(results.filter((r) => r.data?.redeemCode)).toHaveLength(10);
    expect(
      results.filter(
        (r) => r.errors?.[0].extensions?.fields?.[0].message === 'Cette offre a atteint sa limite d’utilisations.',
      ),
    ).toHaveLength(20);
    expect(await redemptions(offers[0].id)).toBe(10);
    expect(
      (
        await world.api.dataSource.query(`SELECT "redemptionCount" FROM campaign_offers WHERE id = $1`, [offers[0].id])
      )[0].redemptionCount,
    ).toBe(10);
    // no voucher is marked used without its redemption
    const used = (
      await world.api.dataSource.query(
        `SELECT count(*)::int AS n FROM campaign_vouchers WHERE "offerId" = $1 AND "redeemedAt" IS NOT NULL`,
        [offers[0].id],
      )
    )[0].n;
    const byVoucher = (
      await world.api.dataSource.query(
        `SELECT count(*)::int AS n FROM campaign_redemptions WHERE "offerId" = $1 AND "voucherId" IS NOT NULL`,
        [offers[0].id],
      )
    )[0].n;
    expect(used).toBe(byVoucher);
  });

  it('reports claimed, redeemed and baskets per shop and day, as CSV too, the board all shops and a member their own', async () => {
    const { campaign, offers } = await runningWithOffers(world, [world.shops[0], world.shops[1]]);
    const v1 = await claim(world.api, campaign.slug, offers[0].id);
    await claim(world.api, campaign.slug, offers[0].id);
    await claim(world.api, campaign.slug, offers[1].id);
    await redeem(world.shops[0], v1.code, 2500);
    await redeem(world.shops[0], offers[0].code, 1250);
    await redeem(world.shops[1], offers[1].code);
    type Results = {
      campaignResults: {
        currency: string;
        totals: Record<string, number | null>;
        byShop: { shopId: string; claimed: number; redeemed: number; basketCents: number }[];
        byDay: { day: string }[];
      };
    };
    const all = (await world.board.ok<Results>(RESULTS, { id: campaign.id })).campaignResults;
    expect(all.currency).toBe('EUR');
    expect(all.totals).toEqual({ claimed: 3, redeemed: 3, basketCents: 3750, basketCount: 2 });
    expect(all.byShop.map((s) => [s.shopId, s.claimed, s.redeemed, s.basketCents])).toEqual([
      [world.shops[0].shopId, 2, 2, 3750],
      [world.shops[1].shopId, 1, 1, 0],
    ]);
    expect(all.byDay.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.day))).toBe(true);
    const mine = (await world.shops[1].ok<Results>(RESULTS, { id: campaign.id })).campaignResults;
    expect(mine.totals).toEqual({ claimed: 1, redeemed: 1, basketCents: 0, basketCount: 0 });
    expect(mine.byShop.map((s) => s.shopId)).toEqual([world.shops[1].shopId]);
    expect((await other.president.request(RESULTS, { id: campaign.id })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );

    const fr = await world.board.fetch(`/api/campaigns/${campaign.id}/results.csv`);
    expect(fr.status).toBe(200);
    expect(fr.headers.get('content-disposition')).toBe('attachment; filename="resultats-fete-des-vitrines.csv"');
    const frBytes = Buffer.from(await fr.arrayBuffer());
    expect([...frBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM French Excel needs
    const frText = frBytes.subarray(3).toString('utf8');
    expect(frText.split('\r\n')[0]).toBe('Date;Boutique;Bons retirés;Utilisations;Paniers (EUR);Paniers renseignés');
    expect(frText).toContain(';2;2;37,50;2\r\n');
    const en = await (await world.board.fetch(`/api/campaigns/${campaign.id}/results.csv?locale=en`)).text();
    expect(en).toContain(',2,2,37.50,2\r\n');
    const theirs = await (await world.shops[1].fetch(`/api/campaigns/${campaign.id}/results.csv`)).text();
    expect(theirs.trim().split('\r\n')).toHaveLength(2);
    expect((await other.president.fetch(`/api/campaigns/${campaign.id}/results.csv`)).status).toBe(404);
    expect((await world.consultant.fetch(`/api/campaigns/${campaign.id}/results.csv`)).status).toBe(403);
  });

  it('prints an A4 poster per offer for its shop and the board only', async () => {
    const { offers } = await runningWithOffers(world, [world.shops[2]], {
      kind: 'GIFT',
      percentOff: null,
      description: 'Un sac à pain brodé « Vitré »',
    });
    const response = await world.shops[2].fetch(`/api/campaigns/offers/${offers[0].id}/poster.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2000);
    // Self-contained: every font embedded (DejaVu subsets, no standard Helvetica), title, author, language.
    const read = await readPdf(pdf);
    expect(read.pages).toBe(1);
    const text = read.text.replace(/[ \t\r\n]+/g, ' ');
    expect(text).toContain('Un sac à pain brodé « Vitré »');
    expect(text).toMatch(/du \d+(er)? \S+ \d{4} à \d\d:\d\d au /);
    expect(read.fonts.length).toBeGreaterThan(0);
    expect(read.fonts.filter((f) => !f.embedded || !f.name.includes('DejaVuSans'))).toEqual([]);
    expect(read.language).toBe('fr-FR');
    expect(read.info.Title).toContain(' — ');
    expect(read.info.Author).toBeTruthy();
    expect((await world.board.fetch(`/api/campaigns/offers/${offers[0].id}/poster.pdf`)).status).toBe(200);
    expect((await world.shops[0].fetch(`/api/campaigns/offers/${offers[0].id}/poster.pdf`)).status).toBe(404);
    expect((await other.president.fetch(`/api/campaigns/offers/${offers[0].id}/poster.pdf`)).status).toBe(404);
  });
});
