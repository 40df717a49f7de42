import { createAssociation, GraphqlClient, signedUpClient } from '@assoc/platform-testing';
import { DAY, fundedProject, JOIN, MINUTE, openProject, projectsWorld, World } from './projects-test-helpers';

const IMPACT = `query($since: DateTime, $before: DateTime) { projectsImpact(frozenSince: $since, frozenBefore: $before) {
  byStatus { status count } fundedCount participations pooledCents savedCents myPooledCents mySavedCents } }`;
const ASSIGN = `mutation($projectId: ID!, $membershipId: ID!) { assignConsultant(projectId: $projectId, membershipId: $membershipId) { id } }`;

interface Impact {
  byStatus: { status: string; count: number }[];
  fundedCount: number;
  participations: number;
  pooledCents: number;
  savedCents: number;
  myPooledCents: number;
  mySavedCents: number;
}

/** 100 posters at 1.50 € + 20 % VAT = 180 €; a shop alone would pay 120 € for them. */
const POSTERS = {
  budgetLines: [{ label: 'Affiches', quantity: 100, unitPriceCents: 150, vatRateBp: 2000, soloPriceCents: 12000 }],
};
/** 70 € + 20 % = 84 € of flyers, 50 € alone. */
const FLYERS = {
  title: 'Flyers',
  budgetLines: [{ label: 'Flyers', quantity: 1, unitPriceCents: 7000, vatRateBp: 2000, soloPriceCents: 5000 }],
};

describe('what pooling brought: money pooled and saved, per association and per member', () => {
  let world: World;
  beforeAll(async () => {
    world = await projectsWorld(3);
  }, 120_000);
  afterAll(() => world.api.close());

  const impact = async (client: GraphqlClient, variables: Record<string, unknown> = {}) =>
    (await client.ok<{ projectsImpact: Impact }>(IMPACT, variables)).projectsImpact;

  it('adds up the frozen shares and the savings against going alone, from the ledgers and budgets only', async () => {
    const { president, members, consultant, api } = world;
    const startedAt = api.clock.now();
    // Three shops share the posters: 60 € each instead of 120 € alone, 60 € saved each.
    const posters = await fundedProject(world, members, POSTERS);
    expect(posters.shares.map((s) => s.cents)).toEqual([6000, 6000, 6000]);
    // Two shops share the flyers: 42 € each instead of 50 €, 8 € saved each.
    const flyers = await fundedProject(world, [members[0], members[1]], FLYERS);
    const fundedBy = api.clock.nowMs();
    // Cancelled at the deadline (minimum not reached): counts for nothing.
    const missed = await openProject(world, { title: 'Raté', minParticipants: 3 });
    await members[2].ok(JOIN, { id: missed.id });
    await api.advanceClock(6 * DAY);

    const all = await impact(president);
    expect(all).toMatchObject({
      fundedCount: 2,
      participations: 5,
      pooledCents: 18000 + 8400,
      savedCents: 3 * 6000 + 2 * 800,
      myPooledCents: 0,
      mySavedCents: 0,
    });
    expect(all.byStatus).toEqual([
      { status: 'FUNDED', count: 2 },
      { status: 'CANCELLED', count: 1 },
    ]);
    expect(await impact(members[0])).toMatchObject({ myPooledCents: 6000 + 4200, mySavedCents: 6000 + 800 });
    expect(await impact(members[2])).toMatchObject({ myPooledCents: 6000, mySavedCents: 6000 });

    // A period: only projects funded inside it (both were funded between startedAt and fundedBy on the API's clock).
    expect(await impact(president, { since: new Date(fundedBy + MINUTE).toISOString() })).toMatchObject({
      fundedCount: 0,
      pooledCents: 0,
    });
    expect(
      await impact(president, { since: startedAt.toISOString(), before: new Date(fundedBy + MINUTE).toISOString() }),
    ).toMatchObject({ fundedCount: 2, pooledCents: 26400 });
    expect(
      (
        await president.fails(IMPACT, {
          since: api.clock.now().toISOString(),
          before: new Date(api.clock.nowMs() - DAY).toISOString(),
        })
      ).extensions?.fields?.[0].field,
    ).toBe('frozenBefore');

    // A consultant sees the figures of the projects they are assigned to, nothing else.
    expect(await impact(consultant)).toMatchObject({ fundedCount: 0, pooledCents: 0, byStatus: [] });
    await president.ok(ASSIGN, { projectId: flyers.id, membershipId: consultant.membershipId });
    expect(await impact(consultant)).toMatchObject({ fundedCount: 1, pooledCents: 8400, savedCents: 1600 });
    expect(posters.status).toBe('FUNDED');
  });

  it('shows another association nothing of these figures', async () => {
    const outsider = await signedUpClient(world.api, 'Autre Présidente');
    await createAssociation(outsider, 'Commerçants de Fougères');
    expect(await impact(outsider)).toEqual({
      byStatus: [],
      fundedCount: 0,
      participations: 0,
      pooledCents: 0,
      savedCents: 0,
      myPooledCents: 0,
      mySavedCents: 0,
    });
  });
});
