import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { AssociationsModule } from '@assoc/associations-api';
import { IdentityModule } from '@assoc/identity-api';
import { DataPart, FileStore, PersonalData, PersonalDataSource, PersonSubject } from '@assoc/platform-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  signedUpClient,
  TestApp,
} from '@assoc/platform-testing';
import { EXPORT_LINK_RETENTION, MAX_EXPORT_ATTEMPTS } from '@assoc/privacy-domain';
import { strFromU8, unzipSync } from 'fflate';
import { PrivacyModule } from '../index';

const DAY = 24 * 3600 * 1000;
const LOGO_KEY = 'uploads/test-logos/person-logo.png';

/**
 * A domain's personal data as the real sources give it: one row per association of the subject (so an export
 * holding another association's row would show it) and one stored file.
 */
@Injectable()
class TestSource implements PersonalDataSource {
  readonly domain = 'testdomain';
  /** A person whose export this source fails (a bug in one domain). */
  failFor: string | null = null;
  async exportPerson(subject: PersonSubject): Promise<DataPart> {
    if (subject.userId === this.failFor) throw new Error('this source fails');
    return {
      sections: [
        {
          name: 'testdomain-things',
          description: { fr: 'Des choses de test.', en: 'Test things.' },
          columns: ['userId', 'associationId'],
          rows: subject.associationIds.map((associationId) => ({ userId: subject.userId, associationId })),
        },
      ],
      files: [{ path: 'files/testdomain/logo.png', key: LOGO_KEY }],
    };
  }
  async erasePerson(): Promise<void> {
    /* nothing held */
  }
  async exportAssociation(associationId: string): Promise<DataPart> {
    return {
      sections: [
        {
          name: 'testdomain-association',
          description: { fr: 'L’association.', en: 'The association.' },
          columns: ['associationId'],
          rows: [{ associationId }],
        },
      ],
    };
  }
  async eraseAssociation(): Promise<void> {
    /* nothing held */
  }
}

@Module({ providers: [TestSource], exports: [TestSource] })
class TestSourceModule implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalData,
    private readonly source: TestSource,
  ) {}
  onModuleInit(): void {
    this.personalData.register(this.source);
  }
}

const MY_EXPORT = `{ myDataExport { id kind status readyAt expiresAt downloadUrl } }`;
const REQUEST = `mutation { requestMyDataExport { id kind status downloadUrl } }`;
const ASSOCIATION_EXPORT = `{ associationDataExport { id kind status downloadUrl } }`;
const REQUEST_ASSOCIATION = `mutation { requestAssociationDataExport { id kind status downloadUrl } }`;

interface ExportRow {
  id: string;
  kind: string;
  status: string;
  readyAt?: string | null;
  expiresAt?: string | null;
  downloadUrl: string | null;
}

