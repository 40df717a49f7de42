import { strFromU8, unzipSync } from 'fflate';
import { dataArchive } from './data-archive';
import { DataSection } from './personal-data';

const posts: DataSection = {
  name: 'network-posts',
  description: { fr: 'Vos publications.', en: 'Your posts.' },
  columns: ['id', 'body', 'createdAt', 'amountCents'],
  rows: [
    { id: 'p1', body: 'Bonjour; "tous"', createdAt: '2026-12-01T09:00:00.000Z', amountCents: 1250 },
    { id: 'p2', body: '=HYPERLINK("x")', createdAt: '2026-12-02T09:00:00.000Z', amountCents: null },
  ],
};

describe('dataArchive', () => {
  it('holds a README in the reader language, each section as JSON and CSV, and the files as stored', () => {
    const zip = unzipSync(
      dataArchive({
        language: 'fr',
        title: 'Données de Lucie Martin',
        sections: [posts],
        files: [{ path: 'files/directory/logo.png', bytes: new Uint8Array([1, 2, 3]) }],
      }),
    );
    expect(Object.keys(zip).sort()).toEqual([
      'README.txt',
      'csv/network-posts.csv',
      'files/directory/logo.png',
      'json/network-posts.json',
    ]);
    const readme = strFromU8(zip['README.txt']);
    expect(readme).toContain('Données de Lucie Martin');
    expect(readme).toContain('network-posts (2): Vos publications.');
    expect(JSON.parse(strFromU8(zip['json/network-posts.json']))).toEqual(posts.rows);
    const csv = strFromU8(zip['csv/network-posts.csv'])
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(csv[0]).toBe('id;body;createdAt;amountCents');
    expect(csv[1]).toBe('p1;"Bonjour; ""tous""";2026-12-01T09:00:00.000Z;1250');
    expect(csv[2]).toBe(`p2;"'=HYPERLINK(""x"")";2026-12-02T09:00:00.000Z;`);
    expect(Array.from(zip['files/directory/logo.png'])).toEqual([1, 2, 3]);
  });

  it('says it in English for an English reader, and refuses two sections of one name', () => {
    const zip = unzipSync(dataArchive({ language: 'en', title: 'Data of Lucy', sections: [posts] }));
    expect(strFromU8(zip['README.txt'])).toContain('network-posts (2): Your posts.');
    expect(() => dataArchive({ language: 'en', title: 'x', sections: [posts, posts] })).toThrow(/network-posts/);
  });
});
