import { AssociationsModule } from '@assoc/associations-api';
import { CustomersModule, joinedCustomer, JoinedCustomer, lockCustomer } from '@assoc/customers-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import { LoyaltyModule } from '@assoc/loyalty-api';
import { NotificationsModule } from '@assoc/notifications-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  signedUpClient,
  StatementCounter,
  TestApp,
} from '@assoc/platform-testing';
import { ProjectsModule } from '@assoc/projects-api';
import { PromotionsModule } from '@assoc/promotions-api';
import { WidgetsModule } from '@assoc/widgets-api';
import { WidgetFeed, WidgetProductItem } from '@assoc/widgets-domain';
import { parse } from 'node-html-parser';
import { CommunityFigures, CommunityModule } from '../index';
import { CommunityPersonalData } from './community-personal-data';

const ANSWER = `mutation($input: AnswerIdeaInput!) { answerIdea(input: $input) { id status } }`;
const ADOPT = `mutation($input: AdoptIdeaInput!) { adoptIdea(input: $input) { id adoptedAt outcome { kind id } } }`;
const USEFUL_COMMENT = `mutation($commentId: ID!) { markCommentUseful(commentId: $commentId) { id useful } }`;
const COMMENTS = `query($ideaId: ID!) { ideaComments(ideaId: $ideaId) { id body authorName authorIsCustomer } }`;
const RECOMMENDATIONS = `query($status: RecommendationStatus) { recommendations(status: $status) { id shopId shopName authorName text status helpful } }`;
const MODERATE = `mutation($id: ID!, $publish: Boolean!) { moderateRecommendation(id: $id, publish: $publish) { id status } }`;
const HELPFUL = `mutation($id: ID!) { markRecommendationHelpful(id: $id) { id helpful } }`;
const MARK_PRODUCT = `mutation($input: MarkCoCreatedProductInput!) { markCoCreatedProduct(input: $input) { productId productName ideaId ideaTitle sharePercent } }`;

type Person = GraphqlClient & { membershipId: string };
interface World {
  associationId: string;
  slug: string;
  president: Person;
  board: Person;
  shopOwner: Person;
  shopId: string;
  otherOwner: Person;
  otherShopId: string;
}

async function shop(api: TestApp, president: GraphqlClient, name: string): Promise<[Person, string]> {
  const owner = await joinedMember(api, president, 'MEMBER', `Commerçant ${name}`);
  const { updateMyShop } = await owner.ok<{ updateMyShop: { id: string } }>(
    `mutation($input: UpdateMyShopInput!) { updateMyShop(input: $input) { id } }`,
    { input: { name, trade: 'FOOD', address: '3 rue Baudrairie', postcode: '35500', town: 'Vitré', openingHours: [] } },
  );
  return [owner, updateMyShop.id];
}

async function world(api: TestApp, name: string): Promise<World> {
  const president = await signedUpClient(api, `Présidente ${name}`);
  const { associationId, membershipId } = await createAssociation(president, name);
  const [{ slug }] = await api.dataSource.query(`SELECT slug FROM associations WHERE id = $1`, [associationId]);
  const [shopOwner, shopId] = await shop(api, president, `${name} Épicerie`);
  const [otherOwner, otherShopId] = await shop(api, president, `${name} Librairie`);
  return {
    associationId,
    slug,
    president: Object.assign(president, { membershipId }),
    board: await joinedMember(api, president, 'BOARD', `Secrétaire ${name}`),
    shopOwner,
    shopId,
    otherOwner,
    otherShopId,
  };
}

