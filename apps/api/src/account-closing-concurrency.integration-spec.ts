import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import { NetworkModule } from '@assoc/network-api';
import { NotificationsModule } from '@assoc/notifications-api';
import {
  createAssociation,
  createTestApp,
  joinedMember,
  signedUpClient,
  TEST_PASSWORD,
  TestApp,
} from '@assoc/platform-testing';

const CLOSE = `mutation($input: CloseAccountInput!) { closeMyAccount(input: $input) }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;

// Issue 25: closing an account while the same person posts leaves nothing of theirs behind. The closing locks
// the person's memberships FOR UPDATE first (AccountMemberships), and a post takes its membership FOR SHARE
// (lockActiveMember): a post that got in first is erased by the closing, one that comes after finds the
// membership removed and is refused. Either way no text of the person remains.
describe('closing an account while posting', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp([
      IdentityModule,
      AssociationsModule,
      DirectoryModule,
      NotificationsModule,
      NetworkModule,
    ]);
  });
  afterAll(() => api.close());

  it('leaves no post text of the closed account, whichever commits first', async () => {
    for (let round = 0; round < 3; round++) {
      const president = await signedUpClient(api, 'Claire Morel');
      await createAssociation(president, `Les Vitrines ${round}`);
      const member = await joinedMember(api, president, 'MEMBER', 'Lucie Fleuriste');
      await member.ok(CREATE_POST, { input: { text: 'Avant la fermeture' } });

      const posts = Array.from({ length: 6 }, (_, i) =>
        member.request(CREATE_POST, { input: { text: `Publication ${i} de Lucie` } }),
      );
      const closing = member.request(CLOSE, { input: { password: TEST_PASSWORD } });
      const [closed, ...written] = await Promise.all([closing, ...posts]);
      expect(closed.errors).toBeUndefined();
      // Each post either went in (and was erased) or was refused; none failed otherwise.
      for (const post of written)
        if (post.errors) expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(post.errors[0].extensions?.code);

      const left = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM posts WHERE "authorMembershipId" = $1 AND (text <> '' OR "deletedAt" IS NULL)`,
        [member.membershipId],
      );
      expect(left).toEqual([{ n: 0 }]);
      // Afterwards the old session posts nothing.
      expect((await member.fails(CREATE_POST, { input: { text: 'Trop tard' } })).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
  });
});
