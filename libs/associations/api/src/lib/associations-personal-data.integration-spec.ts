import { IdentityModule } from '@assoc/identity-api';
import { DataPart, PersonalData, PersonalDataSource } from '@assoc/platform-api';
import { createAssociation, createTestApp, joinedMember, signedUpClient, TestApp } from '@assoc/platform-testing';
import { AssociationsModule } from '../index';
import { AssociationEntity } from './association.entity';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;

const section = (part: DataPart, name: string) => {
  const found = part.sections.find((s) => s.name === name);
  if (!found) throw new Error(`no section ${name}`);
  // Every row has exactly the section's columns (the CSV header).
  for (const row of found.rows) expect(Object.keys(row).sort()).toEqual([...found.columns].sort());
  return found.rows;
};

describe('the personal data of the associations domain (issue 25)', () => {
  let api: TestApp;
  let source: PersonalDataSource;
  let a: string;
  let b: string;
  let marie: Awaited<ReturnType<typeof joinedMember>>;
  let paul: Awaited<ReturnType<typeof joinedMember>>;
  let marieId: string;
  let paulId: string;

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule]);
    source = api.app
      .get(PersonalData)
      .sources()
      .find((s) => s.domain === 'associations') as PersonalDataSource;
    const presidentA = await signedUpClient(api, 'Claire Président');
    a = (await createAssociation(presidentA, 'Les Vitrines de Vitré')).associationId;
    marie = await joinedMember(api, presidentA, 'MEMBER', 'Marie Curieux');
    paul = await joinedMember(api, presidentA, 'BOARD', 'Paul Trésor');
    await presidentA.ok(INVITE, { input: { email: 'pending.a@example.fr', role: 'MEMBER' } });
    const presidentB = await signedUpClient(api, 'Bernard Ailleurs');
    b = (await createAssociation(presidentB, 'Commerces de Fougères')).associationId;
    // B invites Marie's address too; she never joined B.
    await presidentB.ok(INVITE, { input: { email: marie.email, role: 'MEMBER' } });
    await presidentB.ok(INVITE, { input: { email: 'pending.b@example.fr', role: 'MEMBER' } });
    marieId = await userOf(marie.membershipId);
    paulId = await userOf(paul.membershipId);
  });
  afterAll(() => api.close());

  const userOf = async (membershipId: string) =>
    (await api.dataSource.manager.findOneByOrFail(MembershipEntity, { id: membershipId })).userId;
  const subject = () => ({ userId: marieId, associationIds: [a] });

  it('exports the person’s memberships and the invitations to their address in their associations only', async () => {
    const part = await source.exportPerson(subject(), api.dataSource.manager);
    expect(section(part, 'associations-memberships')).toEqual([
      { association: 'Les Vitrines de Vitré', role: 'MEMBER', joinedAt: expect.any(String), leftAt: null },
    ]);
    const invitations = section(part, 'associations-invitations');
    expect(invitations).toEqual([
      expect.objectContaining({ association: 'Les Vitrines de Vitré', email: marie.email, status: 'ACCEPTED' }),
    ]);
    // Nothing of B (its invitation to Marie's address), nothing of Paul.
    expect(JSON.stringify(part)).not.toMatch(/Fougères|Paul|pending\./);
    for (const s of part.sections) expect(s.description.fr && s.description.en).toBeTruthy();
  });

  it('exports an association: its members with their addresses and roles, its invitations, nothing of another', async () => {
    const part = await source.exportAssociation(a, api.dataSource.manager);
    expect(section(part, 'associations-association')).toEqual([
      expect.objectContaining({ name: 'Les Vitrines de Vitré', currency: 'EUR', quorumPercent: 50 }),
    ]);
    const members = section(part, 'associations-members');
    expect(members.map((m) => [m['name'], m['role'], m['leftAt']])).toEqual([
      ['Claire Président', 'PRESIDENT', null],
      ['Marie Curieux', 'MEMBER', null],
      ['Paul Trésor', 'BOARD', null],
    ]);
    expect(members.find((m) => m['name'] === 'Paul Trésor')?.['email']).toBe(paul.email);
    const invitations = section(part, 'associations-invitations');
    expect(invitations.map((i) => i['email']).sort()).toEqual([marie.email, paul.email, 'pending.a@example.fr'].sort());
    expect(invitations.every((i) => i['invitedBy'] === 'Claire Président')).toBe(true);
    expect(JSON.stringify(part)).not.toMatch(/Fougères|Bernard|pending\.b/);
  });

  it('erases the person: their membership ends (the row stays), invitations to them go, nobody else’s change', async () => {
    await api.dataSource.transaction((manager) => source.erasePerson(subject(), manager));
    const memberships = await api.dataSource.manager.find(MembershipEntity, { where: { associationId: a } });
    const byUser = new Map(memberships.map((m) => [m.userId, m]));
    expect(byUser.get(marieId)?.removedAt).toBeInstanceOf(Date);
    expect(byUser.get(paulId)?.removedAt).toBeNull();
    expect(memberships.filter((m) => m.removedAt === null)).toHaveLength(2);
    const invitations = await api.dataSource.manager.find(InvitationEntity, {});
    expect(invitations.filter((i) => i.associationId === a).map((i) => i.email)).not.toContain(marie.email);
    expect(invitations.filter((i) => i.associationId === a).map((i) => i.email)).toContain('pending.a@example.fr');
    // B's invitation to the address is B's, outside the subject: untouched.
    expect(invitations.filter((i) => i.associationId === b).map((i) => i.email)).toContain(marie.email);
    // She no longer reaches A.
    expect((await marie.request(`{ association { name } }`)).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    // Her export now shows she left.
    const after = await source.exportPerson(subject(), api.dataSource.manager);
    expect(section(after, 'associations-memberships')[0]['leftAt']).toEqual(expect.any(String));
    expect(section(after, 'associations-invitations')).toEqual([]);
  });

  it('erases an association’s personal data: invitations go, memberships end, the association row stays', async () => {
    await api.dataSource.transaction((manager) => source.eraseAssociation(b, manager));
    expect(await api.dataSource.manager.countBy(InvitationEntity, { associationId: b })).toBe(0);
    expect(await api.dataSource.manager.countBy(MembershipEntity, { associationId: b })).toBe(1);
    expect(
      await api.dataSource.manager.findOne(MembershipEntity, { where: { associationId: b } }).then((m) => m?.removedAt),
    ).toBeInstanceOf(Date);
    expect(await api.dataSource.manager.findOneBy(AssociationEntity, { id: b })).toMatchObject({
      name: 'Commerces de Fougères',
    });
    // A is untouched.
    expect(await api.dataSource.manager.countBy(InvitationEntity, { associationId: a })).toBe(2); // Paul's and the pending one
    expect(
      (await api.dataSource.manager.find(MembershipEntity, { where: { associationId: a } })).filter(
        (m) => !m.removedAt,
      ),
    ).toHaveLength(2);
  });
});
