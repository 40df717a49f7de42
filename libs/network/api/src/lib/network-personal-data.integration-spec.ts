import { AssociationsModule } from '@assoc/associations-api';
import { IdentityModule } from '@assoc/identity-api';
import { NotificationsModule } from '@assoc/notifications-api';
import { DataPart, FileStore, PersonalData, PersonalDataSource, PersonSubject } from '@assoc/platform-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  signedUpClient,
  TestApp,
} from '@assoc/platform-testing';
import { IsNull } from 'typeorm';
import { NetworkModule } from '../index';
import { CommentEntity } from './comment.entity';
import { createPost, CREATE_COMMENT, CREATE_POST, feed, uploadedImageId, uploadImage } from './network-test-helpers';
import { PostImageEntity } from './post-image.entity';
import { PostReactionEntity } from './post-reaction.entity';
import { PostEntity } from './post.entity';

const REACT = `mutation($input: ReactionInput!) { toggleReaction(input: $input) { id } }`;
const HIDE_POST = `mutation($input: HideContentInput!) { hidePost(input: $input) { id } }`;
const SEARCH = `query($query: String!) { search(query: $query) { type id } }`;

const rows = (part: DataPart, name: string) => {
  const found = part.sections.find((s) => s.name === name);
  if (!found) throw new Error(`no section ${name}`);
  for (const row of found.rows) expect(Object.keys(row).sort()).toEqual([...found.columns].sort());
  return found.rows;
};

