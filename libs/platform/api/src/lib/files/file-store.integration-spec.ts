import S3rver from 's3rver';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { loadConfig } from '../config/app-config';
import { DiskFileStore } from './disk-file-store';
import { FileStore } from './file-store';
import { createFileStore } from './files.module';
import { S3FileStore } from './s3-file-store';

async function bytes(stream: Readable | undefined): Promise<Buffer> {
  if (!stream) throw new Error('no such object');
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

describe('the file store: one port, a disk and an S3 adapter', () => {
  // A real S3-compatible server in this process (platform-testing's startS3Server does the same for the apps).
  let s3: S3rver;
  let dataDir: string;
  const stores: Record<string, FileStore> = {};

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'assoc-files-'));
    s3 = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: join(dataDir, 's3'),
      configureBuckets: [{ name: 'files' }],
    });
    const { port } = await s3.run();
    stores['disk'] = createFileStore(loadConfig({ DATA_DIR: dataDir }));
    stores['s3'] = createFileStore(
      loadConfig({
        DATA_DIR: dataDir,
        S3_ENDPOINT: `http://127.0.0.1:${port}`,
        S3_BUCKET: 'files',
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
        S3_FORCE_PATH_STYLE: 'true',
      }),
    );
  });
  afterAll(async () => {
    (stores['s3'] as S3FileStore).onModuleDestroy();
    await s3.close();
  });

  it('is chosen by the configuration: S3 when S3_BUCKET is set, else the disk under DATA_DIR', () => {
    expect(stores['disk']).toBeInstanceOf(DiskFileStore);
    expect(stores['s3']).toBeInstanceOf(S3FileStore);
  });

  it.each(['disk', 's3'])(
    '%s: writes, reads back as a stream, replaces, deletes; a missing key is null',
    async (name) => {
      const store = stores[name];
      const key = `uploads/tests/${name}-0123456789abcdef.png`;
      const body = Buffer.from(`bytes of ${name} ${'x'.repeat(100_000)}`);
      await store.put(key, body, 'image/png');
      const read = await store.get(key);
      expect(read && { size: read.size, type: read.contentType }).toEqual({ size: body.length, type: 'image/png' });
      expect((await bytes(read?.body)).equals(body)).toBe(true);

      await store.put(key, Buffer.from('autre'), 'image/png');
      expect((await bytes((await store.get(key))?.body)).toString()).toBe('autre');

      await store.delete(key);
      expect(await store.get(key)).toBeNull();
      await store.delete(key);
      expect(await store.get('uploads/tests/never-written.png')).toBeNull();
    },
  );

  it('keeps disk files where they always were (DATA_DIR/uploads/<folder>, DATA_DIR/project-files)', async () => {
    await stores['disk'].put('project-files/abc-def.pdf', Buffer.from('%PDF-1.4'), 'application/pdf');
    expect((await readFile(join(dataDir, 'project-files', 'abc-def.pdf'))).toString()).toBe('%PDF-1.4');
  });

  it.each(['disk', 's3'])('%s: refuses keys that could leave the store', async (name) => {
    for (const key of ['../secret.png', 'uploads/../../etc/passwd', '/etc/passwd', 'uploads/a b.png', 'uploads/x'])
      await expect(stores[name].get(key)).rejects.toThrow('Invalid file key');
  });

  it('refuses half an S3 configuration, naming the variables', () => {
    expect(() => loadConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/S3_BUCKET is required/);
    expect(() => loadConfig({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(
      /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/,
    );
    expect(() => loadConfig({ S3_BUCKET: 'b', S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT must be an absolute/);
    expect(loadConfig({ S3_BUCKET: 'b', S3_FORCE_PATH_STYLE: 'true' }).s3Settings).toMatchObject({
      bucket: 'b',
      region: 'us-east-1',
      forcePathStyle: true,
      endpoint: undefined,
    });
  });
});
