import {
  createAssociation,
  createTestApp,
  joinedMember,
  signedUpClient,
  TEST_PASSWORD,
  TestApp,
  tokenFromMail,
  uniqueEmail,
} from '@assoc/platform-testing';
import { IdentityModule } from '@assoc/identity-api';
import { INVITATION_TTL_DAYS } from '@assoc/associations-domain';
import { AssociationsModule } from '../index';
import { MembershipEntity } from './membership.entity';

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email role status } }`;
const SIGN_UP_WITH = `mutation($input: SignUpWithInvitationInput!) { signUpWithInvitation(input: $input) { id role association { name } } }`;
const CHANGE_ROLE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role } }`;
const SETTINGS = `mutation($input: UpdateAssociationSettingsInput!) { updateAssociationSettings(input: $input) { name timeZone quorumPercent majority } }`;

describe('associations, members and invitations', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule]);
  });
  afterAll(() => api.close());

  it('creates an association with Paris time and euros by default, its creator as president', async () => {
    const claire = await signedUpClient(api, 'Claire Martin');
    await createAssociation(claire, 'Les Vitrines de Vitré');
    const data = await claire.ok(
      `{ association { name timeZone currency quorumPercent majority memberCount } viewer { memberships { role association { name } } } }`,
    );
    expect(data).toEqual({
      association: {
        name: 'Les Vitrines de Vitré',
        timeZone: 'Europe/Paris',
        currency: 'EUR',
        quorumPercent: 50,
        majority: 'SIMPLE',
        memberCount: 1,
      },
      viewer: { memberships: [{ role: 'PRESIDENT', association: { name: 'Les Vitrines de Vitré' } }] },
    });
  });

  it('lets the president set the decision rules, and refuses bad ones field by field', async () => {
    const president = await signedUpClient(api);
    await createAssociation(president);
    expect(
      await president.ok(SETTINGS, {
        input: { quorumPercent: 60, majority: 'TWO_THIRDS', timeZone: 'America/Martinique' },
      }),
    ).toEqual({
      updateAssociationSettings: {
        name: 'Les Vitrines de Test',
        timeZone: 'America/Martinique',
        quorumPercent: 60,
        majority: 'TWO_THIRDS',
      },
    });
    const error = await president.fails(SETTINGS, {
      input: { quorumPercent: 150, timeZone: 'Mars/Olympus', majority: 'UNANIMITY' },
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.[0].field).toBe('majority');
    const error2 = await president.fails(SETTINGS, { input: { quorumPercent: 150, timeZone: 'Mars/Olympus' } });
    expect(error2.extensions?.fields).toMatchObject([
      { field: 'timeZone', message: "Ce fuseau horaire n'existe pas." },
      { field: 'quorumPercent', message: 'La valeur doit être au plus 100.' },
    ]);
    expect(await president.ok(`{ association { quorumPercent timeZone } }`)).toEqual({
      association: { quorumPercent: 60, timeZone: 'America/Martinique' },
    });
  });

  it('keeps settings to the president: the board and members are refused', async () => {
    const president = await signedUpClient(api);
    await createAssociation(president);
    const board = await joinedMember(api, president, 'BOARD');
    const member = await joinedMember(api, president, 'MEMBER');
    for (const client of [board, member])
      expect((await client.fails(SETTINGS, { input: { quorumPercent: 10 } })).extensions?.code).toBe('FORBIDDEN');
  });

  it('invites by e-mail: one link, used once, for someone without an account', async () => {
    const president = await signedUpClient(api, 'Claire Martin');
    await createAssociation(president, 'Union commerciale de Dinan');
    const email = uniqueEmail('nouvelle');
    expect(await president.ok(INVITE, { input: { email, role: 'MEMBER' } })).toMatchObject({
      inviteMember: { email, role: 'MEMBER', status: 'PENDING' },
    });
    const mail = (await api.mails()).find((m) => m.to === email);
    expect(mail?.subject).toBe('Invitation à rejoindre Union commerciale de Dinan');
    expect(mail?.text).toContain('Claire Martin vous invite');
    const token = await tokenFromMail(api, email, '/invitation/');

    const visitor = api.client();
    expect(
      await visitor.ok(
        `query($t: String!) { invitationPreview(token: $t) { associationName email role hasAccount } }`,
        { t: token },
      ),
    ).toEqual({
      invitationPreview: { associationName: 'Union commerciale de Dinan', email, role: 'MEMBER', hasAccount: false },
    });
    expect(
      await visitor.ok(SIGN_UP_WITH, { input: { token, name: 'Inès Robert', password: TEST_PASSWORD } }),
    ).toMatchObject({
      signUpWithInvitation: { role: 'MEMBER', association: { name: 'Union commerciale de Dinan' } },
    });
    expect(await visitor.ok(`{ viewer { user { email } } }`)).toEqual({ viewer: { user: { email } } });

    const again = await api
      .client()
      .fails(SIGN_UP_WITH, { input: { token, name: 'Quelqu’un', password: TEST_PASSWORD } });
    expect(again.extensions?.fields).toMatchObject([
      { field: 'token', message: "Ce lien n'est pas valide ou a déjà servi." },
    ]);
    expect(await president.ok(`{ invitations { email status } }`)).toEqual({
      invitations: [{ email, status: 'ACCEPTED' }],
    });
  });

  it('lets someone with an account accept while logged in, only with the invited address', async () => {
    const president = await signedUpClient(api);
    await createAssociation(president);
    const marc = await signedUpClient(api, 'Marc Pinel');
    const other = await signedUpClient(api, 'Autre Personne');
    await president.ok(INVITE, { input: { email: marc.email, role: 'BOARD' } });
    const token = await tokenFromMail(api, marc.email, '/invitation/');
    expect(
      await api.client().ok(`query($t: String!) { invitationPreview(token: $t) { hasAccount } }`, { t: token }),
    ).toEqual({ invitationPreview: { hasAccount: true } });
    const wrong = await other.fails(`mutation($t: String!) { acceptInvitation(token: $t) { id } }`, { t: token });
    expect(wrong.extensions?.fields?.[0].message).toBe('Cette invitation a été envoyée à une autre adresse e-mail.');
    expect(await marc.ok(`mutation($t: String!) { acceptInvitation(token: $t) { role } }`, { t: token })).toEqual({
      acceptInvitation: { role: 'BOARD' },
    });
  });

  it('resends (the old link stops working), revokes, and refuses expired links', async () => {
    const president = await signedUpClient(api);
    await createAssociation(president);
    const email = uniqueEmail();
    const { inviteMember } = await president.ok<{ inviteMember: { id: string } }>(INVITE, {
      input: { email, role: 'CONSULTANT' },
    });
    const first = await tokenFromMail(api, email, '/invitation/');
    await president.ok(`mutation($id: ID!) { resendInvitation(id: $id) { status } }`, { id: inviteMember.id });
    const second = await tokenFromMail(api, email, '/invitation/');
    expect(second).not.toBe(first);
    expect(
      (await api.client().fails(`query($t: String!) { invitationPreview(token: $t) { email } }`, { t: first }))
        .extensions?.code,
    ).toBe('BAD_USER_INPUT');

    await api.advanceClock(INVITATION_TTL_DAYS * 24 * 3600 * 1000 + 1000);
    const expired = await api
      .client()
      .fails(SIGN_UP_WITH, { input: { token: second, name: 'Trop Tard', password: TEST_PASSWORD } });
    expect(expired.extensions?.fields).toMatchObject([{ field: 'token', message: 'Ce lien a expiré.' }]);
    expect(await president.ok(`{ invitations { status } }`)).toEqual({ invitations: [{ status: 'EXPIRED' }] });

    // A new invitation replaces the expired one; revoking it kills its link.
    const { inviteMember: renewed } = await president.ok<{ inviteMember: { id: string } }>(INVITE, {
      input: { email, role: 'MEMBER' },
    });
    const third = await tokenFromMail(api, email, '/invitation/');
    expect(
      await president.ok(`mutation($id: ID!) { revokeInvitation(id: $id) { status } }`, { id: renewed.id }),
    ).toEqual({ revokeInvitation: { status: 'REVOKED' } });
    expect(
      (await api.client().fails(SIGN_UP_WITH, { input: { token: third, name: 'Révoquée', password: TEST_PASSWORD } }))
        .extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('refuses duplicate invitations, existing members, and roles the caller may not grant', async () => {
    const president = await signedUpClient(api);
    await createAssociation(president);
    const board = await joinedMember(api, president, 'BOARD');
    const email = uniqueEmail();
    await president.ok(INVITE, { input: { email, role: 'MEMBER' } });
    expect((await president.fails(INVITE, { input: { email, role: 'MEMBER' } })).extensions?.code).toBe('CONFLICT');
    expect(
      (await president.fails(INVITE, { input: { email: board.email, role: 'MEMBER' } })).extensions?.fields,
    ).toMatchObject([{ field: 'email', message: 'Cette personne est déjà adhérente de l’association.' }]);
    const notGrantable = await board.fails(INVITE, { input: { email: uniqueEmail(), role: 'PRESIDENT' } });
    expect(notGrantable.extensions?.fields).toMatchObject([
      { field: 'role', message: 'Vous ne pouvez pas attribuer ce rôle.' },
    ]);
    const badRole = await president.fails(INVITE, { input: { email: uniqueEmail(), role: 'KING' } });
    expect(badRole.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'role' }] });
    const member = await joinedMember(api, president, 'MEMBER');
    expect((await member.fails(INVITE, { input: { email: uniqueEmail(), role: 'MEMBER' } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('never leaves an association without a president, even with concurrent demotions', async () => {
    const president = await signedUpClient(api);
    const { membershipId } = await createAssociation(president);
    const alone = await president.fails(CHANGE_ROLE, { input: { membershipId, role: 'MEMBER' } });
    expect(alone.extensions?.fields?.[0].message).toBe(
      "L'association doit garder au moins un président : nommez-en un autre d'abord.",
    );
    expect((await president.fails(`mutation { leaveAssociation }`)).extensions?.code).toBe('BAD_USER_INPUT');

    const second = await joinedMember(api, president, 'PRESIDENT');
    // Both presidents demote each other at the same moment: exactly one succeeds.
    const results = await Promise.all([
      president.request(CHANGE_ROLE, { input: { membershipId: second.membershipId, role: 'MEMBER' } }),
      second.request(CHANGE_ROLE, { input: { membershipId, role: 'MEMBER' } }),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    const presidents = await api.dataSource
      .getRepository(MembershipEntity)
      .count({ where: { associationId: president.associationId as string, role: 'PRESIDENT' as never } });
    expect(presidents).toBe(1);
  });

  it('hands over the presidency, then lets the former president leave', async () => {
    const president = await signedUpClient(api);
    const { associationId, membershipId } = await createAssociation(president);
    const successor = await joinedMember(api, president, 'BOARD');
    await president.ok(CHANGE_ROLE, { input: { membershipId: successor.membershipId, role: 'PRESIDENT' } });
    await president.ok(CHANGE_ROLE, { input: { membershipId, role: 'MEMBER' } });
    expect(await president.ok(`mutation { leaveAssociation }`)).toEqual({ leaveAssociation: true });
    expect(await president.ok(`{ viewer { memberships { id } } }`)).toEqual({ viewer: { memberships: [] } });
    const row = await api.dataSource.getRepository(MembershipEntity).findOneByOrFail({ id: membershipId });
    expect(row).toMatchObject({ associationId, removedAt: expect.any(Date) });
  });

  it('removes a member but keeps their row, and stops their access', async () => {
    const president = await signedUpClient(api);
    await createAssociation(president);
    const member = await joinedMember(api, president);
    expect(
      await president.ok(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: member.membershipId }),
    ).toEqual({ removeMember: true });
    expect((await member.fails(`{ association { name } }`)).extensions?.code).toBe('FORBIDDEN');
    expect(await api.dataSource.getRepository(MembershipEntity).existsBy({ id: member.membershipId })).toBe(true);
    expect(await president.ok(`{ association { memberCount } }`)).toEqual({ association: { memberCount: 1 } });
  });

  it('lets one person belong to two associations with a different role in each', async () => {
    const a = await signedUpClient(api);
    await createAssociation(a, 'Association A');
    const b = await signedUpClient(api);
    await createAssociation(b, 'Association B');
    const consultant = await joinedMember(api, a, 'CONSULTANT', 'Sophie Durand');
    await b.ok(INVITE, { input: { email: consultant.email, role: 'BOARD' } });
    const token = await tokenFromMail(api, consultant.email, '/invitation/');
    await consultant.ok(`mutation($t: String!) { acceptInvitation(token: $t) { id } }`, { t: token });
    const { viewer } = await consultant.ok<{
      viewer: { memberships: { role: string; association: { name: string } }[] };
    }>(`{ viewer { memberships { role association { name } } } }`);
    expect(viewer.memberships.map((m) => `${m.association.name}:${m.role}`)).toEqual([
      'Association A:CONSULTANT',
      'Association B:BOARD',
    ]);
  });
});
