import { AssociationsModule } from '@assoc/associations-api';
import { IdentityModule } from '@assoc/identity-api';
import { registerRetention } from '@assoc/platform-domain';
import { createTestApp, TestApp } from '@assoc/platform-testing';
import { EXPORT_LINK_RETENTION } from '@assoc/privacy-domain';
import { PrivacyModule } from '../index';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the public privacy page and legal notice (issue 25 part 6)', () => {
  let api: TestApp;

  beforeAll(async () => {
    registerRetention('testdomain', [
      { key: 'testdomain.things', days: 42, what: { fr: 'Les choses de test', en: 'Test things' } },
    ]);
    api = await createTestApp([IdentityModule, AssociationsModule, PrivacyModule], {
      env: {
        OPERATOR_NAME: 'Union des Vitrines SAS',
        OPERATOR_ADDRESS: '3 rue Baudrairie, 35500 Vitré',
        OPERATOR_EMAIL: 'dpo@vitrines.example',
        PUBLICATION_DIRECTOR: 'Anne Leroy',
        HOST_NAME: 'Hébergeur Exemple SA',
        HOST_ADDRESS: '9 quai du Nuage, 59000 Lille',
      },
    });
  });
  afterAll(() => api?.close());

  const page = async (path: string, language: string) => {
    const client = api.client();
    client.language = language;
    const response = await client.fetch(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    return response.text();
  };

  it('prints every registered retention period, in the reader’s language, with the operator from the configuration', async () => {
    const fr = await page('/privacy', 'fr-FR,fr;q=0.9');
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain('Vos données personnelles');
    expect(fr).toContain('Union des Vitrines SAS');
    expect(fr).toContain('dpo@vitrines.example');
    expect(fr).toMatch(
      new RegExp(
        `data-retention-key="privacy.exportLink">\\s*<dt>${escapeRegExp(EXPORT_LINK_RETENTION.what.fr)}</dt>\\s*<dd data-days="${EXPORT_LINK_RETENTION.days}">${EXPORT_LINK_RETENTION.days} jours</dd>`,
      ),
    );
    expect(fr).toMatch(
      /data-retention-key="testdomain.things">\s*<dt>Les choses de test<\/dt>\s*<dd data-days="42">42 jours<\/dd>/,
    );

    const en = await page('/privacy', 'en-GB,en;q=0.9');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Your personal data');
    expect(en).toContain(`<dd data-days="${EXPORT_LINK_RETENTION.days}">${EXPORT_LINK_RETENTION.days} days</dd>`);
    expect(en).toContain('<dd data-days="42">42 days</dd>');

    // The language menu's choice wins over the header.
    expect(await page('/privacy?lang=en', 'fr')).toContain('Your personal data');
  });

  it('names the publisher, the publication director and the host on the legal notice', async () => {
    const fr = await page('/legal', 'fr');
    for (const text of [
      'Mentions légales',
      'Union des Vitrines SAS',
      '3 rue Baudrairie, 35500 Vitré',
      'Anne Leroy',
      'Hébergeur Exemple SA',
      '9 quai du Nuage, 59000 Lille',
    ])
      expect(fr).toContain(text);
    expect(await page('/legal?lang=en', 'fr')).toContain('Publication director');
  });
});
