import { AssociationsModule } from '@assoc/associations-api';
import { joinedCustomer } from '@assoc/customers-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import { NotificationsModule } from '@assoc/notifications-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  readPdf,
  signedUpClient,
  TestApp,
} from '@assoc/platform-testing';
import { ProjectsModule } from '@assoc/projects-api';
import { PromotionsModule } from '@assoc/promotions-api';
import { calendarDayIn } from '@assoc/shared-util';
import { ImpactModule } from '../index';

/**
 * The dashboard's customer figures (issue 17) from real records: customers who joined through the
 * customers domain, purchases and a reward redeemed at the loyalty counter, ideas proposed and one
 * adopted into a project, each made through its own domain's operations, then read back through
 * `CustomerFigures`, `LoyaltyFigures` and `CommunityFigures` on /impact, its CSV and its PDF.
 */
const CUSTOMERS = `query($period: ImpactPeriodInput!) { impactDashboard(period: $period) {
  customers { customers joined activeCards pointsIssued pointsRedeemed rewardsPaidCents ideasProposed ideasAdopted } } }`;
const SETTINGS = `mutation($input: LoyaltySettingsInput!) { updateLoyaltySettings(input: $input) { enabled } }`;
const REWARD = `mutation($input: LoyaltyRewardInput!) { saveLoyaltyReward(input: $input) { id } }`;
const SHOP = `mutation($input: LoyaltyShopInput!) { setLoyaltyShop(input: $input) { shopId inProgramme } }`;
const FUND = `mutation($input: FundLoyaltyPotInput!) { fundLoyaltyPot(input: $input) }`;
const PURCHASE = `mutation($input: LoyaltyPurchaseInput!) { recordLoyaltyPurchase(input: $input) { points } }`;
const REDEEM = `mutation($input: LoyaltyRedeemInput!) { redeemLoyaltyReward(input: $input) { points valueCents } }`;
const PROPOSE = `mutation($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }`;
const ANSWER = `mutation($input: AnswerIdeaInput!) { answerIdea(input: $input) { id } }`;
const ADOPT = `mutation($input: AdoptIdeaInput!) { adoptIdea(input: $input) { id adoptedAt } }`;

interface World {
  associationId: string;
  president: GraphqlClient;
  board: GraphqlClient;
  member: GraphqlClient;
  owners: GraphqlClient[];
}

async function world(api: TestApp, name: string, shops: number): Promise<World> {
  const president = await signedUpClient(api, `Présidente ${name}`);
  const { associationId } = await createAssociation(president, name);
  const board = await joinedMember(api, president, 'BOARD', `Trésorier ${name}`);
  const member = await joinedMember(api, president, 'MEMBER', `Membre ${name}`);
  const owners: GraphqlClient[] = [];
  for (let i = 1; i <= shops; i++) {
    const owner = await joinedMember(api, president, 'MEMBER', `Commerçant ${i} ${name}`);
    await owner.ok(`mutation($input: UpdateMyShopInput!) { updateMyShop(input: $input) { id } }`, {
      input: {
        name: `${name} boutique ${i}`,
        trade: 'FOOD',
        address: '3 rue Baudrairie',
        postcode: '35500',
        town: 'Vitré',
        openingHours: [],
      },
    });
    owners.push(owner);
  }
  return { associationId, president, board, member, owners };
}

