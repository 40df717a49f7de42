import { AssociationsModule } from '@assoc/associations-api';
import { IdentityModule } from '@assoc/identity-api';
import { NotificationsModule } from '@assoc/notifications-api';
import {
  createAssociation,
  createTestApp,
  joinedMember,
  signedUpClient,
  TEST_PASSWORD,
  TestApp,
} from '@assoc/platform-testing';

const DAY = 24 * 3600 * 1000;
const CLOSING = `{ association { id closing { requestedAt closesAt requestedByMembershipId } } }`;
const REQUEST = `mutation { requestAssociationClosing { id closing { closesAt } } }`;
const CANCEL = `mutation { cancelAssociationClosing { id closing { closesAt } } }`;
const NOTIFICATIONS = `{ notifications { nodes { kind actorName } } }`;
const SET_ENGLISH = `mutation { setLocale(locale: EN) { id } }`;

type Closing = { association: { id: string; closing: { requestedAt: string; closesAt: string } | null } };

// Issue 25, part 5: the president asks to close the association; the board is told and can cancel for the
// registered grace period (30 days); then the AssociationClosings job closes it and members lose access.
describe('closing an association', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, NotificationsModule]);
  });
  afterAll(() => api.close());

  async function world(name: string) {
    const president = await signedUpClient(api, 'Claire Morel');
    const { associationId, membershipId } = await createAssociation(president, name);
    const board = await joinedMember(api, president, 'BOARD', 'Yann Le Gall');
    const member = await joinedMember(api, president, 'MEMBER', 'Lucie Fleuriste');
    return { president, presidentMembershipId: membershipId, associationId, board, member };
  }

  it('only the president asks; the board is told (notification and mail); asking twice is refused; the board cancels', async () => {
    const a = await world('Les Vitrines de Vitré');
    for (const who of [a.member, a.board]) expect((await who.fails(REQUEST)).extensions?.code).toBe('FORBIDDEN');
    expect((await a.president.ok<Closing>(CLOSING)).association.closing).toBeNull();

    const requested = await a.president.ok<{ requestAssociationClosing: Closing['association'] }>(REQUEST);
    expect(requested.requestAssociationClosing.closing).not.toBeNull();
    const state = (await a.president.ok<Closing>(CLOSING)).association.closing;
    expect(new Date(state?.closesAt ?? 0).getTime() - new Date(state?.requestedAt ?? 0).getTime()).toBe(30 * DAY);
    // Every member sees the state; the board member got a notification and a mail at once.
    expect((await a.member.ok<Closing>(CLOSING)).association.closing).toMatchObject({
      requestedByMembershipId: a.presidentMembershipId,
    });
    expect(await a.board.ok(NOTIFICATIONS)).toEqual({
      notifications: { nodes: [{ kind: 'ASSOCIATION_CLOSING', actorName: 'Claire Morel' }] },
    });
    expect(await a.member.ok(NOTIFICATIONS)).toEqual({ notifications: { nodes: [] } });
    await api.advanceClock(1000); // the mail jobs run
    const mail = (await api.mails()).find((m) => m.to === a.board.email && m.subject.includes('fermeture'));
    expect(mail?.text).toContain('Claire Morel a demandé la fermeture de l’association');

    const again = await a.president.fails(REQUEST);
    expect(again.extensions?.code).toBe('CONFLICT');
    expect(again.message).toMatch(
      /^La fermeture de l’association est déjà demandée : elle fermera le \d{4}-\d{2}-\d{2}/,
    );
    await a.president.ok(SET_ENGLISH);
    expect((await a.president.fails(REQUEST)).message).toMatch(/^Closing the association was already asked for/);

    // A plain member cannot cancel; a board member can, and the president is told.
    expect((await a.member.fails(CANCEL)).extensions?.code).toBe('FORBIDDEN');
    expect(await a.board.ok(CANCEL)).toEqual({ cancelAssociationClosing: { id: a.associationId, closing: null } });
    expect(await a.president.ok(NOTIFICATIONS)).toEqual({
      notifications: { nodes: [{ kind: 'ASSOCIATION_CLOSING_CANCELLED', actorName: 'Yann Le Gall' }] },
    });
    const none = await a.board.fails(CANCEL);
    expect(none.extensions?.code).toBe('CONFLICT');
    expect(none.message).toBe('Aucune fermeture de l’association n’est en cours : il n’y a rien à annuler.');
  });

  it('a president of B can neither ask for nor cancel A’s closing', async () => {
    const a = await world('Les Vitrines de Vitré');
    const b = await world('Commerces de Fougères');
    await a.president.ok(REQUEST);
    const intruder = b.president;
    intruder.associationId = a.associationId;
    expect((await intruder.fails(CANCEL)).extensions?.code).toBe('FORBIDDEN');
    expect((await intruder.fails(REQUEST)).extensions?.code).toBe('FORBIDDEN');
    intruder.associationId = b.associationId;
    expect((await a.president.ok<Closing>(CLOSING)).association.closing).not.toBeNull();
    expect((await b.president.ok<Closing>(CLOSING)).association.closing).toBeNull();
    // B's own cancel touches only B (which has nothing to cancel).
    expect((await b.president.fails(CANCEL)).extensions?.code).toBe('CONFLICT');
    expect((await a.president.ok<Closing>(CLOSING)).association.closing).not.toBeNull();
  });

  it('after the grace period the job closes it: members lose access, other associations go on', async () => {
    const a = await world('Les Halles de Redon');
    const b = await world('Commerces de Vannes');
    await a.president.ok(REQUEST);
    await api.advanceClock(29 * DAY);
    expect((await a.member.ok<Closing>(CLOSING)).association.id).toBe(a.associationId);

    await api.advanceClock(DAY + 1000);
    for (const who of [a.president, a.board, a.member, b.member]) {
      // Sessions last 30 days too: sign in again, as a member coming back would.
      await who.ok(`mutation($input: LogInInput!) { logIn(input: $input) { id } }`, {
        input: { email: who.email, password: TEST_PASSWORD },
      });
      if (who === b.member) continue;
      expect((await who.fails(CLOSING)).extensions?.code).toBe('FORBIDDEN');
      const viewer = await who.ok<{ viewer: { memberships: { association: { id: string } }[] } }>(
        `{ viewer { memberships { association { id } } } }`,
      );
      expect(viewer.viewer.memberships.map((m) => m.association.id)).not.toContain(a.associationId);
    }
    const [row] = await api.dataSource.query(`SELECT "closedAt" FROM associations WHERE id = $1`, [a.associationId]);
    expect(row.closedAt).toBeInstanceOf(Date);
    const active = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM memberships WHERE "associationId" = $1 AND "removedAt" IS NULL`,
      [a.associationId],
    );
    expect(active).toEqual([{ n: 0 }]);
    expect((await b.member.ok<Closing>(CLOSING)).association).toEqual({ id: b.associationId, closing: null });
  });
});
