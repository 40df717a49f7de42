import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import { NetworkModule } from '@assoc/network-api';
import { ProjectsModule } from '@assoc/projects-api';
import { PromotionsModule } from '@assoc/promotions-api';
import { createAssociation, createTestApp, joinedMember, signedUpClient, TestApp } from '@assoc/platform-testing';

const ONBOARDING = `{ onboarding { key done link } }`;
const DISMISS = `mutation { dismissOnboarding }`;
const UPDATE_SHOP = `mutation($input: UpdateMyShopInput!) { updateMyShop(input: $input) { id } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const TOGGLE = `mutation($input: ReactionInput!) { toggleReaction(input: $input) { id } }`;
const SETTINGS = `mutation($input: UpdateAssociationSettingsInput!) { updateAssociationSettings(input: $input) { id } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const SHOP = {
  name: 'Fleurs de Lucie',
  trade: 'FLORIST',
  address: '3 place du Marchix',
  postcode: '35500',
  town: 'Vitré',
  openingHours: [{ day: 'SATURDAY', periods: [{ opens: '09:00', closes: '12:30' }] }],
};

// The smallest valid PNG (1x1 pixel).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

type Steps = { onboarding: { key: string; done: boolean; link: string }[] };

// Issue 16: a new member's and a new president's checklists, each step read from the real state the
// domain that owns it gives (directory: shop and logo; network: taken part in the feed; projects/campaigns).
describe('onboarding checklists', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp([
      IdentityModule,
      AssociationsModule,
      DirectoryModule,
      NetworkModule,
      ProjectsModule,
      PromotionsModule,
    ]);
  });
  afterAll(() => api.close());

  it("shows a new member three steps, marks each done from what they did, hides it when dismissed, and another association's member sees none of it", async () => {
    const president = await signedUpClient(api, 'Claire Martin');
    await createAssociation(president, 'Les Vitrines de Vitré');
    const lucie = await joinedMember(api, president, 'MEMBER', 'Lucie Bernard');

    expect((await lucie.ok<Steps>(ONBOARDING)).onboarding).toEqual([
      { key: 'shop', done: false, link: '/my-shop' },
      { key: 'logo', done: false, link: '/my-shop' },
      { key: 'feed', done: false, link: '/feed' },
    ]);

    await lucie.ok(UPDATE_SHOP, { input: SHOP });
    await lucie.ok(CREATE_POST, { input: { text: 'Bonjour à toutes et à tous !' } });
    expect((await lucie.ok<Steps>(ONBOARDING)).onboarding).toEqual([
      { key: 'shop', done: true, link: '/my-shop' },
      { key: 'logo', done: false, link: '/my-shop' },
      { key: 'feed', done: true, link: '/feed' },
    ]);

    // Someone else's association: its member has their own checklist, untouched by Lucie's shop and post.
    const other = await signedUpClient(api, 'Hugo Lefèvre');
    await createAssociation(other, 'Commerçants de Fougères');
    const hugo = await joinedMember(api, other, 'MEMBER', 'Hugo Petit');
    expect((await hugo.ok<Steps>(ONBOARDING)).onboarding.map((step) => step.done)).toEqual([false, false, false]);

    await lucie.ok(DISMISS);
    expect((await lucie.ok<Steps>(ONBOARDING)).onboarding).toEqual([]);
    expect((await hugo.ok<Steps>(ONBOARDING)).onboarding).toHaveLength(3);

    // Hugo does all three (his shop, its logo, a reaction to his president's post): the checklist is gone.
    await hugo.ok(UPDATE_SHOP, { input: { ...SHOP, name: 'Librairie Hugo' } });
    const form = new FormData();
    form.append('logo', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'logo.png');
    expect((await hugo.fetch('/api/shops/mine/logo', { method: 'POST', body: form })).status).toBeLessThan(300);
    const post = await other.ok<{ createPost: { id: string } }>(CREATE_POST, { input: { text: 'Bienvenue Hugo' } });
    expect((await hugo.ok<Steps>(ONBOARDING)).onboarding.map((step) => step.done)).toEqual([true, true, false]);
    await hugo.ok(TOGGLE, { input: { postId: post.createPost.id, emoji: 'PARTY' } });
    expect((await hugo.ok<Steps>(ONBOARDING)).onboarding).toEqual([]);
  });

  it('gives a new president settings, invitations and a first project or campaign, gone once all are done', async () => {
    const president = await signedUpClient(api, 'Claire Martin');
    await createAssociation(president, 'Les Vitrines de Rennes');
    expect((await president.ok<Steps>(ONBOARDING)).onboarding).toEqual([
      { key: 'settings', done: false, link: '/association/settings' },
      { key: 'invite', done: false, link: '/association/members' },
      { key: 'firstProject', done: false, link: '/projects' },
    ]);

    await president.ok(SETTINGS, { input: {} });
    await president.ok(INVITE, { input: { email: 'marc.pinel@example.org', role: 'MEMBER' } });
    expect((await president.ok<Steps>(ONBOARDING)).onboarding.map((step) => step.done)).toEqual([true, true, false]);

    await president.ok(CREATE_PROJECT, {
      input: {
        title: 'Illuminations de Noël',
        category: 'OTHER',
        budgetLines: [{ label: 'Guirlandes', quantity: 1, unitPriceCents: 50000, vatRateBp: 2000 }],
        splitRule: { kind: 'EQUAL' },
      },
    });
    expect((await president.ok<Steps>(ONBOARDING)).onboarding).toEqual([]);

    // The consultant has no shop to complete: no checklist.
    const consultant = await joinedMember(api, president, 'CONSULTANT', 'Sophie Durand');
    expect((await consultant.ok<Steps>(ONBOARDING)).onboarding).toEqual([]);
  });
});
