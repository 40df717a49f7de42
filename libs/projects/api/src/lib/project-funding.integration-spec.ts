import {
  CONTRIBUTE,
  DAY,
  fundedProject,
  JOIN,
  LEAVE,
  openProject,
  project,
  projectsWorld,
  TOTAL,
  World,
} from './projects-test-helpers';

describe('opting in, live shares and the all-or-nothing funding decision', () => {
  let world: World;
  beforeAll(async () => {
    world = await projectsWorld(50);
  }, 120_000);
  afterAll(() => world.api.close());

  it('lets members opt in and out while open, each seeing their live share and saving; never consultants', async () => {
    const { president, members, consultant } = world;
    const opened = await openProject(world);
    expect(opened.status).toBe('APPROVED_OPEN');
    // before joining, a member sees what their share would be if they joined now
    expect((await project(members[0], opened.id)).myShare).toEqual({
      cents: TOTAL,
      savingCents: 9000 - TOTAL,
      live: true,
    });
    await members[0].ok(JOIN, { id: opened.id });
    await members[1].ok(JOIN, { id: opened.id });
    await members[1].ok(JOIN, { id: opened.id });
    await members[2].ok(JOIN, { id: opened.id });
    const seen = await project(members[0], opened.id);
    expect(seen.participating).toBe(true);
    expect(seen.shares.map((s) => s.cents)).toEqual([18000, 18000, 18000]);
    expect(seen.myShare).toEqual({ cents: 18000, savingCents: 9000 - 18000, live: true });
    await members[2].ok(LEAVE, { id: opened.id });
    expect((await project(members[0], opened.id)).shares.map((s) => s.cents)).toEqual([27000, 27000]);
    expect((await members[2].fails(LEAVE, { id: opened.id })).extensions?.fields).toMatchObject([
      { field: 'projectId', message: 'Vous ne participez pas à ce projet.' },
    ]);
    expect((await consultant.fails(JOIN, { id: opened.id })).extensions?.code).toBe('FORBIDDEN');
    expect((await members[3].fails(JOIN, { id: opened.id, pledge: -5 })).extensions?.fields).toMatchObject([
      { field: 'pledgeCents', message: 'La valeur doit être au moins 1.' },
    ]);
    expect(
      (
        await president.ok<{ projects: { nodes: { id: string }[] } }>(
          `{ projects(status: APPROVED_OPEN) { nodes { id } } }`,
        )
      ).projects.nodes.map((p) => p.id),
    ).toContain(opened.id);
  });

  it('serialises 50 parallel opt-ins: everybody is in once and the shares sum exactly to the total, then freezes them at the deadline', async () => {
    const { president, members, api } = world;
    const opened = await openProject(world, {
      title: 'Grande campagne',
      budgetLines: [{ label: 'Affichage', quantity: 7, unitPriceCents: 14_287, vatRateBp: 550, soloPriceCents: 4_000 }],
    });
    const total = opened.totals.includingVatCents;
    await Promise.all(members.map((m) => m.ok(JOIN, { id: opened.id })));
    const live = await project(president, opened.id);
    expect(live.shares).toHaveLength(50);
    expect(live.shares.reduce((s, x) => s + x.cents, 0)).toBe(total);
    expect(
      Math.max(...live.shares.map((s) => s.cents)) - Math.min(...live.shares.map((s) => s.cents)),
    ).toBeLessThanOrEqual(1);

    await api.advanceClock(6 * DAY);
    const funded = await project(members[0], opened.id);
    expect(funded.status).toBe('FUNDED');
    expect(funded.frozenAt).not.toBeNull();
    expect(funded.shares.every((s) => !s.live)).toBe(true);
    expect(funded.shares.reduce((s, x) => s + x.cents, 0)).toBe(total);
    const rows = await api.dataSource.query(
      `SELECT sum("shareCents")::bigint AS sum, count(*)::int AS n FROM project_participants WHERE "projectId" = $1`,
      [opened.id],
    );
    expect(rows).toEqual([{ sum: String(total), n: 50 }]);
    expect((await members[0].fails(LEAVE, { id: opened.id })).extensions?.fields).toMatchObject([
      { field: 'projectId', message: "Le projet n'est pas ouvert aux participations." },
    ]);
    expect((await members[0].fails(JOIN, { id: opened.id })).extensions?.fields).toMatchObject([
      { field: 'projectId', message: "Le projet n'est pas ouvert aux participations." },
    ]);
  });

  it('cancels the project when a threshold is missed: nobody owes anything and no money can be recorded', async () => {
    const { president, members, api } = world;
    const opened = await openProject(world, { title: 'Trop ambitieux', minParticipants: 3, minPledgedCents: 10_000 });
    await members[0].ok(JOIN, { id: opened.id, pledge: 20_000 });
    await members[1].ok(JOIN, { id: opened.id });
    const PLEDGES = `query($id: ID!) { project(id: $id) { myPledgeCents pledgedCents } }`;
    expect(await members[0].ok(PLEDGES, { id: opened.id })).toEqual({
      project: { myPledgeCents: 20_000, pledgedCents: 20_000 },
    });
    expect(await members[1].ok(PLEDGES, { id: opened.id })).toEqual({
      project: { myPledgeCents: null, pledgedCents: 20_000 },
    });
    await api.advanceClock(6 * DAY);
    const cancelled = await project(members[0], opened.id);
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.shares).toEqual([]);
    expect(cancelled.myShare).toBeNull();
    const contribution = {
      input: {
        projectId: opened.id,
        idempotencyKey: 'c1',
        membershipId: members[0].membershipId,
        cents: 100,
        paymentMethod: 'CASH',
      },
    };
    expect((await president.fails(CONTRIBUTE, contribution)).extensions?.fields).toMatchObject([
      {
        field: 'projectId',
        message: "Le projet n'accepte pas d'écritures dans son état actuel (seulement financé ou en cours).",
      },
    ]);
    expect(
      await api.dataSource.query(`SELECT count(*)::int AS n FROM project_ledger_entries WHERE "projectId" = $1`, [
        opened.id,
      ]),
    ).toEqual([{ n: 0 }]);
    const audit = await president.ok<{ projectAudit: { after: string }[] }>(
      `query($id: ID!) { projectAudit(projectId: $id) { after } }`,
      { id: opened.id },
    );
    expect(JSON.parse(audit.projectAudit[audit.projectAudit.length - 1].after)).toMatchObject({
      status: 'CANCELLED',
      reasons: ['minParticipants'],
    });
  });

  it('funds once the minimum of participants is reached, and a member who leaves the association keeps their frozen share', async () => {
    const { president, members } = world;
    const funded = await fundedProject(world, [members[10], members[11]], {
      title: 'Petit projet',
      minParticipants: 2,
    });
    expect(funded.status).toBe('FUNDED');
    await president.ok(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: members[11].membershipId });
    const after = await project(president, funded.id);
    expect(after.shares).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ membershipId: members[11].membershipId, cents: TOTAL / 2, live: false }),
      ]),
    );
    const balances = await president.ok<{
      balances: { participants: { membershipId: string; owedCents: number; balanceCents: number }[] };
    }>(`query($id: ID!) { balances(projectId: $id) { participants { membershipId owedCents balanceCents } } }`, {
      id: funded.id,
    });
    expect(balances.balances.participants.find((p) => p.membershipId === members[11].membershipId)).toEqual({
      membershipId: members[11].membershipId,
      owedCents: TOTAL / 2,
      balanceCents: -TOTAL / 2,
    });
  });
});
