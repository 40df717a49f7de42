import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import { NotificationsModule } from '@assoc/notifications-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  signedUpClient,
  TestApp,
} from '@assoc/platform-testing';
import { ProjectsModule } from '@assoc/projects-api';
import { PromotionsModule } from '@assoc/promotions-api';
import { CommunityFigures, CommunityModule } from '../index';
import { CommunityPersonalData } from './community-personal-data';

const IDEA_FIELDS = `id title description kind status authorName authorIsCustomer mine answerReason useful supportCount commentCount supportedByMe adoptedAt outcome { kind id title projectStatus campaignStatus startsAt }`;
const PROPOSE = `mutation($input: ProposeIdeaInput!) { proposeIdea(input: $input) { ${IDEA_FIELDS} } }`;
const IDEA = `query($id: ID!) { idea(id: $id) { ${IDEA_FIELDS} } }`;
const IDEAS = `query($status: IdeaStatus, $adopted: Boolean, $first: Int, $after: String) { ideas(status: $status, adopted: $adopted, first: $first, after: $after) { nodes { ${IDEA_FIELDS} } pageInfo { endCursor hasNextPage } } }`;
const SUPPORT = `mutation($ideaId: ID!) { supportIdea(ideaId: $ideaId) { id supportCount supportedByMe } }`;
const WITHDRAW = `mutation($ideaId: ID!) { withdrawIdeaSupport(ideaId: $ideaId) { id supportCount supportedByMe } }`;
const COMMENT = `mutation($input: CommentIdeaInput!) { commentIdea(input: $input) { id body authorName useful } }`;
const COMMENTS = `query($ideaId: ID!) { ideaComments(ideaId: $ideaId) { id body authorName useful } }`;
const ANSWER = `mutation($input: AnswerIdeaInput!) { answerIdea(input: $input) { id status answerReason } }`;
const ADOPT = `mutation($input: AdoptIdeaInput!) { adoptIdea(input: $input) { ${IDEA_FIELDS} } }`;
const USEFUL_IDEA = `mutation($ideaId: ID!) { markIdeaUseful(ideaId: $ideaId) { id useful } }`;
const USEFUL_COMMENT = `mutation($commentId: ID!) { markCommentUseful(commentId: $commentId) { id useful } }`;
const SETTINGS = `{ communitySettings { adoptedIdeaPoints usefulContributionPoints helpfulRecommendationPoints } }`;
const UPDATE_SETTINGS = `mutation($input: UpdateCommunitySettingsInput!) { updateCommunitySettings(input: $input) { adoptedIdeaPoints usefulContributionPoints helpfulRecommendationPoints } }`;

type Person = GraphqlClient & { membershipId: string };
interface World {
  associationId: string;
  president: Person;
  board: Person;
  member: Person;
  other: Person;
}

async function world(api: TestApp, name: string): Promise<World> {
  const president = await signedUpClient(api, `Présidente ${name}`);
  const { associationId, membershipId } = await createAssociation(president, name);
  return {
    associationId,
    president: Object.assign(president, { membershipId }),
    board: await joinedMember(api, president, 'BOARD', `Secrétaire ${name}`),
    member: await joinedMember(api, president, 'MEMBER', `Fleuriste ${name}`),
    other: await joinedMember(api, president, 'MEMBER', `Libraire ${name}`),
  };
}

interface Idea {
  id: string;
  status: string;
  supportCount: number;
  supportedByMe: boolean;
  adoptedAt: string | null;
  outcome: {
    kind: string;
    id: string;
    title: string;
    projectStatus: string | null;
    campaignStatus: string | null;
  } | null;
  [key: string]: unknown;
}

