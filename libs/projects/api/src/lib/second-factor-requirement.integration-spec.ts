import { createAssociation, GraphqlClient } from '@assoc/platform-testing';
import { authenticator } from 'otplib';
import {
  CONTRIBUTE,
  EXPENSE,
  fundedProject,
  PDF,
  Project,
  projectsWorld,
  upload,
  World,
} from './projects-test-helpers';

const SETTINGS = `mutation($input: UpdateAssociationSettingsInput!) { updateAssociationSettings(input: $input) { secondFactorRequired secondSignatureAboveCents } }`;
const APPROVE = `mutation($input: ApproveExpenseInput!) { approveExpense(input: $input) { id approval } }`;
const CHANGE_ROLE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role } }`;
const LEDGER = `query($id: ID!) { ledger(projectId: $id) { id approval } }`;
const STATUS = `{ secondFactor { enabled requiredBy } }`;
const BEGIN = `mutation { beginSecondFactorSetup { secret } }`;
const CONFIRM = `mutation($code: String!) { confirmSecondFactor(input: { code: $code }) { codes } }`;

describe('an association that requires a second factor for money, roles and rules (issue 25)', () => {
  let world: World;
  let funded: Project;
  let bigExpenseId: string;
  beforeAll(async () => {
    world = await projectsWorld(2);
    funded = await fundedProject(world, world.members);
  });
  afterAll(() => world.api.close());

  const setUpSecondFactor = async (client: GraphqlClient) => {
    const { beginSecondFactorSetup } = await client.ok<{ beginSecondFactorSetup: { secret: string } }>(BEGIN);
    const code = authenticator.clone({ epoch: world.api.clock.nowMs() }).generate(beginSecondFactorSetup.secret);
    await client.ok(CONFIRM, { code });
  };
  const contribution = (key: string) => ({
    input: {
      projectId: funded.id,
      idempotencyKey: key,
      membershipId: world.members[0].membershipId,
      cents: 5_000,
      paymentMethod: 'TRANSFER',
    },
  });

  it('can be turned on only by a president who has a second factor, and is off by default', async () => {
    const { updateAssociationSettings } = await world.president.ok<{
      updateAssociationSettings: { secondFactorRequired: boolean };
    }>(SETTINGS, { input: { secondSignatureAboveCents: 10_000 } });
    expect(updateAssociationSettings.secondFactorRequired).toBe(false);
    const refused = await world.president.fails(SETTINGS, { input: { secondFactorRequired: true } });
    expect(refused.extensions?.fields).toEqual([
      expect.objectContaining({
        field: 'secondFactorRequired',
        message:
          'Activez d’abord la double authentification sur votre propre compte (Mon compte › Sécurité) : sinon vous ne pourriez plus modifier ce réglage.',
      }),
    ]);
    const wrongType = await world.president.fails(SETTINGS, { input: { secondFactorRequired: 'yes' } });
    expect(wrongType.extensions?.code).toBe('BAD_USER_INPUT');
    await setUpSecondFactor(world.president);
    // The president records an expense above the two-signature threshold while nothing is required yet.
    const big = await world.president.ok<{ recordExpense: { id: string } }>(EXPENSE, {
      input: { projectId: funded.id, idempotencyKey: 'big', supplier: 'Menuiserie Leroux', cents: 12_000 },
    });
    bigExpenseId = big.recordExpense.id;
    expect(
      await world.president.ok(SETTINGS, { input: { secondFactorRequired: true, secondSignatureAboveCents: 10_000 } }),
    ).toEqual({ updateAssociationSettings: { secondFactorRequired: true, secondSignatureAboveCents: 10_000 } });
  });

  it('refuses the treasurer without a second factor every money and role operation, called directly, in fr and en', async () => {
    expect(await world.board.ok(STATUS)).toEqual({
      secondFactor: { enabled: false, requiredBy: ['Les Vitrines de Vitré'] },
    });
    // Members who cannot act on money or roles are not asked.
    expect(await world.members[0].ok(STATUS)).toEqual({ secondFactor: { enabled: false, requiredBy: [] } });

    const approve = await world.board.fails(APPROVE, { input: { projectId: funded.id, entryId: bigExpenseId } });
    expect(approve.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'secondFactorRequired' });
    expect(approve.message).toBe(
      'Cette association exige la double authentification pour les opérations sur l’argent, les rôles, les règles et les données de l’association : activez-la dans Mon compte › Sécurité, puis recommencez.',
    );
    // The person's language decides (kept on the account).
    await world.board.ok(`mutation { setLocale(locale: EN) { id } }`);
    const contribute = await world.board.fails(CONTRIBUTE, contribution('c-refused'));
    expect(contribute.message).toBe(
      'This association requires two-step verification for operations on money, roles, rules and the association’s data: turn it on in My account › Security, then try again.',
    );
    const role = await world.board.fails(CHANGE_ROLE, {
      input: { membershipId: world.members[1].membershipId, role: 'BOARD' },
    });
    expect(role.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'secondFactorRequired' });
    await world.board.ok(`mutation { setLocale(locale: FR) { id } }`);
    // A receipt uploaded over HTTP (POST) is refused as well.
    const receipt = await upload(
      world.board,
      `/api/projects/${funded.id}/receipts`,
      PDF,
      'application/pdf',
      'recu.pdf',
    );
    expect(receipt.status).toBe(403);
    expect(await receipt.text()).toContain('secondFactorRequired');
    // Nothing changed; reading stays open, even what a guarded permission reads (the sent invitations).
    expect(await world.board.ok(`{ invitations { id } }`)).toMatchObject({ invitations: expect.any(Array) });
    const { ledger } = await world.board.ok<{ ledger: { id: string; approval: string }[] }>(LEDGER, { id: funded.id });
    expect(ledger.find((e) => e.id === bigExpenseId)?.approval).toBe('PENDING');
    expect(ledger).toHaveLength(1);
  });

  it('lets the treasurer act once they have set it up', async () => {
    await setUpSecondFactor(world.board);
    expect(await world.board.ok(STATUS)).toEqual({ secondFactor: { enabled: true, requiredBy: [] } });
    expect(await world.board.ok(APPROVE, { input: { projectId: funded.id, entryId: bigExpenseId } })).toMatchObject({
      approveExpense: { id: bigExpenseId, approval: 'APPROVED' },
    });
    await world.board.ok(CONTRIBUTE, contribution('c-accepted'));
    expect(
      (await upload(world.board, `/api/projects/${funded.id}/receipts`, PDF, 'application/pdf', 'recu.pdf')).status,
    ).toBe(200);
    expect(
      await world.board.ok(CHANGE_ROLE, { input: { membershipId: world.members[1].membershipId, role: 'BOARD' } }),
    ).toMatchObject({ changeMemberRole: { role: 'BOARD' } });
    // The new board member is now asked too, and refused until they set it up.
    const newBoard = world.members[1];
    expect((await newBoard.ok<{ secondFactor: { requiredBy: string[] } }>(STATUS)).secondFactor.requiredBy).toEqual([
      'Les Vitrines de Vitré',
    ]);
    expect((await newBoard.fails(CONTRIBUTE, contribution('c-new-board'))).extensions?.code).toBe('FORBIDDEN');
  });

  it("does not reach another association: A's setting leaves B's money and roles open", async () => {
    // A member of A without a second factor creates association B (president there): nothing is required in B.
    const member = world.members[0];
    const a = member.associationId;
    const { associationId: b } = await createAssociation(member, 'Les Commerçants de Fougères');
    const { updateAssociationSettings } = await member.ok<{
      updateAssociationSettings: { secondFactorRequired: boolean };
    }>(SETTINGS, { input: { quorumPercent: 40 } });
    expect(updateAssociationSettings.secondFactorRequired).toBe(false);
    // And B's settings did not change A's.
    member.associationId = a;
    expect(
      (
        await world.president.ok<{ association: { secondFactorRequired: boolean } }>(
          `{ association { secondFactorRequired } }`,
        )
      ).association.secondFactorRequired,
    ).toBe(true);
    member.associationId = b;
  });
});