describe('community pages and contributions for customers (integration)', () => {
  let api: TestApp;
  let a: World;
  let b: World;
  let lea: JoinedCustomer;
  let tom: JoinedCustomer;
  let noConsent: JoinedCustomer;
  let bob: JoinedCustomer;
  /** The campaign an idea became (published in the last test, its public page then live). */
  let adoptedCampaign: { id: string; ideaId: string };

  const get = (path: string, cookie?: string, language = 'fr') =>
    fetch(`${api.url}${path}`, {
      headers: { 'accept-language': language, ...(cookie ? { cookie } : {}) },
      redirect: 'manual',
    });
  const post = (path: string, form: Record<string, string>, cookie?: string) =>
    fetch(`${api.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
      body: new URLSearchParams(form).toString(),
      redirect: 'manual',
    });
  const html = async (response: Response) => parse(await response.text());
  const count = async (sql: string, params: unknown[]) => Number((await api.dataSource.query(sql, params))[0].n);
  const points = (customerId: string) =>
    api.dataSource
      .query(
        `SELECT coalesce(sum(points), 0)::int AS n, count(*)::int AS rows FROM loyalty_movements WHERE "customerId" = $1 AND kind = 'AWARD'`,
        [customerId],
      )
      .then((r) => ({ points: r[0].n as number, rows: r[0].rows as number }));
  const ideaIdFrom = (location: string | null) => /\/idees\/([0-9a-f-]{36})/.exec(location ?? '')?.[1] as string;

  beforeAll(async () => {
    api = await createTestApp([
      IdentityModule,
      AssociationsModule,
      DirectoryModule,
      NotificationsModule,
      ProjectsModule,
      PromotionsModule,
      WidgetsModule,
      CustomersModule,
      LoyaltyModule,
      CommunityModule,
    ]);
    a = await world(api, 'Vitré');
    b = await world(api, 'Fougères');
    lea = await joinedCustomer(api, a.associationId, { firstName: 'Léa' });
    tom = await joinedCustomer(api, a.associationId, { firstName: 'Tom', language: 'en' });
    noConsent = await joinedCustomer(api, a.associationId, { firstName: 'Zoé', consents: { ideas: false } });
    bob = await joinedCustomer(api, b.associationId, { firstName: 'Bob' });
  });
  afterAll(() => api?.close());

  it('the public community page: preview tags, a call to join, in French and English', async () => {
    const fr = await get(`/communaute/${a.slug}`);
    expect(fr.status).toBe(200);
    const page = await html(fr);
    expect(page.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('La communauté Vitré');
    expect(page.querySelector('[data-testid=join-call] a')?.getAttribute('href')).toContain(
      `/communaute/${a.slug}/rejoindre`,
    );
    const en = await html(await get(`/communaute/${a.slug}?lang=en`));
    expect(en.querySelector('h1')?.text).toBe('The Vitré community');
    const signedIn = await html(await get(`/communaute/${a.slug}`, lea.cookie));
    expect(signedIn.querySelector('[data-testid=join-call]')).toBeNull();
    expect((await get(`/communaute/inconnue-${Date.now()}`)).status).toBe(404);
  });

  it('a customer proposes an idea without JavaScript; bad input shows each field’s reason in their language and writes nothing', async () => {
    const before = await count(`SELECT count(*) AS n FROM community_ideas WHERE "associationId" = $1`, [
      a.associationId,
    ]);
    const bad = await post(
      `/communaute/${a.slug}/idees/nouvelle`,
      { title: 'x', description: '', kind: 'CAR' },
      lea.cookie,
    );
    expect(bad.status).toBe(400);
    const page = await html(bad);
    expect(page.querySelector('#f-title-error')?.text).toBe('Ce champ doit comporter au moins 3 caractères.');
    expect(page.querySelector('#f-kind-error')?.text).toBe('Choisissez le type d’idée : service, produit ou autre.');
    const en = await html(
      await post(`/communaute/${a.slug}/idees/nouvelle?lang=en`, { title: '', kind: 'SERVICE' }, tom.cookie),
    );
    expect(en.querySelector('#f-title-error')?.text).toBe('This field is required.');
    const refused = await html(
      await post(
        `/communaute/${a.slug}/idees/nouvelle`,
        { title: 'Sans consentement', kind: 'OTHER' },
        noConsent.cookie,
      ),
    );
    expect(refused.querySelector('.notice-error')?.text).toContain('Acceptez de participer à la boîte à idées');
    const anonymous = await post(`/communaute/${a.slug}/idees/nouvelle`, { title: 'Anonyme', kind: 'OTHER' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain(`/communaute/${a.slug}/connexion`);
    expect(await count(`SELECT count(*) AS n FROM community_ideas WHERE "associationId" = $1`, [a.associationId])).toBe(
      before,
    );

    const ok = await post(
      `/communaute/${a.slug}/idees/nouvelle`,
      { title: 'Livraison à vélo', description: 'Les boutiques partagent un livreur', kind: 'SERVICE' },
      lea.cookie,
    );
    expect(ok.status).toBe(303);
    const ideaPage = await html(await get(ok.headers.get('location') as string, lea.cookie));
    expect(ideaPage.querySelector('h1')?.text).toBe('Livraison à vélo');
    expect(ideaPage.querySelector('[role=status]')?.text).toContain('Votre idée est proposée');
  });

  it('one support per customer under concurrent posts; comments; the board’s answer mailed in the author’s language', async () => {
    const proposed = await post(
      `/communaute/${a.slug}/idees/nouvelle?lang=en`,
      { title: 'Late Thursdays', kind: 'SERVICE' },
      tom.cookie,
    );
    const ideaId = ideaIdFrom(proposed.headers.get('location'));
    const supports = await Promise.all(
      Array.from({ length: 6 }, () => post(`/communaute/${a.slug}/idees/${ideaId}/soutenir`, {}, lea.cookie)),
    );
    expect(supports.every((r) => r.status === 303)).toBe(true);
    const page = await html(await get(`/communaute/${a.slug}/idees/${ideaId}`, lea.cookie));
    expect(page.querySelector('[data-testid=support-count]')?.text).toBe('1 soutien');
    expect(page.querySelector('[data-testid=withdraw]')).not.toBeNull();
    const empty = await post(`/communaute/${a.slug}/idees/${ideaId}/commenter`, { body: '  ' }, lea.cookie);
    expect(empty.status).toBe(400);
    expect((await html(empty)).querySelector('#f-body-error')?.text).toBe('Ce champ est obligatoire.');
    await post(`/communaute/${a.slug}/idees/${ideaId}/commenter`, { body: 'Oui, jusqu’à 21 h !' }, lea.cookie);
    const { ideaComments } = await a.board.ok<{ ideaComments: { authorName: string; authorIsCustomer: boolean }[] }>(
      COMMENTS,
      { ideaId },
    );
    expect(ideaComments).toEqual([expect.objectContaining({ authorName: 'Léa', authorIsCustomer: true })]);

    await a.board.ok(ANSWER, {
      input: { ideaId, status: 'UNDER_STUDY', reason: 'Nous en parlons avec les boutiques' },
    });
    const mail = (await api.mails()).find((m) => m.to === tom.email && m.subject.includes('under study'));
    expect(mail?.subject).toBe('Your idea is under study – Vitré');
    expect(mail?.text).toContain('Nous en parlons avec les boutiques');
    expect(mail?.text).toContain(`/communaute/${a.slug}/idees/${ideaId}?lang=en`);
  });

  it('adopting a customer’s idea credits the board’s points once, also under concurrent clicks; useful comments once', async () => {
    const proposed = await post(
      `/communaute/${a.slug}/idees/nouvelle`,
      { title: 'Marché de Noël des créateurs', kind: 'PRODUCT' },
      lea.cookie,
    );
    const ideaId = ideaIdFrom(proposed.headers.get('location'));
    await post(`/communaute/${a.slug}/idees/${ideaId}/commenter`, { body: 'Avec des artisans du coin' }, tom.cookie);
    const before = await points(lea.customerId);
    await a.board.ok(ANSWER, { input: { ideaId, status: 'ACCEPTED', reason: 'En décembre' } });
    const clicks = await Promise.all(
      Array.from({ length: 4 }, () => a.board.request(ADOPT, { input: { ideaId, as: 'CAMPAIGN' } })),
    );
    expect(clicks.every((c) => !c.errors)).toBe(true);
    expect(await points(lea.customerId)).toEqual({ points: before.points + 50, rows: before.rows + 1 });
    const tomBefore = await points(tom.customerId);
    const { ideaComments } = await a.board.ok<{ ideaComments: { id: string }[] }>(COMMENTS, { ideaId });
    await Promise.all([1, 2, 3].map(() => a.board.ok(USEFUL_COMMENT, { commentId: ideaComments[0].id })));
    expect(await points(tom.customerId)).toEqual({ points: tomBefore.points + 10, rows: tomBefore.rows + 1 });
    const page = await html(await get(`/communaute/${a.slug}`));
    expect(page.querySelector('[data-testid=open-ideas]')?.text).not.toContain('Marché de Noël des créateurs');
    expect(page.querySelector('[data-testid=adopted-ideas] [data-testid=idea-outcome]')?.text).toContain(
      'Devenue le temps fort « Marché de Noël des créateurs »',
    );
    expect(await api.app.get(CommunityFigures).of(a.associationId)).toMatchObject({ ideasAdopted: 1 });
    adoptedCampaign = {
      id: (clicks[0].data as { adoptIdea: { outcome: { id: string } } }).adoptIdea.outcome.id,
      ideaId,
    };
  });

  it('recommendations: written by a customer, published by the board, marked helpful by that shop only, points once', async () => {
    const bad = await post(`/communaute/${a.slug}/commerces`, { shopId: b.shopId, text: 'court' }, lea.cookie);
    expect(bad.status).toBe(400);
    const badPage = await html(bad);
    expect(badPage.querySelector('#f-shopId-error')?.text).toBe('Ce commerce ne fait pas partie de l’association.');
    expect(badPage.querySelector('#f-text-error')?.text).toBe('Ce champ doit comporter au moins 10 caractères.');
    const sent = await post(
      `/communaute/${a.slug}/commerces`,
      { shopId: a.shopId, text: 'Des conseils en or et un accueil chaleureux' },
      lea.cookie,
    );
    expect(sent.status).toBe(303);
    const { recommendations } = await a.board.ok<{
      recommendations: { id: string; status: string; authorName: string }[];
    }>(RECOMMENDATIONS, { status: 'PENDING' });
    expect(recommendations).toEqual([expect.objectContaining({ status: 'PENDING', authorName: 'Léa' })]);
    const id = recommendations[0].id;
    const early = await a.shopOwner.request(HELPFUL, { id });
    expect(early.errors?.[0].message).toBe('Seule une recommandation publiée peut être marquée utile.');
    await a.board.ok(MODERATE, { id, publish: true });
    const again = await a.board.request(MODERATE, { id, publish: false });
    expect(again.errors?.[0].extensions?.['code']).toBe('CONFLICT');
    const notMine = await a.otherOwner.request(HELPFUL, { id });
    expect(notMine.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const before = await points(lea.customerId);
    await Promise.all([1, 2, 3].map(() => a.shopOwner.ok(HELPFUL, { id })));
    expect(await points(lea.customerId)).toEqual({ points: before.points + 10, rows: before.rows + 1 });
    const page = await html(await get(`/communaute/${a.slug}`));
    expect(page.querySelector('[data-testid=recommendations]')?.text).toContain('Des conseils en or');
  });

  it('a co-created product: the shop links its featured product to an adopted idea, loyalty gets the sale share', async () => {
    const proposed = await post(
      `/communaute/${a.slug}/idees/nouvelle`,
      { title: 'Un pain aux noix local', kind: 'PRODUCT' },
      tom.cookie,
    );
    const ideaId = ideaIdFrom(proposed.headers.get('location'));
    const { createFeaturedProduct } = await a.shopOwner.ok<{ createFeaturedProduct: { id: string } }>(
      `mutation($input: CreateFeaturedProductInput!) { createFeaturedProduct(input: $input) { id } }`,
      { input: { name: 'Pain aux noix', priceCents: 450, text: '' } },
    );
    const productId = createFeaturedProduct.id;
    const notAdopted = await a.shopOwner.request(MARK_PRODUCT, { input: { productId, ideaId, sharePercent: 10 } });
    expect(notAdopted.errors?.[0].extensions?.['fields']).toEqual([expect.objectContaining({ field: 'ideaId' })]);
    await a.board.ok(ANSWER, { input: { ideaId, status: 'ACCEPTED', reason: 'Avec la boulangerie' } });
    await a.board.ok(ADOPT, { input: { ideaId, as: 'PROJECT' } });
    const badShare = await a.shopOwner.request(MARK_PRODUCT, { input: { productId, ideaId, sharePercent: 0 } });
    expect(badShare.errors?.[0].extensions?.['fields']).toEqual([expect.objectContaining({ field: 'sharePercent' })]);
    const otherShop = await a.otherOwner.request(MARK_PRODUCT, { input: { productId, ideaId, sharePercent: 10 } });
    expect(otherShop.errors?.[0].extensions?.['fields']).toEqual([expect.objectContaining({ field: 'productId' })]);
    const { markCoCreatedProduct } = await a.shopOwner.ok<{ markCoCreatedProduct: unknown }>(MARK_PRODUCT, {
      input: { productId, ideaId, sharePercent: 10 },
    });
    expect(markCoCreatedProduct).toEqual({
      productId,
      productName: 'Pain aux noix',
      ideaId,
      ideaTitle: 'Un pain aux noix local',
      sharePercent: 10,
    });
    const shares = await api.dataSource.query(
      `SELECT "shopId", "productRef", "sharePercent", "beneficiaryCustomerId" FROM loyalty_sale_shares WHERE "associationId" = $1`,
      [a.associationId],
    );
    expect(shares).toEqual([
      { shopId: a.shopId, productRef: productId, sharePercent: 10, beneficiaryCustomerId: tom.customerId },
    ]);
    const page = await html(await get(`/communaute/${a.slug}`));
    expect(page.querySelector('[data-testid=co-created]')?.text).toContain('Pain aux noix');
  });

  it('a co-created product wears its badge on the shop page and in the widget, linked to its idea; no other product, no other association', async () => {
    const [{ productId, ideaId }] = await api.dataSource.query(
      `SELECT "productId", "ideaId" FROM community_co_created_products WHERE "associationId" = $1`,
      [a.associationId],
    );
    const createProduct = `mutation($input: CreateFeaturedProductInput!) { createFeaturedProduct(input: $input) { id } }`;
    await a.shopOwner.ok(createProduct, { input: { name: 'Baguette', priceCents: 120, text: '' } });
    const ideaLink = (lang: string) => `http://localhost:3000/communaute/${a.slug}/idees/${ideaId}?lang=${lang}`;
    // The public shop page (/b/:id), in French then English.
    const shopPage = await html(await get(`/b/${a.shopId}`));
    const products = shopPage.querySelectorAll('[data-testid="showcase-product"]');
    const badges = products.map((p) => [
      p.querySelector('strong')?.text,
      p.querySelector('[data-testid="product-mark"]')?.text ?? null,
      p.querySelector('[data-testid="product-mark"]')?.getAttribute('href') ?? null,
    ]);
    expect(badges).toEqual([
      ['Pain aux noix', 'Imaginé avec nos clients', ideaLink('fr')],
      ['Baguette', null, null],
    ]);
    const english = await html(await get(`/b/${a.shopId}?lang=en`));
    expect(english.querySelector('[data-testid="product-mark"]')?.text).toBe('Co-created with our customers');
    expect((await get(ideaLink('fr').replace('http://localhost:3000', ''))).status).toBe(200);
    // The blog widget's JSON: the badge on that product only, and one statement more than without it.
    const createWidget = `mutation($input: CreateWidgetInput!) { createWidget(input: $input) { id } }`;
    const input = { name: 'Blog', contents: ['PRODUCTS'], maxItems: 24 };
    const { createWidget: widget } = await a.president.ok<{ createWidget: { id: string } }>(createWidget, { input });
    const counter = new StatementCounter(api.dataSource);
    const measured = await counter
      .measure(() => get(`/api/public/widgets/${widget.id}`))
      .finally(() => counter.restore());
    const feed = (await measured.result.json()) as WidgetFeed;
    const items = feed.sections[0].items as WidgetProductItem[];
    expect(items.map((i) => [i.id === productId, i.name, i.mark ?? null])).toEqual([
      [true, 'Pain aux noix', { label: 'Imaginé avec nos clients', url: ideaLink('fr') }],
      [false, 'Baguette', null],
    ]);
    // The rate limit, the widget, the catalogue, then the shown products' marks (widgets' own test: 3 without).
    expect(measured.statements).toBeLessThanOrEqual(4);
    // Tenancy: a link of A naming B's product (forged: the service never writes one) marks nothing on B's pages.
    const { createFeaturedProduct: theirs } = await b.shopOwner.ok<{ createFeaturedProduct: { id: string } }>(
      createProduct,
      { input: { name: 'Galette de Fougères', priceCents: 300, text: '' } },
    );
    await api.dataSource.query(
      `INSERT INTO community_co_created_products ("associationId", "shopId", "productId", "ideaId", "sharePercent", "createdByMembershipId")
       VALUES ($1, $2, $3, $4, 10, $5)`,
      [a.associationId, a.shopId, theirs.id, ideaId, a.shopOwner.membershipId],
    );
    try {
      const theirPage = await get(`/b/${b.shopId}`);
      const theirHtml = await theirPage.text();
      expect(theirPage.status).toBe(200);
      expect(theirHtml).toContain('Galette de Fougères');
      expect(parse(theirHtml).querySelector('[data-testid="product-mark"]')).toBeNull();
      const { createWidget: theirWidget } = await b.president.ok<{ createWidget: { id: string } }>(createWidget, {
        input,
      });
      const theirFeed = await (await get(`/api/public/widgets/${theirWidget.id}`)).text();
      expect(theirFeed).toContain('Galette de Fougères');
      expect(theirFeed).not.toContain('"mark"');
      expect(theirFeed).not.toContain(ideaId);
    } finally {
      await api.dataSource.query(`DELETE FROM community_co_created_products WHERE "productId" = $1`, [theirs.id]);
    }
  });

  it('keeps associations apart on the customer pages and in the board’s operations', async () => {
    const proposed = await post(
      `/communaute/${a.slug}/idees/nouvelle`,
      { title: 'Idée de Vitré', kind: 'OTHER' },
      lea.cookie,
    );
    const ideaId = ideaIdFrom(proposed.headers.get('location'));
    // A's idea through B's address: unknown there.
    expect((await get(`/communaute/${b.slug}/idees/${ideaId}`, bob.cookie)).status).toBe(404);
    const viaB = await post(`/communaute/${b.slug}/idees/${ideaId}/soutenir`, {}, bob.cookie);
    expect(viaB.status).toBe(404);
    // Bob's session is B's: on A's pages he is nobody (sent to sign in), and nothing is written.
    const bobOnA = await post(`/communaute/${a.slug}/idees/${ideaId}/soutenir`, {}, bob.cookie);
    expect(bobOnA.status).toBe(303);
    expect(bobOnA.headers.get('location')).toContain(`/communaute/${a.slug}/connexion`);
    expect(await count(`SELECT count(*) AS n FROM community_idea_supports WHERE "ideaId" = $1`, [ideaId])).toBe(0);
    const bPage = await html(await get(`/communaute/${b.slug}`));
    expect(bPage.text).not.toContain('Idée de Vitré');
    const { recommendations } = await b.board.ok<{ recommendations: unknown[] }>(RECOMMENDATIONS, {});
    expect(recommendations).toEqual([]);
    const [aRecommendation] = await api.dataSource.query(
      `SELECT id FROM community_recommendations WHERE "associationId" = $1`,
      [a.associationId],
    );
    expect(
      (await b.board.request(MODERATE, { id: aRecommendation.id, publish: false })).errors?.[0].extensions?.['code'],
    ).toBe('NOT_FOUND');
    expect((await b.shopOwner.request(HELPFUL, { id: aRecommendation.id })).errors?.[0].extensions?.['code']).toBe(
      'NOT_FOUND',
    );
  });

  it('a customer’s export holds their ideas, supports, comments and recommendations; erasure deletes supports and pseudonymises authorship', async () => {
    const source = api.app.get(CommunityPersonalData);
    const exported = await api.dataSource.transaction(async (m) =>
      source.exportCustomer(m, (await lockCustomer(m, a.associationId, lea.customerId))!),
    );
    expect((exported['ideas'] as { title: string }[]).map((i) => i.title)).toEqual(
      expect.arrayContaining(['Livraison à vélo', 'Marché de Noël des créateurs']),
    );
    expect(exported['supports']).toHaveLength(1);
    expect(exported['comments']).toHaveLength(1);
    expect(exported['recommendations']).toHaveLength(1);
    await api.dataSource.transaction(async (m) =>
      source.eraseCustomer(m, (await lockCustomer(m, a.associationId, lea.customerId, 'update'))!),
    );
    expect(
      await count(`SELECT count(*) AS n FROM community_idea_supports WHERE "customerId" = $1`, [lea.customerId]),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM community_ideas WHERE "authorCustomerId" = $1`, [lea.customerId]),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM community_recommendations WHERE "customerId" = $1`, [lea.customerId]),
    ).toBe(0);
    const page = await html(await get(`/communaute/${a.slug}/idees`));
    expect(page.text).toContain('Livraison à vélo');
  });

  it('the campaign born from an idea says so on its public page, linking the idea (last: moves the clock)', async () => {
    const { publishCampaign } = await a.president.ok<{ publishCampaign: { slug: string } }>(
      `mutation($id: ID!) { publishCampaign(id: $id) { slug } }`,
      { id: adoptedCampaign.id },
    );
    // Public once the shops' enrolment closes (the draft's placeholder deadline: three weeks).
    await api.advanceClock(22 * 24 * 3600 * 1000);
    const response = await get(`/p/${publishCampaign.slug}`);
    expect(response.status).toBe(200);
    const origin = (await html(response)).querySelector('[data-testid=campaign-origin] a');
    expect(origin?.text).toBe('Marché de Noël des créateurs');
    expect(origin?.getAttribute('href')).toBe(`/communaute/${a.slug}/idees/${adoptedCampaign.ideaId}?lang=fr`);
  });
});
