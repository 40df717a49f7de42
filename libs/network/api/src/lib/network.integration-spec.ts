import { AssociationsModule } from '@assoc/associations-api';
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
import { NetworkModule } from '../index';
import {
  CREATE_COMMENT,
  CREATE_POST,
  createPost,
  createTopic,
  feed,
  mention,
  notifications,
  PNG,
  POST_FIELDS,
  uploadedImageId,
  uploadImage,
} from './network-test-helpers';
import { PostEntity } from './post.entity';

type Member = GraphqlClient & { membershipId: string };

const UPDATE_POST = `mutation($input: UpdatePostInput!) { updatePost(input: $input) { id text editedAt } }`;
const POST = `query($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`;
const COMMENTS = `query($postId: ID!, $first: Int, $after: String) { comments(postId: $postId, first: $first, after: $after) {
  pageInfo { endCursor hasNextPage } nodes { id text parentId editedAt mine author { user { name } } replies { id text parentId author { user { name } } } } } }`;
const TOGGLE = `mutation($input: ReactionInput!) { toggleReaction(input: $input) { id reactions { emoji symbol count reactedByMe } myReactions } }`;

describe('the network: topics, posts, comments, reactions, mentions, announcements, moderation', () => {
  let api: TestApp;
  let president: GraphqlClient & { membershipId?: string };
  let presidentMembership: string;
  let lucie: Member;
  let marc: Member;
  let consultant: Member;
  let other: GraphqlClient;
  let otherTopicId: string;

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, NotificationsModule, NetworkModule]);
    president = await signedUpClient(api, 'Claire Martin');
    presidentMembership = (await createAssociation(president, 'Les Vitrines de Vitré')).membershipId;
    lucie = await joinedMember(api, president, 'MEMBER', 'Lucie Gautier');
    marc = await joinedMember(api, president, 'MEMBER', 'Marc Pinel');
    consultant = await joinedMember(api, president, 'CONSULTANT', 'Sophie Durand');
    other = await signedUpClient(api, 'Président Ailleurs');
    await createAssociation(other, 'Une autre association');
    otherTopicId = (await createTopic(other, 'Ailleurs')).id;
  });
  afterAll(() => api.close());

  it('lets the president and board manage topics, and members and consultants list the ones they may see', async () => {
    const board = await joinedMember(api, president, 'BOARD', 'Yann Le Breton');
    const animations = await createTopic(president, 'Animations');
    const travaux = await createTopic(board, 'Travaux', true);
    expect(
      (await president.fails(`mutation { createTopic(input: { name: "Animations" }) { id } }`)).extensions,
    ).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'name', message: 'Un sujet porte déjà ce nom.' }] });
    expect((await lucie.fails(`mutation { createTopic(input: { name: "Pirate" }) { id } }`)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await consultant.fails(`mutation { createTopic(input: { name: "Pirate" }) { id } }`)).extensions?.code,
    ).toBe('FORBIDDEN');

    const renamed = await president.ok(
      `mutation($input: UpdateTopicInput!) { updateTopic(input: $input) { name openToConsultants position } }`,
      {
        input: { id: travaux.id, name: 'Travaux et voirie' },
      },
    );
    expect(renamed).toEqual({ updateTopic: { name: 'Travaux et voirie', openToConsultants: true, position: 1 } });
    const divers = await createTopic(president, 'Divers');
    await president.ok(`mutation($id: ID!) { archiveTopic(id: $id) { archivedAt } }`, { id: divers.id });

    expect(await lucie.ok(`{ topics { name openToConsultants } }`)).toEqual({
      topics: [
        { name: 'Animations', openToConsultants: false },
        { name: 'Travaux et voirie', openToConsultants: true },
      ],
    });
    expect(await consultant.ok(`{ topics { name } }`)).toEqual({ topics: [{ name: 'Travaux et voirie' }] });
    expect(
      (await president.ok<{ topics: unknown[] }>(`{ topics(includeArchived: true) { name } }`)).topics,
    ).toHaveLength(3);
    expect(
      (await lucie.fails(CREATE_POST, { input: { text: 'Dans un sujet archivé', topicId: divers.id } })).extensions
        ?.fields,
    ).toMatchObject([{ field: 'topicId', message: "Ce sujet n'existe pas dans l'association." }]);
    expect(animations.name).toBe('Animations');
  });

  it('publishes posts with line breaks and a topic, newest first, edits them ("modifié") and deletes them', async () => {
    const [animations] = (await lucie.ok<{ topics: { id: string }[] }>(`{ topics { id } }`)).topics;
    const first = await createPost(lucie, {
      text: '  Bonjour à tous !\n\nLe marché de Noël approche.  ',
      topicId: animations.id,
    });
    expect(first).toMatchObject({
      text: 'Bonjour à tous !\n\nLe marché de Noël approche.',
      editedAt: null,
      mine: true,
      pinned: false,
      topic: { name: 'Animations' },
      author: { user: { name: 'Lucie Gautier' } },
    });
    const second = await createPost(marc, { text: 'Qui a une échelle ?' });
    const nodes = (await feed(lucie)).nodes;
    expect(nodes.slice(0, 2).map((p) => [p.text, p.mine])).toEqual([
      ['Qui a une échelle ?', false],
      ['Bonjour à tous !\n\nLe marché de Noël approche.', true],
    ]);
    expect((await feed(lucie, { topicId: animations.id })).nodes.map((p) => p.id)).toEqual([first.id]);

    const edited = await lucie.ok<{ updatePost: { text: string; editedAt: string } }>(UPDATE_POST, {
      input: { id: first.id, text: 'Le marché de Noël approche !' },
    });
    expect(edited.updatePost.text).toBe('Le marché de Noël approche !');
    expect(edited.updatePost.editedAt).not.toBeNull();

    // Someone else's post: visible, so FORBIDDEN (not NOT_FOUND), in the caller's language, and unchanged.
    await marc.ok(`mutation { setLocale(locale: EN) { locale } }`);
    const refused = await marc.fails(UPDATE_POST, { input: { id: first.id, text: 'Piraté' } });
    expect(refused).toMatchObject({
      message: 'You can only edit or delete your own posts and comments.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await marc.fails(`mutation($id: ID!) { deletePost(id: $id) }`, { id: first.id })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    await marc.ok(`mutation { setLocale(locale: FR) { locale } }`);
    expect((await lucie.ok<{ post: { text: string } }>(POST, { id: first.id })).post.text).toBe(
      'Le marché de Noël approche !',
    );

    expect(await marc.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: second.id })).toEqual({
      deletePost: true,
    });
    expect((await feed(lucie)).nodes.map((p) => p.id)).not.toContain(second.id);
    expect((await lucie.fails(POST, { id: second.id })).extensions?.code).toBe('NOT_FOUND');
    // Soft delete: the row stays.
    expect(await api.dataSource.getRepository(PostEntity).findOneBy({ id: second.id })).toMatchObject({
      text: 'Qui a une échelle ?',
    });
  });

  it('refuses bad posts with a field-level error in the caller’s language and creates nothing', async () => {
    const before = await api.dataSource.getRepository(PostEntity).count();
    const fields = async (client: GraphqlClient, input: Record<string, unknown>) =>
      (await client.fails(CREATE_POST, { input })).extensions?.fields;
    expect(await fields(lucie, { text: '   \n ' })).toMatchObject([
      { field: 'text', message: 'Ce champ est obligatoire.' },
    ]);
    expect(await fields(lucie, { text: 'a'.repeat(5001) })).toMatchObject([
      { field: 'text', message: 'Ce champ doit comporter au plus 5000 caractères.' },
    ]);
    const six = await Promise.all(Array.from({ length: 6 }, () => uploadedImageId(lucie)));
    expect(await fields(lucie, { text: 'Six photos', imageIds: six })).toMatchObject([
      { field: 'imageIds', message: 'Pas plus de 5 images par publication.' },
    ]);
    expect(await fields(lucie, { text: 'Ailleurs', topicId: otherTopicId })).toMatchObject([
      { field: 'topicId', message: "Ce sujet n'existe pas dans l'association." },
    ]);
    const outsider = (
      await other.ok<{ viewer: { memberships: { id: string }[] } }>(`{ viewer { memberships { id } } }`)
    ).viewer.memberships[0].id;
    await lucie.ok(`mutation { setLocale(locale: EN) { locale } }`);
    expect(await fields(lucie, { text: `Coucou ${mention('Intrus', outsider)}` })).toMatchObject([
      { field: 'text', message: 'You can only mention members of the association.' },
    ]);
    expect(
      await fields(lucie, { text: `Coucou ${mention('Personne', '00000000-0000-4000-8000-000000000000')}` }),
    ).toMatchObject([{ field: 'text', message: 'You can only mention members of the association.' }]);
    await lucie.ok(`mutation { setLocale(locale: FR) { locale } }`);
    expect((await lucie.fails(CREATE_POST, { input: { text: 'Annonce', announcement: true } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(await api.dataSource.getRepository(PostEntity).count()).toBe(before);
  });

  it('attaches uploaded images, refuses non-images, oversized files and images that are not the caller’s', async () => {
    const ok = await uploadImage(lucie);
    expect(ok.status).toBe(200);
    const { imageId, url } = (await ok.json()) as { imageId: string; url: string };
    expect(url).toBe(`/api/network/images/${imageId}`);
    const second = await uploadedImageId(lucie);
    const post = await createPost(lucie, { text: 'Ma vitrine', imageIds: [second, imageId] });
    expect(post.images.map((i) => i.id)).toEqual([second, imageId]);

    const reused = await lucie.fails(CREATE_POST, { input: { text: 'Encore', imageIds: [imageId] } });
    expect(reused.extensions?.fields).toMatchObject([
      { field: 'imageIds', message: "Cette image n'est plus disponible : envoyez-la à nouveau." },
    ]);
    const marcs = await uploadedImageId(marc);
    expect(
      (await lucie.fails(CREATE_POST, { input: { text: 'Pas à moi', imageIds: [marcs] } })).extensions?.fields?.[0]
        .field,
    ).toBe('imageIds');
    const othersImage = await uploadedImageId(other);
    expect(
      (await lucie.fails(CREATE_POST, { input: { text: 'Pas d’ici', imageIds: [othersImage] } })).extensions
        ?.fields?.[0].field,
    ).toBe('imageIds');

    const fake = await uploadImage(lucie, Buffer.from('<svg onload="alert(1)"></svg>'), 'image/png', 'x.png');
    expect(fake.status).toBe(400);
    expect(await fake.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'image', message: 'Le fichier doit être une image PNG, JPEG ou WebP.' }],
    });
    const big = await uploadImage(lucie, Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]));
    expect(big.status).toBe(400);
    expect(((await big.json()) as { fields: { message: string }[] }).fields).toMatchObject([
      { field: 'image', message: 'Le fichier ne doit pas dépasser 5 Mo.' },
    ]);
    expect((await uploadImage(api.client())).status).toBe(401);
  });

  it('pins announcements first and notifies every member who can read them', async () => {
    const announcement = await createPost(president, { text: 'Assemblée générale jeudi à 19 h', announcement: true });
    expect(announcement.pinned).toBe(true);
    await createPost(marc, { text: 'Un post plus récent' });
    const nodes = (await feed(lucie)).nodes;
    expect(nodes[0]).toMatchObject({ id: announcement.id, pinned: true });
    expect(nodes[1].text).toBe('Un post plus récent');
    for (const client of [lucie, marc]) {
      expect(await notifications(client)).toContainEqual(
        expect.objectContaining({
          kind: 'ANNOUNCEMENT',
          subjectType: 'POST',
          subjectId: announcement.id,
          postId: announcement.id,
          excerpt: 'Assemblée générale jeudi à 19 h',
          actorName: 'Claire Martin',
        }),
      );
    }
    // No topic: consultants cannot read it, so they are not told.
    expect((await notifications(consultant)).filter((n) => n.kind === 'ANNOUNCEMENT')).toEqual([]);

    const plain = await createPost(lucie, { text: 'Braderie samedi' });
    expect(
      (await lucie.fails(`mutation($id: ID!) { pinPost(id: $id) { id } }`, { id: plain.id })).extensions?.code,
    ).toBe('FORBIDDEN');
    await president.ok(`mutation($id: ID!) { pinPost(id: $id) { pinned } }`, { id: plain.id });
    expect(await notifications(marc)).toContainEqual(
      expect.objectContaining({ kind: 'ANNOUNCEMENT', subjectId: plain.id }),
    );
    expect((await feed(marc)).nodes.slice(0, 2).map((p) => p.id)).toEqual([plain.id, announcement.id]);
    await president.ok(`mutation($id: ID!) { unpinPost(id: $id) { pinned } }`, { id: plain.id });
    await president.ok(`mutation($id: ID!) { unpinPost(id: $id) { pinned } }`, { id: announcement.id });
    expect((await feed(marc)).nodes.every((p) => !p.pinned)).toBe(true);
  });

  it('threads comments one level deep and notifies the post’s author and the replied-to author', async () => {
    const post = await createPost(lucie, { text: 'Qui vient au salon ?' });
    const comment = (
      await marc.ok<{ createComment: { id: string } }>(CREATE_COMMENT, { input: { postId: post.id, text: 'Moi !' } })
    ).createComment;
    expect(await notifications(lucie)).toContainEqual(
      expect.objectContaining({
        kind: 'COMMENT_ON_MY_POST',
        subjectType: 'COMMENT',
        subjectId: comment.id,
        postId: post.id,
        excerpt: 'Moi !',
        actorName: 'Marc Pinel',
      }),
    );
    const reply = (
      await president.ok<{ createComment: { id: string; parentId: string } }>(CREATE_COMMENT, {
        input: { postId: post.id, parentId: comment.id, text: 'Moi aussi' },
      })
    ).createComment;
    expect(reply.parentId).toBe(comment.id);
    expect(await notifications(marc)).toContainEqual(
      expect.objectContaining({ kind: 'REPLY_TO_MY_COMMENT', subjectId: reply.id, postId: post.id }),
    );
    expect(await notifications(lucie)).toContainEqual(
      expect.objectContaining({ kind: 'COMMENT_ON_MY_POST', subjectId: reply.id }),
    );
    // A reply to a reply attaches to the same top-level comment.
    const nested = (
      await lucie.ok<{ createComment: { parentId: string } }>(CREATE_COMMENT, {
        input: { postId: post.id, parentId: reply.id, text: 'Super' },
      })
    ).createComment;
    expect(nested.parentId).toBe(comment.id);
    // The post's author commenting is not told about their own comment.
    expect((await notifications(lucie)).filter((n) => n.subjectId === reply.id || n.excerpt === 'Super')).toHaveLength(
      1,
    );

    await marc.ok(CREATE_COMMENT, { input: { postId: post.id, text: 'Deuxième commentaire' } });
    const page = await lucie.ok<{
      comments: {
        nodes: { id: string; text: string; replies: { text: string }[] }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    }>(COMMENTS, { postId: post.id, first: 1 });
    expect(page.comments.nodes.map((c) => [c.text, c.replies.map((r) => r.text)])).toEqual([
      ['Moi !', ['Moi aussi', 'Super']],
    ]);
    expect(page.comments.pageInfo.hasNextPage).toBe(true);
    const next = await lucie.ok<{ comments: { nodes: { text: string }[]; pageInfo: { hasNextPage: boolean } } }>(
      COMMENTS,
      { postId: post.id, first: 1, after: page.comments.pageInfo.endCursor },
    );
    expect(next.comments).toEqual({
      nodes: [expect.objectContaining({ text: 'Deuxième commentaire' })],
      pageInfo: { endCursor: expect.any(String), hasNextPage: false },
    });
    expect((await feed(lucie)).nodes.find((p) => p.id === post.id)?.commentCount).toBe(4);

    const edited = await marc.ok<{ updateComment: { text: string; editedAt: string } }>(
      `mutation($input: UpdateCommentInput!) { updateComment(input: $input) { text editedAt } }`,
      { input: { id: comment.id, text: 'Moi, bien sûr !' } },
    );
    expect(edited.updateComment.editedAt).not.toBeNull();
    expect(
      (
        await lucie.fails(`mutation($input: UpdateCommentInput!) { updateComment(input: $input) { id } }`, {
          input: { id: comment.id, text: 'Piraté' },
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await lucie.fails(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: comment.id })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await lucie.fails(CREATE_COMMENT, { input: { postId: post.id, text: '' } })).extensions?.fields,
    ).toMatchObject([{ field: 'text', message: 'Ce champ est obligatoire.' }]);
    await marc.ok(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: comment.id });
    const after = await lucie.ok<{ comments: { nodes: { text: string }[] } }>(COMMENTS, { postId: post.id });
    expect(after.comments.nodes.map((c) => c.text)).toEqual(['Deuxième commentaire']);
    expect((await feed(lucie)).nodes.find((p) => p.id === post.id)?.commentCount).toBe(1);
  });

  it('toggles reactions from the fixed set and lists who reacted', async () => {
    const post = await createPost(lucie, { text: 'Nouvelle vitrine !' });
    const on = await marc.ok<{ toggleReaction: { reactions: unknown[]; myReactions: string[] } }>(TOGGLE, {
      input: { postId: post.id, emoji: 'PARTY' },
    });
    expect(on.toggleReaction).toEqual({
      id: post.id,
      reactions: [{ emoji: 'PARTY', symbol: '🎉', count: 1, reactedByMe: true }],
      myReactions: ['PARTY'],
    });
    await president.ok(TOGGLE, { input: { postId: post.id, emoji: 'PARTY' } });
    await president.ok(TOGGLE, { input: { postId: post.id, emoji: 'THUMBS_UP' } });
    const seen = (await feed(lucie)).nodes.find((p) => p.id === post.id);
    expect(seen?.reactions).toEqual([
      { emoji: 'THUMBS_UP', symbol: '👍', count: 1, reactedByMe: false },
      { emoji: 'PARTY', symbol: '🎉', count: 2, reactedByMe: false },
    ]);
    const reactors = await lucie.ok<{ reactors: { user: { name: string } }[] }>(
      `query($postId: ID!) { reactors(postId: $postId, emoji: PARTY) { user { name } } }`,
      { postId: post.id },
    );
    expect(reactors.reactors.map((r) => r.user.name)).toEqual(['Marc Pinel', 'Claire Martin']);
    const off = await marc.ok<{
      toggleReaction: { reactions: { emoji: string; count: number }[]; myReactions: string[] };
    }>(TOGGLE, { input: { postId: post.id, emoji: 'PARTY' } });
    expect(off.toggleReaction.myReactions).toEqual([]);
    expect(off.toggleReaction.reactions.find((r) => r.emoji === 'PARTY')?.count).toBe(1);

    const bad = await marc.fails(TOGGLE, { input: { postId: post.id, emoji: 'ANGRY' } });
    expect(bad.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'emoji', message: 'Cette valeur ne fait pas partie des choix possibles.' }],
    });
  });

  it('notifies mentioned members, once, and only newcomers after an edit', async () => {
    const post = await createPost(lucie, {
      text: `Merci ${mention('Marc Pinel', marc.membershipId)} et ${mention('Marc', marc.membershipId)} !`,
    });
    const mentions = (await notifications(marc)).filter((n) => n.kind === 'MENTION' && n.subjectId === post.id);
    expect(mentions).toEqual([
      expect.objectContaining({ excerpt: 'Merci @Marc Pinel et @Marc !', actorName: 'Lucie Gautier' }),
    ]);
    await lucie.ok(UPDATE_POST, {
      input: {
        id: post.id,
        text: `Merci ${mention('Marc', marc.membershipId)} et ${mention('Claire', presidentMembership)}`,
      },
    });
    expect((await notifications(marc)).filter((n) => n.kind === 'MENTION' && n.subjectId === post.id)).toHaveLength(1);
    expect(
      (await notifications(president)).filter((n) => n.kind === 'MENTION' && n.subjectId === post.id),
    ).toHaveLength(1);
    const comment = (
      await marc.ok<{ createComment: { id: string } }>(CREATE_COMMENT, {
        input: { postId: post.id, text: `Avec plaisir ${mention('Claire', presidentMembership)}` },
      })
    ).createComment;
    expect(await notifications(president)).toContainEqual(
      expect.objectContaining({ kind: 'MENTION', subjectType: 'COMMENT', subjectId: comment.id, postId: post.id }),
    );
  });

  it('hides posts and comments with a reason told to the author; the content stays and leaves the feed', async () => {
    const post = await createPost(marc, { text: 'Promo sur les cigarettes' });
    expect(
      (await lucie.fails(`mutation { hidePost(input: { id: "${post.id}", reason: "non" }) { id } }`)).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await president.fails(`mutation { hidePost(input: { id: "${post.id}", reason: "" }) { id } }`)).extensions
        ?.fields,
    ).toMatchObject([{ field: 'reason', message: 'Ce champ est obligatoire.' }]);
    expect(
      (await president.fails(`mutation { hidePost(input: { id: "${post.id}", reason: "${'x'.repeat(501)}" }) { id } }`))
        .extensions?.fields?.[0].field,
    ).toBe('reason');
    const hidden = await president.ok<{ hidePost: { hidden: boolean; hiddenReason: string } }>(
      `mutation { hidePost(input: { id: "${post.id}", reason: "Publicité pour le tabac" }) { hidden hiddenReason } }`,
    );
    expect(hidden.hidePost).toEqual({ hidden: true, hiddenReason: 'Publicité pour le tabac' });
    expect((await feed(lucie)).nodes.map((p) => p.id)).not.toContain(post.id);
    expect((await feed(marc)).nodes.map((p) => p.id)).not.toContain(post.id);
    expect(await notifications(marc)).toContainEqual(
      expect.objectContaining({
        kind: 'MODERATION',
        subjectType: 'POST',
        subjectId: post.id,
        reason: 'Publicité pour le tabac',
      }),
    );
    expect(
      (await marc.ok<{ post: { hidden: boolean; hiddenReason: string } }>(POST, { id: post.id })).post,
    ).toMatchObject({ hidden: true, hiddenReason: 'Publicité pour le tabac' });
    expect((await lucie.fails(POST, { id: post.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await lucie.fails(TOGGLE, { input: { postId: post.id, emoji: 'HEART' } })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(await api.dataSource.getRepository(PostEntity).findOneBy({ id: post.id })).toMatchObject({
      text: 'Promo sur les cigarettes',
    });
    await president.ok(`mutation($id: ID!) { unhidePost(id: $id) { hidden } }`, { id: post.id });
    expect((await feed(lucie)).nodes.map((p) => p.id)).toContain(post.id);

    const comment = (
      await lucie.ok<{ createComment: { id: string } }>(CREATE_COMMENT, { input: { postId: post.id, text: 'Insulte' } })
    ).createComment;
    await president.ok(
      `mutation { hideComment(input: { id: "${comment.id}", reason: "Propos injurieux" }) { hidden } }`,
    );
    expect(await notifications(lucie)).toContainEqual(
      expect.objectContaining({
        kind: 'MODERATION',
        subjectType: 'COMMENT',
        subjectId: comment.id,
        postId: post.id,
        reason: 'Propos injurieux',
      }),
    );
    expect((await marc.ok<{ comments: { nodes: unknown[] } }>(COMMENTS, { postId: post.id })).comments.nodes).toEqual(
      [],
    );
    await president.ok(`mutation($id: ID!) { unhideComment(id: $id) { hidden } }`, { id: comment.id });
    expect(
      (await marc.ok<{ comments: { nodes: unknown[] } }>(COMMENTS, { postId: post.id })).comments.nodes,
    ).toHaveLength(1);
  });

  it('shows consultants only the topics open to them, everywhere', async () => {
    const open = await createTopic(president, 'Mutualisation', true);
    const closed = await createTopic(president, 'Vie interne');
    const visible = await createPost(lucie, { text: 'Projet de livraison mutualisée', topicId: open.id });
    const secret = await createPost(lucie, { text: 'Entre nous', topicId: closed.id });
    const untitled = await createPost(lucie, { text: 'Sans sujet' });
    const ids = (await feed(consultant)).nodes.map((p) => p.id);
    expect(ids).toContain(visible.id);
    expect(ids).not.toContain(secret.id);
    expect(ids).not.toContain(untitled.id);
    expect((await feed(consultant)).nodes.every((p) => p.topic?.id && p.topic.name)).toBe(true);
    for (const [query, variables] of [
      [POST, { id: secret.id }],
      [COMMENTS, { postId: secret.id }],
      [CREATE_COMMENT, { input: { postId: untitled.id, text: 'Coucou' } }],
      [TOGGLE, { input: { postId: secret.id, emoji: 'HEART' } }],
      [`query($postId: ID!) { reactors(postId: $postId, emoji: HEART) { id } }`, { postId: secret.id }],
    ] as [string, Record<string, unknown>][]) {
      expect([query, (await consultant.fails(query, variables)).extensions?.code]).toEqual([query, 'NOT_FOUND']);
    }
    expect((await consultant.fails(CREATE_POST, { input: { text: 'Hors sujet' } })).extensions?.fields).toMatchObject([
      { field: 'topicId', message: "Ce sujet n'est pas ouvert aux consultants : choisissez un sujet qui l'est." },
    ]);
    expect(
      (await consultant.fails(CREATE_POST, { input: { text: 'Hors sujet', topicId: closed.id } })).extensions
        ?.fields?.[0].field,
    ).toBe('topicId');
    const mine = await createPost(consultant, { text: 'Je propose un devis groupé', topicId: open.id });
    expect(mine.topic?.name).toBe('Mutualisation');
    await consultant.ok(CREATE_COMMENT, {
      input: { postId: visible.id, text: `Bonne idée ${mention('Lucie', lucie.membershipId)}` },
    });
    await consultant.ok(TOGGLE, { input: { postId: visible.id, emoji: 'BULB' } });
    // A consultant mentioned in a closed topic is not told about what they cannot read.
    await createPost(lucie, { text: `Discret ${mention('Sophie', consultant.membershipId)}`, topicId: closed.id });
    expect((await notifications(consultant)).filter((n) => n.kind === 'MENTION')).toEqual([]);
  });

  it('pages through the feed with a cursor, without repeating or skipping, and refuses a bad cursor', async () => {
    const all = (await feed(lucie, { first: 50 })).nodes.map((p) => p.id);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof feed>> = await feed(lucie, { first: 3, after });
      seen.push(...page.nodes.map((p) => p.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);
    expect((await lucie.fails(`{ feed(after: "nope") { nodes { id } } }`)).extensions?.fields?.[0].field).toBe('after');
    expect((await lucie.fails(`{ feed(first: 51) { nodes { id } } }`)).extensions?.fields?.[0].field).toBe('first');
  });

  it('keeps another association’s network out of reach', async () => {
    const theirs = await createPost(other, { text: 'Secret de l’autre association' });
    const ours = await createPost(lucie, { text: 'Chez nous' });
    expect((await feed(lucie)).nodes.map((p) => p.id)).not.toContain(theirs.id);
    expect((await feed(other)).nodes.map((p) => p.id)).toEqual([theirs.id]);
    for (const [query, variables] of [
      [POST, { id: theirs.id }],
      [COMMENTS, { postId: theirs.id }],
      [CREATE_COMMENT, { input: { postId: theirs.id, text: 'Intrus' } }],
      [TOGGLE, { input: { postId: theirs.id, emoji: 'HEART' } }],
      [UPDATE_POST, { input: { id: theirs.id, text: 'Intrus' } }],
      [`mutation($id: ID!) { deletePost(id: $id) }`, { id: theirs.id }],
      [`mutation($id: ID!) { pinPost(id: $id) { id } }`, { id: theirs.id }],
      [`mutation($id: ID!) { hidePost(input: { id: $id, reason: "x" }) { id } }`, { id: theirs.id }],
      [`mutation($id: ID!) { archiveTopic(id: $id) { id } }`, { id: otherTopicId }],
    ] as [string, Record<string, unknown>][]) {
      expect([query, (await president.fails(query, variables)).extensions?.code]).toEqual([query, 'NOT_FOUND']);
    }
    expect((await other.fails(POST, { id: ours.id })).extensions?.code).toBe('NOT_FOUND');
    expect(
      (await other.ok<{ post: { reactions: unknown[]; commentCount: number } }>(POST, { id: theirs.id })).post,
    ).toMatchObject({ reactions: [], commentCount: 0 });
  });
});