describe('ideas box, members and board (integration)', () => {
  let api: TestApp;
  let a: World;
  let b: World;
  const propose = async (who: GraphqlClient, title: string, kind = 'SERVICE') =>
    (await who.ok<{ proposeIdea: Idea }>(PROPOSE, { input: { title, description: 'Pour tout le centre-ville', kind } }))
      .proposeIdea;
  const count = async (sql: string, params: unknown[]) => Number((await api.dataSource.query(sql, params))[0].n);

  beforeAll(async () => {
    api = await createTestApp([
      IdentityModule,
      AssociationsModule,
      DirectoryModule,
      NotificationsModule,
      ProjectsModule,
      PromotionsModule,
      CommunityModule,
    ]);
    a = await world(api, 'Vitré');
    b = await world(api, 'Fougères');
  });
  afterAll(() => api?.close());

  it('a member proposes an idea; bad input names each field in the caller’s language and writes nothing', async () => {
    const idea = await propose(a.member, 'Ouvert tard le jeudi');
    expect(idea).toMatchObject({
      status: 'OPEN',
      kind: 'SERVICE',
      authorName: 'Fleuriste Vitré',
      authorIsCustomer: false,
      mine: true,
      supportCount: 0,
      outcome: null,
    });
    const before = await count(`SELECT count(*) AS n FROM community_ideas WHERE "associationId" = $1`, [
      a.associationId,
    ]);
    const fr = await a.member.request(PROPOSE, { input: { title: ' x ', description: '', kind: 'SERVICE' } });
    expect(fr.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(fr.errors?.[0].message).toBe('Ce champ doit comporter au moins 3 caractères.');
    await a.member.ok(`mutation($locale: Locale!) { setLocale(locale: $locale) { id } }`, { locale: 'EN' });
    const en = await a.member.request(PROPOSE, { input: { title: '', description: '', kind: 'SERVICE' } });
    expect(en.errors?.[0].extensions?.['fields']).toEqual([
      expect.objectContaining({ field: 'title', message: 'This field is required.' }),
    ]);
    await a.member.ok(`mutation($locale: Locale!) { setLocale(locale: $locale) { id } }`, { locale: 'FR' });
    expect(await count(`SELECT count(*) AS n FROM community_ideas WHERE "associationId" = $1`, [a.associationId])).toBe(
      before,
    );
  });

  it('one support per person, also under concurrent double clicks; the author cannot support their own idea', async () => {
    const idea = await propose(a.member, 'Livraison à vélo partagée');
    const results = await Promise.all(Array.from({ length: 8 }, () => a.other.request(SUPPORT, { ideaId: idea.id })));
    expect(results.every((r) => !r.errors)).toBe(true);
    await a.board.ok(SUPPORT, { ideaId: idea.id });
    const { idea: after } = await a.other.ok<{ idea: Idea }>(IDEA, { id: idea.id });
    expect(after.supportCount).toBe(2);
    expect(after.supportedByMe).toBe(true);
    const own = await a.member.request(SUPPORT, { ideaId: idea.id });
    expect(own.errors?.[0].message).toBe('Vous ne pouvez pas soutenir votre propre idée.');
    const { withdrawIdeaSupport } = await a.other.ok<{ withdrawIdeaSupport: Idea }>(WITHDRAW, { ideaId: idea.id });
    expect(withdrawIdeaSupport).toMatchObject({ supportCount: 1, supportedByMe: false });
  });

  it('the board answers with a reason and the member author is notified; a member cannot answer', async () => {
    const idea = await propose(a.member, 'Carte cadeau commune');
    const denied = await a.other.request(ANSWER, { input: { ideaId: idea.id, status: 'ACCEPTED', reason: 'Oui' } });
    expect(denied.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const noReason = await a.board.request(ANSWER, { input: { ideaId: idea.id, status: 'ACCEPTED', reason: ' ' } });
    expect(noReason.errors?.[0].extensions?.['fields']).toEqual([expect.objectContaining({ field: 'reason' })]);
    await a.board.ok(ANSWER, { input: { ideaId: idea.id, status: 'UNDER_STUDY', reason: 'On en parle en bureau' } });
    const { answerIdea } = await a.board.ok<{ answerIdea: Idea }>(ANSWER, {
      input: { ideaId: idea.id, status: 'ACCEPTED', reason: 'Bonne idée, on la lance' },
    });
    expect(answerIdea).toMatchObject({ status: 'ACCEPTED', answerReason: 'Bonne idée, on la lance' });
    const notes = await api.dataSource.query(
      `SELECT n.kind, n."subjectType", n."subjectId", n.data FROM notifications n JOIN memberships m ON m.id = n."recipientMembershipId"
        WHERE n.kind = 'IDEA_ANSWERED' AND n."subjectId" = $1 ORDER BY n."createdAt"`,
      [idea.id],
    );
    expect(notes).toHaveLength(2);
    expect(notes[1]).toMatchObject({ subjectType: 'IDEA', data: { excerpt: 'Carte cadeau commune' } });
  });

  it('an accepted idea becomes a project once, even under concurrent clicks, linked both ways; not before it is accepted', async () => {
    const idea = await propose(a.member, 'Illuminations de Noël partagées');
    const early = await a.board.request(ADOPT, { input: { ideaId: idea.id, as: 'PROJECT' } });
    expect(early.errors?.[0]).toMatchObject({
      message: 'Seule une idée acceptée peut devenir un projet ou un temps fort.',
      extensions: expect.objectContaining({ code: 'CONFLICT' }),
    });
    await a.board.ok(ANSWER, { input: { ideaId: idea.id, status: 'ACCEPTED', reason: 'Validé en bureau' } });
    const clicks = await Promise.all(
      Array.from({ length: 5 }, () =>
        a.board.request<{ adoptIdea: Idea }>(ADOPT, { input: { ideaId: idea.id, as: 'PROJECT' } }),
      ),
    );
    expect(clicks.every((c) => !c.errors)).toBe(true);
    expect(
      await count(`SELECT count(*) AS n FROM projects WHERE "associationId" = $1 AND title = $2`, [
        a.associationId,
        'Illuminations de Noël partagées',
      ]),
    ).toBe(1);
    const adopted = clicks[0].data!.adoptIdea;
    expect(adopted.outcome).toMatchObject({
      kind: 'PROJECT',
      projectStatus: 'DRAFT',
      title: 'Illuminations de Noël partagées',
    });
    const { project } = await a.president.ok<{ project: { originLabel: string; originLink: string } }>(
      `query($id: ID!) { project(id: $id) { originLabel originLink } }`,
      { id: adopted.outcome!.id },
    );
    expect(project).toEqual({ originLabel: 'Illuminations de Noël partagées', originLink: `/ideas/${idea.id}` });
    const other = await a.board.request(ADOPT, { input: { ideaId: idea.id, as: 'CAMPAIGN' } });
    expect(other.errors?.[0].message).toBe('Cette idée est déjà devenue un projet ou un temps fort.');
    const declined = await a.board.request(ANSWER, { input: { ideaId: idea.id, status: 'DECLINED', reason: 'Non' } });
    expect(declined.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    const { ideas } = await a.member.ok<{ ideas: { nodes: Idea[] } }>(IDEAS, { adopted: true });
    expect(ideas.nodes.map((i) => i.id)).toEqual([idea.id]);
  });

  it('an accepted idea becomes a campaign draft with its public origin link', async () => {
    const idea = await propose(a.other, 'Quinzaine du fait main', 'PRODUCT');
    await a.president.ok(ANSWER, { input: { ideaId: idea.id, status: 'ACCEPTED', reason: 'En mai' } });
    const { adoptIdea } = await a.president.ok<{ adoptIdea: Idea }>(ADOPT, {
      input: { ideaId: idea.id, as: 'CAMPAIGN' },
    });
    expect(adoptIdea.outcome).toMatchObject({ kind: 'CAMPAIGN', campaignStatus: 'DRAFT' });
    const { campaign } = await a.president.ok<{ campaign: { originLink: string } }>(
      `query($id: ID!) { campaign(id: $id) { originLink } }`,
      { id: adoptIdea.outcome!.id },
    );
    expect(campaign.originLink).toMatch(new RegExp(`^/communaute/[a-z0-9-]+/idees/${idea.id}$`));
  });

  it('comments, useful marks and the board’s points settings', async () => {
    const idea = await propose(a.member, 'Un marché de producteurs');
    const { commentIdea } = await a.other.ok<{ commentIdea: { id: string; authorName: string } }>(COMMENT, {
      input: { ideaId: idea.id, body: '  Le samedi matin ?  ' },
    });
    expect(commentIdea.authorName).toBe('Libraire Vitré');
    const empty = await a.other.request(COMMENT, { input: { ideaId: idea.id, body: '   ' } });
    expect(empty.errors?.[0].extensions?.['fields']).toEqual([expect.objectContaining({ field: 'body' })]);
    const { markCommentUseful } = await a.board.ok<{ markCommentUseful: { useful: boolean } }>(USEFUL_COMMENT, {
      commentId: commentIdea.id,
    });
    expect(markCommentUseful.useful).toBe(true);
    expect(
      (await a.board.ok<{ markIdeaUseful: { useful: boolean } }>(USEFUL_IDEA, { ideaId: idea.id })).markIdeaUseful
        .useful,
    ).toBe(true);
    const { ideaComments } = await a.member.ok<{ ideaComments: { body: string; useful: boolean }[] }>(COMMENTS, {
      ideaId: idea.id,
    });
    expect(ideaComments).toEqual([expect.objectContaining({ body: 'Le samedi matin ?', useful: true })]);
    expect((await a.member.ok<{ communitySettings: unknown }>(SETTINGS)).communitySettings).toEqual({
      adoptedIdeaPoints: 50,
      usefulContributionPoints: 10,
      helpfulRecommendationPoints: 10,
    });
    const bad = await a.board.request(UPDATE_SETTINGS, { input: { adoptedIdeaPoints: -5 } });
    expect(bad.errors?.[0].extensions?.['fields']).toEqual([expect.objectContaining({ field: 'adoptedIdeaPoints' })]);
    const { updateCommunitySettings } = await a.board.ok<{ updateCommunitySettings: unknown }>(UPDATE_SETTINGS, {
      input: { adoptedIdeaPoints: 80 },
    });
    expect(updateCommunitySettings).toMatchObject({ adoptedIdeaPoints: 80, usefulContributionPoints: 10 });
    const memberTries = await a.member.request(UPDATE_SETTINGS, { input: { adoptedIdeaPoints: 1 } });
    expect(memberTries.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
  });

  it('keeps associations apart: B sees none of A’s ideas and can do nothing to them', async () => {
    const idea = await propose(a.member, 'Idée de Vitré seulement');
    const { commentIdea } = await a.other.ok<{ commentIdea: { id: string } }>(COMMENT, {
      input: { ideaId: idea.id, body: 'Bien' },
    });
    const { ideas } = await b.member.ok<{ ideas: { nodes: Idea[] } }>(IDEAS, {});
    expect(ideas.nodes.find((i) => i.id === idea.id)).toBeUndefined();
    for (const [query, variables, who] of [
      [IDEA, { id: idea.id }, b.member],
      [COMMENTS, { ideaId: idea.id }, b.member],
      [SUPPORT, { ideaId: idea.id }, b.member],
      [WITHDRAW, { ideaId: idea.id }, b.member],
      [COMMENT, { input: { ideaId: idea.id, body: 'Intrus' } }, b.member],
      [ANSWER, { input: { ideaId: idea.id, status: 'ACCEPTED', reason: 'Intrus' } }, b.president],
      [ADOPT, { input: { ideaId: idea.id, as: 'PROJECT' } }, b.president],
      [USEFUL_IDEA, { ideaId: idea.id }, b.board],
      [USEFUL_COMMENT, { commentId: commentIdea.id }, b.board],
    ] as const) {
      const result = await who.request(query, variables);
      expect(result.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    }
    expect(
      (await b.president.ok<{ communitySettings: { adoptedIdeaPoints: number } }>(SETTINGS)).communitySettings
        .adoptedIdeaPoints,
    ).toBe(50);
    const { idea: untouched } = await a.member.ok<{ idea: Idea }>(IDEA, { id: idea.id });
    expect(untouched).toMatchObject({ status: 'OPEN', supportCount: 0, commentCount: 1, useful: false });
  });

  it('a member’s personal data: exported, then erased (supports gone, authorship pseudonymised); figures count ideas', async () => {
    const idea = await propose(a.other, 'Des bancs devant les boutiques');
    await a.other.ok(COMMENT, { input: { ideaId: idea.id, body: 'Et des jardinières' } });
    const mine = await propose(a.board, 'Un plan des boutiques à l’office de tourisme');
    await a.other.ok(SUPPORT, { ideaId: mine.id });
    const source = api.app.get(CommunityPersonalData);
    const [{ userId }] = await api.dataSource.query(`SELECT "userId" FROM memberships WHERE id = $1`, [
      a.other.membershipId,
    ]);
    const subject = { userId, associationIds: [a.associationId, b.associationId] };
    const part = await api.dataSource.transaction((m) => source.exportPerson(subject, m));
    const rows = (name: string) => part.sections.find((s) => s.name === name)?.rows ?? [];
    expect(rows('community-ideas').map((r) => r['title'])).toContain('Des bancs devant les boutiques');
    expect(rows('community-comments').map((r) => r['body'])).toContain('Et des jardinières');
    expect(rows('community-supports').map((r) => r['idea_title'])).toContain(
      'Un plan des boutiques à l’office de tourisme',
    );
    await api.dataSource.transaction((m) => source.erasePerson(subject, m));
    const { idea: after } = await a.member.ok<{ idea: Idea }>(IDEA, { id: idea.id });
    expect(after).toMatchObject({ title: 'Des bancs devant les boutiques', authorName: 'Ancien participant' });
    const { idea: supported } = await a.member.ok<{ idea: Idea }>(IDEA, { id: mine.id });
    expect(supported.supportCount).toBe(0);
    const figures = await api.app.get(CommunityFigures).of(a.associationId);
    expect(figures.ideasProposed).toBeGreaterThanOrEqual(8);
    expect(figures.ideasAdopted).toBe(2);
    const none = await api.app
      .get(CommunityFigures)
      .of(a.associationId, { from: new Date('2000-01-01'), to: new Date('2000-02-01') });
    expect(none).toEqual({ ideasProposed: 0, ideasAdopted: 0, supports: 0 });
  });
});
