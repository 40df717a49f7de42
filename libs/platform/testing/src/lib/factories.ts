import { GraphqlClient } from './graphql-client';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct-horse-battery';
let counter = 0;

/** A unique e-mail per call, readable in failures. */
export function uniqueEmail(label = 'person'): string {
  counter += 1;
  return `${label}.${counter}.${Date.now().toString(36)}@example.fr`;
}

let addressCounter = 0;
/**
 * A client address of its own (sent as X-Forwarded-For, which the API trusts from loopback), for
 * requests that are rate-limited per address: each person a factory makes comes from their own.
 */
export function nextClientAddress(): string {
  addressCounter += 1;
  return `10.250.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

/** Runs an operation that must succeed from the given client address. */
async function okFrom<T>(client: GraphqlClient, address: string, query: string, variables: Record<string, unknown>) {
  const result = await client.request<T>(query, variables, { 'x-forwarded-for': address });
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/**
 * Signs a new person up as they would (the form, then the link mailed to confirm the address);
 * the returned client is logged in as them.
 */
export async function signedUpClient(
  api: TestApp,
  name = 'Marie Dupont',
  email = uniqueEmail(),
): Promise<GraphqlClient & { email: string; userId: string }> {
  const client = api.client();
  const address = nextClientAddress();
  await okFrom(client, address, `mutation($input: SignUpInput!) { signUp(input: $input) }`, {
    input: { email, name, password: TEST_PASSWORD },
  });
  const token = await tokenFromMail(api, email, '/signup/confirm/');
  const data = await okFrom<{ confirmSignUp: { id: string } }>(
    client,
    address,
    `mutation($input: ConfirmSignUpInput!) { confirmSignUp(input: $input) { id } }`,
    { input: { token } },
  );
  return Object.assign(client, { email, userId: data.confirmSignUp.id });
}

/** Creates an association as the client (who becomes PRESIDENT) and selects it. */
export async function createAssociation(
  client: GraphqlClient,
  name = 'Les Vitrines de Test',
): Promise<{ associationId: string; membershipId: string }> {
  const data = await client.ok<{ createAssociation: { id: string; association: { id: string } } }>(
    `mutation($input: CreateAssociationInput!) { createAssociation(input: $input) { id association { id } } }`,
    { input: { name, town: 'Vitré', postcode: '35500' } },
  );
  client.associationId = data.createAssociation.association.id;
  return { associationId: data.createAssociation.association.id, membershipId: data.createAssociation.id };
}

/** The token in the newest mail sent to `email` whose link contains `path` ("/invitation/"). */
export async function tokenFromMail(api: TestApp, email: string, path: string): Promise<string> {
  const mail = (await api.mails()).find((m) => m.to === email && m.text.includes(path));
  const match = mail && new RegExp(`${path}([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`no mail to ${email} with a ${path} link`);
  return match[1];
}

/** Invites a new person with a role and has them sign up from the link; returns their logged-in client. */
export async function joinedMember(
  api: TestApp,
  inviter: GraphqlClient,
  role = 'MEMBER',
  name = 'Paul Martin',
): Promise<GraphqlClient & { email: string; membershipId: string; userId: string }> {
  const email = uniqueEmail(role.toLowerCase());
  await inviter.ok(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`, {
    input: { email, role },
  });
  const token = await tokenFromMail(api, email, '/invitation/');
  const client = api.client();
  const data = await okFrom<{
    signUpWithInvitation: { id: string; association: { id: string }; user: { id: string } };
  }>(
    client,
    nextClientAddress(),
    `mutation($input: SignUpWithInvitationInput!) { signUpWithInvitation(input: $input) { id association { id } user { id } } }`,
    { input: { token, name, password: TEST_PASSWORD } },
  );
  client.associationId = data.signUpWithInvitation.association.id;
  return Object.assign(client, {
    email,
    membershipId: data.signUpWithInvitation.id,
    userId: data.signUpWithInvitation.user.id,
  });
}
