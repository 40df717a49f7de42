import { ImpactBucket, ImpactDashboard, ImpactPeriodKind } from '@assoc/impact-domain';
import { readPdf } from '@assoc/platform-testing';
import { impactSummaryPdf } from './impact-summary-pdf';

/** A December with one of each, a few thousands, and a shop name that needs more than Latin-1. */
const DASHBOARD: ImpactDashboard = {
  period: {
    kind: ImpactPeriodKind.MONTH,
    fromDay: '2026-12-01',
    toDay: '2026-12-31',
    start: new Date('2026-11-30T23:00:00Z'),
    end: new Date('2026-12-31T23:00:00Z'),
    bucket: ImpactBucket.DAY,
    timeZone: 'Europe/Paris',
  },
  associationName: 'Les Vitrines de Vitré',
  currency: 'EUR',
  members: { total: 1234, joined: 1, left: 0, active: 0 },
  projects: {
    byStatus: [{ status: 'FUNDED', count: 1 }],
    created: 1,
    fundedCount: 1,
    participations: 3,
    pooledCents: 123456,
    savedCents: 4500,
    byMember: [],
  },
  campaigns: {
    campaigns: 1,
    vouchers: 1,
    redemptions: 2,
    basketCents: 250000,
    byShop: [{ shopId: 's1', shopName: 'Œuf & Cœur « Épicerie »', vouchers: 1, redemptions: 0, basketCents: 0 }],
  },
  cashmobs: { count: 1, participants: 12, checkIns: 1, revenueCents: 98000, upliftBp: 5000 },
  network: { posts: 2, comments: 1, reactions: 0 },
  customers: {
    customers: 1234,
    joined: 12,
    activeCards: 321,
    pointsIssued: 45678,
    pointsRedeemed: 9000,
    rewardsPaidCents: 45050,
    ideasProposed: 7,
    ideasAdopted: 2,
  },
  series: [
    {
      day: '2026-12-01',
      members: 1234,
      activeMembers: 3,
      posts: 2,
      comments: 1,
      reactions: 0,
      vouchers: 1,
      redemptions: 2,
    },
  ],
};

/** pdf.js puts a line break between runs drawn apart; compare words with single spaces. */
const words = (text: string) => text.replace(/[ \t\r\n]+/g, ' ');

describe('the impact summary PDF', () => {
  it('writes French numbers, plurals and dates by the language’s rules, in an embedded font', async () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    const pdf = await readPdf(await impactSummaryPdf(DASHBOARD, 'fr', new Date('2026-12-31T23:30:00Z')));
    const text = words(pdf.text);
    expect(pdf.pages).toBe(1);
    expect(text).toContain('du 1er décembre 2026 au 31 décembre 2026');
    expect(text).toContain('1 financé');
    expect(text).not.toContain('1 financés');
    expect(text).toContain('1 bon retiré');
    expect(text).toContain('2 utilisés en boutique');
    expect(text).toContain('1\u202f234 adhérents');
    expect(text).toContain('1 arrivé');
    expect(text).toContain('0 actif');
    expect(text).toContain('1\u202f234,56\u00a0€');
    expect(text).toContain('cashmob · inscrits · présent');
    expect(text).toMatch(/\+50[\u00a0\u202f]% par rapport/);
    expect(text).toContain('Œuf & Cœur « Épicerie »');
    expect(text).toContain('le 1er janvier 2027');
    expect(text).toContain('1\u202f234 clients');
    expect(text).toContain('321 cartes actives');
    expect(text).toContain('45\u202f678 · 9\u202f000 points gagnés · échangés');
    expect(text).toContain('450,50\u00a0€ de récompenses payées aux commerces');
    expect(text).toContain('7 · 2 idées proposées · adoptées');
    expect(pdf.info).toMatchObject({
      Title: "Bilan d'impact — Les Vitrines de Vitré",
      Author: 'Les Vitrines de Vitré',
    });
    expect(pdf.language).toBe('fr-FR');
    expect(pdf.displayTitle).toBe(true);
    expect(pdf.fonts.length).toBeGreaterThan(0);
    expect(pdf.fonts).toEqual(
      pdf.fonts.map(() => ({ name: expect.stringMatching(/^[A-Z]{6}\+DejaVuSans/), embedded: true })),
    );
  });

  it('agrees English nouns too', async () => {
    const pdf = await readPdf(await impactSummaryPdf(DASHBOARD, 'en', new Date('2026-12-31T12:00:00Z')));
    const text = words(pdf.text);
    expect(text).toContain('from 1 December 2026 to 31 December 2026');
    expect(text).toContain('1,234 members');
    expect(text).toContain('1 voucher claimed');
    expect(text).toContain('2 posts');
    expect(text).toContain('1 comment');
    expect(text).toContain('321 active cards');
    expect(text).toContain('€450.50 of rewards paid to shops');
    expect(pdf.language).toBe('en-GB');
  });
});