describe('impact: the customer community (integration)', () => {
  let api: TestApp;
  let a: World;
  let b: World;
  let thisYear: { period: { kind: string; from: string } };

  beforeAll(async () => {
    api = await createTestApp([
      IdentityModule,
      AssociationsModule,
      DirectoryModule,
      NotificationsModule,
      ProjectsModule,
      PromotionsModule,
      ImpactModule,
    ]);
    a = await world(api, 'Vitré', 2);
    b = await world(api, 'Fougères', 0);
    thisYear = { period: { kind: 'YEAR', from: calendarDayIn(api.clock.now(), 'Europe/Paris') } };

    // Customers: two in Vitré, one in Fougères.
    const lea = await joinedCustomer(api, a.associationId, { firstName: 'Léa' });
    const tom = await joinedCustomer(api, a.associationId, { firstName: 'Tom' });
    await joinedCustomer(api, b.associationId, { firstName: 'Zoé' });

    // The card: 1 point per euro; a 5 € voucher for 50 points; two shops in the programme; the pot funded.
    await a.board.ok(SETTINGS, {
      input: {
        enabled: true,
        pointsPerEuro: 1,
        campaignBonusPercent: 0,
        dailyCapPoints: 500,
        maxPurchaseCents: 50_000,
      },
    });
    const { saveLoyaltyReward } = await a.board.ok<{ saveLoyaltyReward: { id: string } }>(REWARD, {
      input: { label: 'Bon de 5 €', pointsCost: 50, valueCents: 500, active: true },
    });
    for (const owner of a.owners) await owner.ok(SHOP, { input: { inProgramme: true } });
    await a.board.ok(FUND, { input: { cents: 10_000, idempotencyKey: 'pot' } });
    const [first, second] = a.owners;
    await first.ok(PURCHASE, { input: { code: lea.cardCode, amountCents: 6_050, idempotencyKey: 'p1' } });
    await second.ok(PURCHASE, { input: { code: tom.cardCode, amountCents: 1_000, idempotencyKey: 'p2' } });
    await second.ok(REDEEM, { input: { code: lea.cardCode, rewardId: saveLoyaltyReward.id, idempotencyKey: 'r1' } });

    // Ideas: two proposed in Vitré, one accepted then adopted as a project; one in Fougères.
    const propose = async (who: GraphqlClient, title: string) =>
      (await who.ok<{ proposeIdea: { id: string } }>(PROPOSE, { input: { title, description: '', kind: 'SERVICE' } }))
        .proposeIdea.id;
    const late = await propose(a.member, 'Ouvert tard le jeudi');
    await propose(a.member, 'Livraison à vélo partagée');
    await propose(b.member, 'Marché de Noël');
    await a.board.ok(ANSWER, { input: { ideaId: late, status: 'ACCEPTED', reason: 'On la lance' } });
    await a.board.ok(ADOPT, { input: { ideaId: late, as: 'PROJECT' } });
  });
  afterAll(() => api?.close());

  it('counts customers, active cards, points, rewards paid to shops and ideas, each association its own', async () => {
    const { impactDashboard } = await a.board.ok<{ impactDashboard: { customers: Record<string, number> } }>(
      CUSTOMERS,
      thisYear,
    );
    expect(impactDashboard.customers).toEqual({
      customers: 2,
      joined: 2,
      activeCards: 2,
      pointsIssued: 70,
      pointsRedeemed: 50,
      rewardsPaidCents: 500,
      ideasProposed: 2,
      ideasAdopted: 1,
    });
    const fougeres = await b.president.ok<{ impactDashboard: { customers: Record<string, number> } }>(
      CUSTOMERS,
      thisYear,
    );
    expect(fougeres.impactDashboard.customers).toEqual({
      customers: 1,
      joined: 1,
      activeCards: 0,
      pointsIssued: 0,
      pointsRedeemed: 0,
      rewardsPaidCents: 0,
      ideasProposed: 1,
      ideasAdopted: 0,
    });
    // A year before: none of it had happened.
    const lastYear = `${Number(thisYear.period.from.slice(0, 4)) - 1}-06-01`;
    const before = await a.board.ok<{ impactDashboard: { customers: Record<string, number> } }>(CUSTOMERS, {
      period: { kind: 'YEAR', from: lastYear },
    });
    expect(Object.values(before.impactDashboard.customers)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect((await a.member.fails(CUSTOMERS, thisYear)).extensions?.code).toBe('FORBIDDEN');
  });

  it('writes them in the CSV and the PDF, French and English', async () => {
    const from = thisYear.period.from;
    const csv = await (await a.board.fetch(`/api/impact/dashboard.csv?kind=YEAR&from=${from}&locale=fr`)).text();
    expect(csv).toContain('Clients;Clients en fin de période;;2');
    expect(csv).toContain('Clients;Points gagnés;;70');
    expect(csv).toContain('Clients;Points échangés;;50');
    expect(csv).toContain('Clients;Récompenses payées aux commerces;;5,00');
    expect(csv).toContain('Clients;Idées adoptées;;1');
    const en = await (await a.board.fetch(`/api/impact/dashboard.csv?kind=YEAR&from=${from}&locale=en`)).text();
    expect(en).toContain('Customers,Active cards,,2');
    const pdf = await readPdf(
      Buffer.from(
        await (await a.president.fetch(`/api/impact/summary.pdf?kind=YEAR&from=${from}&locale=fr`)).arrayBuffer(),
      ),
    );
    const text = pdf.text.replace(/[ \t\r\n]+/g, ' ');
    expect(pdf.pages).toBe(1);
    expect(text).toContain('2 clients');
    expect(text).toContain('2 cartes actives');
    expect(text).toContain('70 · 50 points gagnés · échangés');
    expect(text).toContain('5,00\u00a0€ de récompenses payées aux commerces');
    expect(text).toContain('2 · 1 idées proposées · adoptées');
  });
});