describe('the personal data of the network (issue 25)', () => {
  let api: TestApp;
  let source: (domain: string) => PersonalDataSource;
  let president: GraphqlClient;
  let a: string;
  let b: string;
  let marie: Awaited<ReturnType<typeof joinedMember>>;
  let paul: Awaited<ReturnType<typeof joinedMember>>;
  let marieSubject: PersonSubject;
  let mariePost: string;
  let paulPost: string;
  let paulHidden: string;
  let imageId: string;

  const subjectOf = (member: { userId: string }, associationIds: string[]): PersonSubject => ({
    userId: member.userId,
    associationIds,
  });
  /** Every source in one transaction, as the closing does (the membership ends in the associations domain). */
  const close = (subject: PersonSubject) =>
    api.dataSource.transaction(async (manager) => {
      await source('associations').erasePerson(subject, manager);
      await source('network').erasePerson(subject, manager);
    });

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, NotificationsModule, NetworkModule]);
    const registry = api.app.get(PersonalData);
    source = (domain) => registry.sources().find((s) => s.domain === domain) as PersonalDataSource;
    president = await signedUpClient(api, 'Claire Président');
    a = (await createAssociation(president, 'Les Vitrines de Vitré')).associationId;
    marie = await joinedMember(api, president, 'BOARD', 'Marie Curieux');
    paul = await joinedMember(api, president, 'MEMBER', 'Paul Voisin');
    const bernard = await signedUpClient(api, 'Bernard Ailleurs');
    b = (await createAssociation(bernard, 'Commerces de Fougères')).associationId;
    await createPost(bernard, { text: 'Bernard parle de croissants à Fougères' });

    imageId = await uploadedImageId(marie);
    mariePost = (await createPost(marie, { text: 'Marie parle de croissants', imageIds: [imageId] })).id;
    paulPost = (await createPost(paul, { text: 'Paul vend des tournevis' })).id;
    paulHidden = (await createPost(paul, { text: 'Paul dit une bêtise' })).id;
    await paul.ok(CREATE_COMMENT, { input: { postId: mariePost, text: 'Paul répond sous le post de Marie' } });
    await marie.ok(CREATE_COMMENT, { input: { postId: paulPost, text: 'Marie commente les tournevis' } });
    await marie.ok(REACT, { input: { postId: paulPost, emoji: 'HEART' } });
    await paul.ok(REACT, { input: { postId: mariePost, emoji: 'CLAP' } });
    await marie.ok(HIDE_POST, { input: { id: paulHidden, reason: 'Hors sujet' } });
    marieSubject = subjectOf(marie, [a]);
  });
  afterAll(() => api.close());

  it('exports what the person wrote, reacted, uploaded and moderated; nothing of anyone else', async () => {
    const part = await source('network').exportPerson(marieSubject, api.dataSource.manager);
    expect(rows(part, 'network-posts')).toEqual([
      expect.objectContaining({ postId: mariePost, text: 'Marie parle de croissants', deletedAt: null }),
    ]);
    expect(rows(part, 'network-comments')).toEqual([
      expect.objectContaining({ postId: paulPost, text: 'Marie commente les tournevis' }),
    ]);
    expect(rows(part, 'network-reactions')).toEqual([
      { postId: paulPost, emoji: 'HEART', createdAt: expect.any(String) },
    ]);
    const [image] = await api.dataSource.manager.findBy(PostImageEntity, { id: imageId });
    expect(rows(part, 'network-images')).toEqual([
      expect.objectContaining({ imageId, postId: mariePost, file: `files/network/${imageId}.png` }),
    ]);
    expect(part.files).toEqual([{ path: `files/network/${imageId}.png`, key: `uploads/posts/${image.fileName}` }]);
    expect(rows(part, 'network-moderation')).toEqual([
      { kind: 'post', id: paulHidden, hiddenAt: expect.any(String), reason: 'Hors sujet' },
    ]);
    expect(JSON.stringify(part)).not.toMatch(/Paul répond|vend des tournevis|bêtise|Bernard|CLAP/);
  });

  it('exports an association’s topics, posts, comments and reactions with their authors, nothing of another', async () => {
    const part = await source('network').exportAssociation(a, api.dataSource.manager);
    expect(rows(part, 'network-topics')).toEqual([]);
    expect(
      rows(part, 'network-posts')
        .map((p) => `${p['author']}: ${p['text']}`)
        .sort(),
    ).toEqual([
      'Marie Curieux: Marie parle de croissants',
      'Paul Voisin: Paul dit une bêtise',
      'Paul Voisin: Paul vend des tournevis',
    ]);
    expect(rows(part, 'network-comments')).toHaveLength(2);
    expect(
      rows(part, 'network-reactions')
        .map((r) => `${r['member']} ${r['emoji']}`)
        .sort(),
    ).toEqual(['Marie Curieux HEART', 'Paul Voisin CLAP']);
    expect(part.files).toHaveLength(1);
    expect(JSON.stringify(part)).not.toMatch(/Bernard|Fougères/);
  });

  it('erases the person: their texts are emptied and gone from the feed and search, reactions and images deleted, others’ words stay', async () => {
    const [image] = await api.dataSource.manager.findBy(PostImageEntity, { id: imageId });
    const files = api.app.get(FileStore);
    expect(await files.get(`uploads/posts/${image.fileName}`)).not.toBeNull();
    await close(marieSubject);

    const posts = await api.dataSource.manager.findBy(PostEntity, { associationId: a });
    const post = (id: string) => posts.find((p) => p.id === id);
    expect(post(mariePost)).toMatchObject({ text: '', deletedAt: expect.any(Date) });
    expect(post(paulPost)).toMatchObject({ text: 'Paul vend des tournevis', deletedAt: null });
    // Her moderation stays the association's record.
    expect(post(paulHidden)).toMatchObject({ hiddenReason: 'Hors sujet', hiddenAt: expect.any(Date) });
    const comments = await api.dataSource.manager.findBy(CommentEntity, { associationId: a });
    expect(comments.map((c) => c.text).sort()).toEqual(['', 'Paul répond sous le post de Marie']);
    expect(comments.find((c) => c.text === '')?.deletedAt).toBeInstanceOf(Date);
    expect(await api.dataSource.manager.findBy(PostReactionEntity, { associationId: a })).toEqual([
      expect.objectContaining({ emoji: 'CLAP', postId: mariePost }),
    ]);
    expect(await api.dataSource.manager.countBy(PostImageEntity, { associationId: a })).toBe(0);
    expect(await files.get(`uploads/posts/${image.fileName}`)).toBeNull();

    expect((await feed(president)).nodes.map((p) => p.id)).toEqual([paulPost]);
    for (const query of ['croissants', 'commente', 'Curieux'])
      expect(await president.ok(SEARCH, { query })).toEqual({ search: [] });
    expect(await president.ok(SEARCH, { query: 'tournevis' })).toEqual({ search: [{ type: 'POST', id: paulPost }] });
    // B is untouched.
    expect(await api.dataSource.manager.findOneBy(PostEntity, { associationId: b })).toMatchObject({
      text: 'Bernard parle de croissants à Fougères',
    });
    const after = await source('network').exportPerson(marieSubject, api.dataSource.manager);
    expect(rows(after, 'network-posts')[0]['text']).toBe('');
    expect(rows(after, 'network-reactions')).toEqual([]);
  });

  it('leaves no post of theirs when they post while their account is being closed', async () => {
    const zoe = await joinedMember(api, president, 'MEMBER', 'Zoé Pressée');
    const subject = subjectOf(zoe, [a]);
    const runner = api.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await source('associations').erasePerson(subject, runner.manager);
      await source('network').erasePerson(subject, runner.manager);
      const posting = zoe.request(CREATE_POST, { input: { text: 'Écrit pendant la fermeture' } });
      // The post waits for the membership's row (a condition polled, not a sleep), unless it was answered at once.
      let answered = false;
      void posting.finally(() => (answered = true));
      for (let waiting = 0; waiting < 1 && !answered;) {
        [{ waiting }] = await api.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
      }
      expect(answered).toBe(false);
      await runner.commitTransaction();
      expect((await posting).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await api.dataSource.manager.countBy(PostEntity, { authorMembershipId: zoe.membershipId })).toBe(0);
  });

  it('leaves nothing of theirs standing when posts, comments and reactions race the closing', async () => {
    const leo = await joinedMember(api, president, 'MEMBER', 'Léo Rapide');
    const subject = subjectOf(leo, [a]);
    const writes = [
      ...[1, 2, 3].map((n) => leo.request(CREATE_POST, { input: { text: `Course ${n}` } })),
      leo.request(CREATE_COMMENT, { input: { postId: paulPost, text: 'Course en commentaire' } }),
      leo.request(REACT, { input: { postId: paulPost, emoji: 'PARTY' } }),
      uploadImage(leo),
    ];
    await Promise.all([close(subject), ...writes]);
    const where = { authorMembershipId: leo.membershipId, deletedAt: IsNull() };
    expect(await api.dataSource.manager.countBy(PostEntity, where)).toBe(0);
    expect(await api.dataSource.manager.countBy(CommentEntity, where)).toBe(0);
    expect(await api.dataSource.manager.countBy(PostReactionEntity, { membershipId: leo.membershipId })).toBe(0);
    expect(await api.dataSource.manager.countBy(PostImageEntity, { uploaderMembershipId: leo.membershipId })).toBe(0);
    const texts = await api.dataSource.manager.findBy(PostEntity, { authorMembershipId: leo.membershipId });
    expect(texts.every((p) => p.text === '')).toBe(true);
  });
});