async function unzipFrom(client: GraphqlClient, url: string): Promise<Record<string, string>> {
  const response = await client.fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/zip');
  expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="[a-z-]+-\d{4}-\d{2}-\d{2}\.zip"/);
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('data exports (issue 25: GDPR access and portability)', () => {
  let api: TestApp;
  let presidentA: GraphqlClient & { email: string; userId: string };
  let memberA: GraphqlClient & { email: string };
  let presidentB: GraphqlClient & { email: string; userId: string };
  let associationA: string;
  let associationB: string;

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, PrivacyModule, TestSourceModule]);
    await api.app.get(FileStore).put(LOGO_KEY, Buffer.from('not really a png'), 'image/png');
    presidentA = await signedUpClient(api, 'Présidente A');
    associationA = (await createAssociation(presidentA, 'Association A')).associationId;
    memberA = await joinedMember(api, presidentA, 'MEMBER', 'Membre A');
    presidentB = await signedUpClient(api, 'Président B');
    associationB = (await createAssociation(presidentB, 'Association B')).associationId;
  });
  afterAll(() => api?.close());

  it('builds one export per person at a time, in a job, holding only their associations, mailed and downloadable by them only', async () => {
    expect((await memberA.ok<{ myDataExport: null }>(MY_EXPORT)).myDataExport).toBeNull();

    // Concurrent asks: one pending row.
    const asked = await Promise.all([1, 2, 3].map(() => memberA.ok<{ requestMyDataExport: ExportRow }>(REQUEST)));
    const ids = new Set(asked.map((a) => a.requestMyDataExport.id));
    expect(ids.size).toBe(1);
    expect(asked[0].requestMyDataExport).toMatchObject({ kind: 'PERSON', status: 'PENDING', downloadUrl: null });
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM data_exports`);
    expect(count).toBe(1);
    // Nobody else sees it.
    expect((await presidentA.ok<{ myDataExport: null }>(MY_EXPORT)).myDataExport).toBeNull();

    await api.advanceClock(60_000); // runs the jobs, as the test clock does for the browser journeys
    const { myDataExport } = await memberA.ok<{ myDataExport: ExportRow }>(MY_EXPORT);
    expect(myDataExport).toMatchObject({ status: 'READY', downloadUrl: `/api/privacy/exports/${myDataExport.id}` });
    const ready = new Date(myDataExport.readyAt as string).getTime();
    expect(new Date(myDataExport.expiresAt as string).getTime() - ready).toBe(EXPORT_LINK_RETENTION.days * DAY);

    const mail = (await api.mails()).find((m) => m.to === memberA.email && /export/i.test(m.subject));
    expect(mail?.subject).toBe('Votre export de données est prêt');
    expect(mail?.text).toContain('/account/data');

    const files = await unzipFrom(memberA, myDataExport.downloadUrl as string);
    expect(files['README.txt']).toContain('Données de Membre A');
    expect(files['README.txt']).toContain('testdomain-things (1): Des choses de test.');
    expect(JSON.parse(files['json/testdomain-things.json'])).toEqual([
      { userId: expect.any(String), associationId: associationA },
    ]);
    expect(files['csv/testdomain-things.csv']).toContain(associationA);
    expect(Object.values(files).some((text) => text.includes(associationB))).toBe(false);
    expect(files['files/testdomain/logo.png']).toBe('not really a png');
    expect(JSON.parse(files['json/privacy-exports.json'])).toEqual([
      expect.objectContaining({ kind: 'PERSON', status: 'PENDING', readyAt: null }),
    ]);

    // Nobody else can fetch it: another member, a president (of A or of B), nobody signed out.
    for (const other of [presidentA, presidentB])
      expect((await other.fetch(myDataExport.downloadUrl as string)).status).toBe(404);
    expect((await api.client().fetch(myDataExport.downloadUrl as string)).status).toBe(401);
    expect((await memberA.fetch('/api/privacy/exports/not-an-id')).status).toBe(400);
    expect((await memberA.fetch(`/api/privacy/exports/${associationA}`)).status).toBe(404);

    // A new ask while one is ready makes a new one.
    const again = await memberA.ok<{ requestMyDataExport: ExportRow }>(REQUEST);
    expect(again.requestMyDataExport.id).not.toBe(myDataExport.id);
    expect(again.requestMyDataExport.status).toBe('PENDING');

    // Expiry: after the registered retention the link answers 410 and the job deletes the file.
    const row = async (id: string) =>
      (await api.dataSource.query(`SELECT status, "fileKey" FROM data_exports WHERE id = $1`, [id]))[0];
    const key = (await row(myDataExport.id)).fileKey as string;
    expect(await api.app.get(FileStore).get(key)).not.toBeNull();
    await api.advanceClock(EXPORT_LINK_RETENTION.days * DAY + 60_000);
    const expired = await memberA.fetch(myDataExport.downloadUrl as string);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toBe('Ce lien de téléchargement a expiré : demandez un nouvel export.');
    expect(await row(myDataExport.id)).toEqual({ status: 'EXPIRED', fileKey: null });
    expect(await api.app.get(FileStore).get(key)).toBeNull();
  });

  it('gives the whole association to its president only, in their language; a president of B gets nothing of A', async () => {
    const refused = await memberA.fails(REQUEST_ASSOCIATION);
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    await presidentA.ok(`mutation { setLocale(locale: EN) { id } }`);
    const { requestAssociationDataExport } = await presidentA.ok<{ requestAssociationDataExport: ExportRow }>(
      REQUEST_ASSOCIATION,
    );
    expect(requestAssociationDataExport).toMatchObject({ kind: 'ASSOCIATION', status: 'PENDING' });
    expect((await presidentB.ok<{ associationDataExport: null }>(ASSOCIATION_EXPORT)).associationDataExport).toBeNull();

    await api.advanceClock(60_000);
    const { associationDataExport } = await presidentA.ok<{ associationDataExport: ExportRow }>(ASSOCIATION_EXPORT);
    expect(associationDataExport.status).toBe('READY');
    const url = associationDataExport.downloadUrl as string;
    const files = await unzipFrom(presidentA, url);
    expect(files['README.txt']).toContain('Data of the association Association A');
    expect(JSON.parse(files['json/testdomain-association.json'])).toEqual([{ associationId: associationA }]);
    const mail = (await api.mails()).find(
      (m) => m.to === presidentA.email && m.subject === 'Your data export is ready',
    );
    expect(mail?.text).toContain('/association/data');

    for (const other of [presidentB, memberA]) expect((await other.fetch(url)).status).toBe(404);
    presidentB.associationId = associationA; // a forged header changes nothing
    expect((await presidentB.fetch(url)).status).toBe(404);
    presidentB.associationId = associationB;
  });

  it('tries a failing export once per run without holding the others back, and ends it after the last attempt', async () => {
    api.app.get(TestSource).failFor = presidentB.userId;
    const failing = (await presidentB.ok<{ requestMyDataExport: ExportRow }>(REQUEST)).requestMyDataExport;
    const other = (await memberA.ok<{ requestMyDataExport: ExportRow }>(REQUEST)).requestMyDataExport;
    await api.advanceClock(60_000);
    expect((await memberA.ok<{ myDataExport: ExportRow }>(MY_EXPORT)).myDataExport).toMatchObject({
      id: other.id,
      status: 'READY',
    });
    const attempts = async () =>
      (await api.dataSource.query(`SELECT status, attempts FROM data_exports WHERE id = $1`, [failing.id]))[0];
    expect(await attempts()).toEqual({ status: 'PENDING', attempts: 1 });
    for (let run = 2; run <= MAX_EXPORT_ATTEMPTS; run++) await api.advanceClock(60_000);
    expect(await attempts()).toEqual({ status: 'EXPIRED', attempts: MAX_EXPORT_ATTEMPTS });
    expect((await presidentB.ok<{ myDataExport: ExportRow }>(MY_EXPORT)).myDataExport.downloadUrl).toBeNull();
    const [{ files }] = await api.dataSource.query(
      `SELECT count(*)::int AS files FROM data_exports WHERE id = $1 AND "fileKey" IS NOT NULL`,
      [failing.id],
    );
    expect(files).toBe(0);
  });
});
