import { readLinkPreview, readQrCodesInPdf, readQrDataUrl } from '@assoc/platform-testing';
import {
  CHECK,
  claim,
  freshIp,
  Member,
  promotionsWorld,
  REDEEM,
  runningWithOffers,
  startApp,
  World,
} from './promotions-test-helpers';

const PUBLIC_URL = 'https://vitrines.example';

/** The code the web's `redeem/:code` route takes from a link a phone opened. */
function codeOfRedeemLink(link: string | null): string {
  const match = new RegExp(`^${PUBLIC_URL}/redeem/([^/?#]+)$`).exec(link ?? '');
  if (!match) throw new Error(`Not a redemption link: ${link}`);
  return decodeURIComponent(match[1]);
}

describe('every QR code of the promotions reads back, with a decoder, as a link that works', () => {
  let world: World;
  beforeAll(async () => {
    world = await promotionsWorld(2, await startApp({ env: { PUBLIC_URL } }));
  });
  afterAll(() => world.api.close());

  const check = async (member: Member, code: string) =>
    (await member.ok<{ checkCode: { verdict: string; codeKind: string | null } }>(CHECK, { code })).checkCode;

  it("an offer's QR code (shown to its shop) opens the redemption page with the offer's code, which the shop can redeem", async () => {
    const { offers } = await runningWithOffers(world, [world.shops[0]]);
    const { campaignOffer } = await world.shops[0].ok<{ campaignOffer: { qrCode: string } }>(
      `query($id: ID!) { campaignOffer(id: $id) { qrCode } }`,
      { id: offers[0].id },
    );
    const link = readQrDataUrl(campaignOffer.qrCode);
    expect(link).toBe(`${PUBLIC_URL}/redeem/${offers[0].code}`);
    expect(await check(world.shops[0], codeOfRedeemLink(link))).toMatchObject({ verdict: 'VALID', codeKind: 'OFFER' });
  });

  it("a voucher's QR code opens the redemption page with the voucher's code, and the shop redeems it", async () => {
    const { campaign, offers } = await runningWithOffers(world, [world.shops[1]]);
    const voucher = await claim(world.api, campaign.slug, offers[0].id);
    const link = readQrDataUrl(voucher.qrCode);
    // The printed code's dashes are for people; the QR code holds it compact.
    expect(link).toBe(`${PUBLIC_URL}/redeem/${voucher.code.replace(/-/g, '')}`);
    const code = codeOfRedeemLink(link);
    expect(await check(world.shops[1], code)).toMatchObject({ verdict: 'VALID', codeKind: 'VOUCHER' });
    const redeemed = await world.shops[1].request<{ redeemCode: { voucher: boolean } }>(REDEEM, {
      input: { code, basketCents: 2500 },
    });
    expect(redeemed.errors).toBeUndefined();
    expect(await check(world.shops[1], code)).toMatchObject({ codeKind: 'VOUCHER' });
    expect((await check(world.shops[1], code)).verdict).not.toBe('VALID'); // used once
  });

  it("the poster's printed QR code opens the campaign's public page at the offer, which answers with its preview", async () => {
    const { campaign, offers } = await runningWithOffers(world, [world.shops[0]]);
    const response = await world.shops[0].fetch(`/api/campaigns/offers/${offers[0].id}/poster.pdf`);
    expect(response.status).toBe(200);
    const links = readQrCodesInPdf(Buffer.from(await response.arrayBuffer()));
    expect(links).toEqual([`${PUBLIC_URL}/p/${campaign.slug}?offer=${offers[0].id}`]);
    const url = new URL(links[0]);
    const page = await readLinkPreview(world.api.url, `${url.pathname}${url.search}`, { 'x-forwarded-for': freshIp() });
    expect(page.status).toBe(200);
    expect(page.meta['og:url']).toBe(`${PUBLIC_URL}/p/${campaign.slug}`);
  });
});
