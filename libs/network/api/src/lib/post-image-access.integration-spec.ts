import { AssociationsModule } from '@assoc/associations-api';
import { IdentityModule } from '@assoc/identity-api';
import { NotificationsModule } from '@assoc/notifications-api';
import { AppConfig, FileStore } from '@assoc/platform-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  signedUpClient,
  startS3Server,
  TestApp,
  TestS3Server,
} from '@assoc/platform-testing';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NetworkModule } from '../index';
import { createPost, createTopic, PNG, uploadedImageId, uploadImage } from './network-test-helpers';
import { PostImageEntity } from './post-image.entity';

/** What an `<img>` tag sends: the session cookie, no association header. */
function img(api: TestApp, client: GraphqlClient | null, url: string, headers: Record<string, string> = {}) {
  return fetch(`${api.url}${url}`, { headers: { ...(client ? { cookie: client.cookieHeader } : {}), ...headers } });
}

describe('post images on S3: served only to those who may read the post', () => {
  let s3: TestS3Server;
  let api: TestApp;
  let president: GraphqlClient;
  let lucie: GraphqlClient;
  let marc: GraphqlClient;
  let consultant: GraphqlClient;
  let outsider: GraphqlClient;
  let boardOnly: { id: string };
  let open: { id: string };

  beforeAll(async () => {
    s3 = await startS3Server();
    api = await createTestApp([IdentityModule, AssociationsModule, NotificationsModule, NetworkModule], {
      env: s3.env,
    });
    president = await signedUpClient(api, 'Claire Martin');
    await createAssociation(president, 'Les Vitrines de Vitré');
    lucie = await joinedMember(api, president, 'MEMBER', 'Lucie Gautier');
    marc = await joinedMember(api, president, 'MEMBER', 'Marc Pinel');
    consultant = await joinedMember(api, president, 'CONSULTANT', 'Sophie Durand');
    outsider = await signedUpClient(api, 'Président Ailleurs');
    await createAssociation(outsider, 'Une autre association');
    boardOnly = await createTopic(president, 'Entre commerçants', false);
    open = await createTopic(president, 'Avec la consultante', true);
  });
  let second: TestApp | undefined;
  afterAll(async () => {
    await second?.close();
    await api?.close();
    await s3?.close();
  });

  const fileOf = async (imageId: string) =>
    (await api.dataSource.getRepository(PostImageEntity).findOneByOrFail({ id: imageId })).fileName;

  it('stores the bytes in the bucket, not on the local disk', async () => {
    const store = api.app.get(FileStore);
    expect(store.kind).toBe('s3');
    const imageId = await uploadedImageId(lucie);
    const object = await store.get(`uploads/posts/${await fileOf(imageId)}`);
    expect(object?.contentType).toBe('image/png');
    object?.body.destroy();
    expect(existsSync(join(api.app.get(AppConfig).uploadsDir, 'posts'))).toBe(false);
  });

  it('shows an image to members who may read its post, with private caching; 404 to anyone else', async () => {
    const upload = await uploadImage(lucie);
    const { imageId, url } = (await upload.json()) as { imageId: string; url: string };
    expect(url).toBe(`/api/network/images/${imageId}`);
    // Before it is attached: its uploader only.
    expect((await img(api, lucie, url)).status).toBe(200);
    expect((await img(api, marc, url)).status).toBe(404);

    const post = await createPost(lucie, { text: 'Ma vitrine', topicId: boardOnly.id, imageIds: [imageId] });
    expect(post.images).toEqual([{ id: imageId, url }]);

    const seen = await img(api, marc, url);
    expect(seen.status).toBe(200);
    expect({
      type: seen.headers.get('content-type'),
      cache: seen.headers.get('cache-control'),
      sniff: seen.headers.get('x-content-type-options'),
      length: seen.headers.get('content-length'),
    }).toEqual({ type: 'image/png', cache: 'private, max-age=300', sniff: 'nosniff', length: String(PNG.length) });
    expect(Buffer.from(await seen.arrayBuffer()).equals(PNG)).toBe(true);
    const etag = seen.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f-]{36}"$/);
    const again = await img(api, marc, url, { 'if-none-match': etag });
    expect([again.status, (await again.arrayBuffer()).byteLength]).toEqual([304, 0]);

    // Another association's member, an anonymous caller, a consultant outside the topic: as if it did not exist.
    for (const client of [outsider, null, consultant]) {
      const refused = await img(api, client, url);
      expect([refused.status, refused.headers.get('cache-control'), await refused.text()]).toEqual([
        404,
        null,
        JSON.stringify({ message: 'Introuvable.', code: 'NOT_FOUND', reason: 'notFound', params: {}, fields: [] }),
      ]);
    }
    // …even when they already hold its ETag.
    expect((await img(api, outsider, url, { 'if-none-match': etag })).status).toBe(404);
    expect((await img(api, null, '/api/network/images/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('lets a consultant see the images of topics open to consultants only', async () => {
    const imageId = await uploadedImageId(lucie);
    const post = await createPost(lucie, { text: 'Ouvert', topicId: open.id, imageIds: [imageId] });
    expect((await img(api, consultant, post.images[0].url)).status).toBe(200);
  });

  it('hides a hidden post’s images from members (not from its author or moderators)', async () => {
    const imageId = await uploadedImageId(lucie);
    const post = await createPost(lucie, { text: 'À modérer', imageIds: [imageId] });
    await president.ok(`mutation($input: HideContentInput!) { hidePost(input: $input) { id } }`, {
      input: { id: post.id, reason: 'Hors sujet' },
    });
    const url = post.images[0].url;
    expect([
      (await img(api, marc, url)).status,
      (await img(api, lucie, url)).status,
      (await img(api, president, url)).status,
    ]).toEqual([404, 200, 200]);
  });

  it('stops serving a deleted post’s images (404) and removes their bytes from the bucket', async () => {
    const imageId = await uploadedImageId(lucie);
    const post = await createPost(lucie, { text: 'Bientôt supprimé', imageIds: [imageId] });
    const url = post.images[0].url;
    expect((await img(api, marc, url)).status).toBe(200);
    const key = `uploads/posts/${await fileOf(imageId)}`;
    await lucie.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: post.id });
    expect([(await img(api, marc, url)).status, (await img(api, lucie, url)).status]).toEqual([404, 404]);
    expect(await api.app.get(FileStore).get(key)).toBeNull();
  });

  it('names the real field and limit when an image is too large (11 MB against 5 MB)', async () => {
    const big = await uploadImage(lucie, Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)]));
    expect([big.status, await big.json()]).toMatchObject([
      400,
      {
        code: 'BAD_USER_INPUT',
        message: 'Le fichier ne doit pas dépasser 5 Mo.',
        fields: [{ field: 'image', message: 'Le fichier ne doit pas dépasser 5 Mo.' }],
      },
    ]);
    const wrongField = new FormData();
    wrongField.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'photo.png');
    const refused = await lucie.fetch('/api/network/images', { method: 'POST', body: wrongField });
    expect([refused.status, ((await refused.json()) as { fields: unknown[] }).fields]).toMatchObject([
      400,
      [{ field: 'image', message: 'Choisissez un fichier.' }],
    ]);
  });

  it('takes one file among other form fields, refuses two, and answers in the caller’s language', async () => {
    const blob = () => new Blob([new Uint8Array(PNG)], { type: 'image/png' });
    const send = (form: FormData) => lucie.fetch('/api/network/images', { method: 'POST', body: form });
    const withFields = new FormData();
    withFields.append('caption', 'La vitrine');
    withFields.append('image', blob(), 'photo.png');
    withFields.append('after', 'encore');
    expect((await send(withFields)).status).toBe(200);

    const two = new FormData();
    two.append('image', blob(), 'a.png');
    two.append('image', blob(), 'b.png');
    const refused = await send(two);
    expect([refused.status, ((await refused.json()) as { fields: unknown[] }).fields]).toMatchObject([
      400,
      [{ field: 'image', reason: 'fileMissing' }],
    ]);

    // The oversized file first, more parts after it: the whole body is read and the answer still comes.
    const bigThenMore = new FormData();
    bigThenMore.append('image', new Blob([new Uint8Array(Buffer.alloc(6 * 1024 * 1024))]), 'big.png');
    bigThenMore.append('note', 'après');
    bigThenMore.append('other', blob(), 'other.png');
    const speak = (locale: 'EN' | 'FR') => lucie.ok(`mutation { setLocale(locale: ${locale}) { id } }`);
    await speak('EN');
    try {
      const big = await send(bigThenMore);
      expect([big.status, await big.json()]).toMatchObject([
        400,
        {
          message: 'The file must not exceed 5 MB.',
          fields: [{ field: 'image', reason: 'fileTooLarge', params: { max: 5 } }],
        },
      ]);
      const empty = await lucie.fetch('/api/network/images', { method: 'POST' });
      expect(((await empty.json()) as { fields: unknown[] }).fields).toMatchObject([
        { field: 'image', message: 'Choose a file.' },
      ]);
      const malformed = await lucie.fetch('/api/network/images', {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
        body: '--x\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\n\r\nnot the end',
      });
      expect([malformed.status, await malformed.json()]).toMatchObject([400, { reason: 'invalid' }]);
    } finally {
      await speak('FR');
    }
  });
  it('serves from a second instance (its own DATA_DIR, same database and bucket) what the first one stored', async () => {
    // Last: passport keeps one session strategy per process, the latest app's, so this app stays open
    // until afterAll (closing it first would leave the first app's guard with a closed database).
    second = await createTestApp([IdentityModule, AssociationsModule, NotificationsModule, NetworkModule], {
      env: s3.env,
      databaseUrl: api.databaseUrl,
    });
    expect(second.app.get(AppConfig).DATA_DIR).not.toBe(api.app.get(AppConfig).DATA_DIR);
    const imageId = await uploadedImageId(lucie);
    const post = await createPost(lucie, { text: 'Vu d’ailleurs', imageIds: [imageId] });
    const served = await img(second, marc, post.images[0].url);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
  });
});
