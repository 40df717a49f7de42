import { AssociationsModule } from '@assoc/associations-api';
import { IdentityModule } from '@assoc/identity-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  signedUpClient,
  TestApp,
} from '@assoc/platform-testing';
import { authenticator } from 'otplib';
import { PrivacyModule } from '../index';

const SETTINGS = `mutation($input: UpdateAssociationSettingsInput!) { updateAssociationSettings(input: $input) { secondFactorRequired } }`;
const BEGIN = `mutation { beginSecondFactorSetup { secret } }`;
const CONFIRM = `mutation($code: String!) { confirmSecondFactor(input: { code: $code }) { codes } }`;
const ASSOCIATION_EXPORT = `{ associationDataExport { kind status } }`;
const REQUEST_ASSOCIATION = `mutation { requestAssociationDataExport { kind status } }`;

/**
 * Taking the whole association's data away is protected like money and roles (issue 25): where the association
 * requires a second factor, a president without one cannot ask for the export, even by calling the API.
 */
describe("the association's export where a second factor is required", () => {
  let api: TestApp;
  let first: GraphqlClient;
  let second: GraphqlClient;
  const setUpSecondFactor = async (client: GraphqlClient) => {
    const { beginSecondFactorSetup } = await client.ok<{ beginSecondFactorSetup: { secret: string } }>(BEGIN);
    const code = authenticator.clone({ epoch: api.clock.nowMs() }).generate(beginSecondFactorSetup.secret);
    await client.ok(CONFIRM, { code });
  };

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, PrivacyModule]);
    first = await signedUpClient(api, 'Claire Martin');
    await createAssociation(first, 'Les Vitrines de Vitré');
    await setUpSecondFactor(first);
    await first.ok(SETTINGS, { input: { secondFactorRequired: true } });
    second = await joinedMember(api, first, 'PRESIDENT', 'Yann Le Goff');
  });
  afterAll(() => api.close());

  it('refuses a president without a second factor, asks nothing, then accepts once they have one', async () => {
    const refused = await second.fails(REQUEST_ASSOCIATION);
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'secondFactorRequired' });
    expect(refused.message).toContain('double authentification');
    expect(await second.ok(ASSOCIATION_EXPORT)).toEqual({ associationDataExport: null });

    await setUpSecondFactor(second);
    expect(await second.ok(REQUEST_ASSOCIATION)).toEqual({
      requestAssociationDataExport: { kind: 'ASSOCIATION', status: 'PENDING' },
    });
  });
});
