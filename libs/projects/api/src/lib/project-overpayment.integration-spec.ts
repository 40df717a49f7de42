import { CONTRIBUTE, fundedProject, Member, Project, projectsWorld, World } from './projects-test-helpers';

const LIMIT = `mutation($input: SetOverpaymentLimitInput!) { setProjectOverpaymentLimit(input: $input) { id overpaymentLimitCents } }`;

/** Amounts are formatted with narrow no-break spaces (Intl): compared here as plain spaces. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value).replace(/[\u202f\u00a0]/g, ' '));

describe('a contribution beyond what its participant still owes (issue 16)', () => {
  let world: World;
  let funded: Project;
  let participant: Member;
  beforeAll(async () => {
    world = await projectsWorld(3);
    funded = await fundedProject(world, world.members);
    participant = world.members[0]; // share: 180,00 €
  });
  afterAll(() => world.api.close());

  const contribution = (key: string, cents: number, confirmOverpayment?: boolean) => ({
    input: {
      projectId: funded.id,
      idempotencyKey: key,
      membershipId: participant.membershipId,
      cents,
      paymentMethod: 'TRANSFER',
      ...(confirmOverpayment === undefined ? {} : { confirmOverpayment }),
    },
  });
  const paid = async () =>
    Number(
      (
        await world.api.dataSource.query(
          `SELECT coalesce(sum(cents), 0) AS n FROM project_ledger_entries WHERE "projectId" = $1`,
          [funded.id],
        )
      )[0].n,
    );

  it('records up to the share without a word, then asks for confirmation naming by how much', async () => {
    const { board } = world;
    await board.ok(CONTRIBUTE, contribution('part', 15_000));
    const refused = await board.fails(CONTRIBUTE, contribution('over', 5_000));
    expect(plain(refused.extensions)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'cents',
          reason: 'overpaymentUnconfirmed',
          message:
            'Ce versement dépasse de 20,00 € ce que cette personne doit encore (30,00 €) : confirmez le trop-perçu pour l’enregistrer.',
        },
      ],
    });
    expect(await paid()).toBe(15_000);
    await board.ok(CONTRIBUTE, contribution('over', 5_000, true));
    expect(await paid()).toBe(20_000);
    // the same key replays the recorded contribution, although it would now overpay further
    await board.ok(CONTRIBUTE, contribution('over', 5_000, true));
    expect(await paid()).toBe(20_000);
  });

  it('refuses beyond the project’s limit (100,00 € by default) until the board lifts it', async () => {
    const { board, president, members } = world;
    const refused = await board.fails(CONTRIBUTE, contribution('huge', 500_000, true));
    expect(plain(refused.extensions?.fields)).toMatchObject([
      {
        field: 'cents',
        reason: 'overpaymentLimit',
        message:
          'Ce versement dépasse de 5 000,00 € ce que cette personne doit encore (0,00 €), au-delà de la limite de trop-perçu du projet (100,00 €) : le bureau peut relever cette limite.',
      },
    ]);
    expect(await paid()).toBe(20_000);
    expect(
      (await members[1].fails(LIMIT, { input: { projectId: funded.id, limitCents: null } })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await president.fails(LIMIT, { input: { projectId: funded.id, limitCents: -1 } })).extensions?.fields,
    ).toMatchObject([{ field: 'limitCents' }]);
    const lifted = await president.ok<{ setProjectOverpaymentLimit: { overpaymentLimitCents: number | null } }>(LIMIT, {
      input: { projectId: funded.id, limitCents: null },
    });
    expect(lifted.setProjectOverpaymentLimit.overpaymentLimitCents).toBeNull();
    await board.ok(CONTRIBUTE, contribution('huge', 500_000, true));
    expect(await paid()).toBe(520_000);
  });
});
