import { CommunityDemo, NewIdeaFields } from '@assoc/community-api';
import { IdeaKind, IdeaStatus, RecommendationStatus } from '@assoc/community-domain';
import { CustomersDemo } from '@assoc/customers-api';
import { ShopReads } from '@assoc/directory-api';
import { LoyaltySaleShares } from '@assoc/loyalty-api';
import { ProjectDrafts } from '@assoc/projects-api';
import { FeaturedProductReads } from '@assoc/widgets-api';
import { EntityManager } from 'typeorm';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The demo's ideas box (issue 17): an idea in each state (open with supports, under study, accepted, declined,
 * and one adopted into a joint project, shown on the project's page as its origin), comments, a published
 * recommendation of a shop, and a co-created product (a featured product born from the adopted idea, 10 % of
 * its sales' points given back to its originator). Ideas are the demo customers' when the customers seed made
 * some (the first ones), else members'. Runs after the customers, widgets and loyalty seeds.
 */
export async function seedCommunity(
  manager: EntityManager,
  associationId: string,
  members: Map<string, { id: string; name: string }>,
  now: Date,
  drafts: ProjectDrafts,
  shopReads: ShopReads,
  saleShares: LoyaltySaleShares,
  featuredProducts: FeaturedProductReads,
): Promise<void> {
  const member = (email: string) => members.get(email)?.id ?? null;
  const claire = member('claire.martin@vitrines-vitre.fr');
  const yann = member('yann.lebreton@vitrines-vitre.fr');
  const lucie = member('lucie.gautier@vitrines-vitre.fr');
  const marc = member('marc.pinel@vitrines-vitre.fr');
  if (!claire) return;
  const customers = await CustomersDemo.first(manager, associationId, { loyalty: false, limit: 3 });
  const customer = (i: number) => customers[i]?.id ?? null;
  const daysAgo = (n: number) => new Date(now.getTime() - n * DAY_MS);
  const author = (customerIndex: number, fallback: string | null) =>
    customer(customerIndex)
      ? { authorCustomerId: customer(customerIndex), authorMembershipId: null }
      : { authorCustomerId: null, authorMembershipId: fallback };
  const answered = (status: IdeaStatus, reason: string, days: number) => ({
    status,
    answerReason: reason,
    answeredAt: daysAgo(days),
    answeredByMembershipId: claire,
  });
  const idea = (fields: Omit<NewIdeaFields, 'associationId'>, answer?: ReturnType<typeof answered>) =>
    CommunityDemo.addIdea(manager, { associationId, ...fields }, answer);

  // Adopted: became a joint project (a draft the board completes), linked both ways.
  const adoptedIdea = await idea(
    {
      title: 'Un pain aux noix du pays de Vitré',
      description:
        'Une recette imaginée avec la boulangerie et des noix du marché, vendue dans les boutiques du centre.',
      kind: IdeaKind.PRODUCT,
      ...author(0, lucie),
      createdAt: daysAgo(30),
    },
    answered(IdeaStatus.ACCEPTED, 'La boulangerie et l’épicerie fine se lancent ensemble.', 20),
  );
  const project = await drafts.create(manager, associationId, {
    authorMembershipId: claire,
    title: adoptedIdea.title,
    description: adoptedIdea.description,
    origin: { label: adoptedIdea.title, link: `/ideas/${adoptedIdea.id}` },
    createdAt: daysAgo(18),
  });
  await CommunityDemo.markAdoptedAsProject(manager, adoptedIdea.id, project.id, daysAgo(18));

  const open = await idea({
    title: 'Ouvert tard le jeudi, jusqu’à 21 h',
    description: 'Pour faire ses courses après le travail, une fois par semaine, toutes les boutiques ensemble.',
    kind: IdeaKind.SERVICE,
    ...author(1, marc),
    createdAt: daysAgo(6),
  });
  const study = await idea(
    {
      title: 'Une livraison à vélo partagée entre boutiques',
      description: 'Un coursier commun qui livre les achats à domicile dans toute la ville.',
      kind: IdeaKind.SERVICE,
      ...author(2, yann),
      createdAt: daysAgo(12),
    },
    answered(IdeaStatus.UNDER_STUDY, 'Nous chiffrons le coût avec deux coursiers locaux.', 4),
  );
  await idea(
    {
      title: 'La quinzaine des créateurs',
      description: 'Deux semaines où les boutiques accueillent des artisans du pays.',
      kind: IdeaKind.OTHER,
      authorMembershipId: marc,
      authorCustomerId: null,
      createdAt: daysAgo(9),
    },
    answered(IdeaStatus.ACCEPTED, 'Bonne idée pour le printemps : nous en ferons un temps fort.', 2),
  );
  await idea(
    {
      title: 'Le parking gratuit tous les jours',
      description: '',
      kind: IdeaKind.OTHER,
      ...author(1, yann),
      createdAt: daysAgo(15),
    },
    answered(IdeaStatus.DECLINED, 'Le stationnement dépend de la mairie ; nous lui transmettons la demande.', 3),
  );

  for (const [ideaId, supporters] of [
    [open.id, [claire, yann, lucie]],
    [study.id, [claire, marc]],
    [adoptedIdea.id, [yann, marc]],
  ] as const)
    for (const membershipId of supporters)
      if (membershipId)
        await CommunityDemo.addSupport(manager, { associationId, ideaId, membershipId, customerId: null });
  if (customer(0))
    await CommunityDemo.addSupport(manager, {
      associationId,
      ideaId: open.id,
      membershipId: null,
      customerId: customer(0),
    });
  await CommunityDemo.addComments(manager, [
    {
      associationId,
      ideaId: open.id,
      authorMembershipId: yann,
      authorCustomerId: null,
      body: 'Partant pour la librairie, à condition d’être au moins dix boutiques.',
      usefulAt: null,
      createdAt: daysAgo(5),
    },
    {
      associationId,
      ideaId: study.id,
      authorMembershipId: customer(0) ? null : lucie,
      authorCustomerId: customer(0),
      body: 'Un vélo cargo électrique passerait partout dans la vieille ville.',
      usefulAt: daysAgo(4),
      createdAt: daysAgo(10),
    },
  ]);

  // A published recommendation of Lucie's shop, and a co-created product: the association's first featured product.
  const shop = lucie ? await shopReads.ownShop(associationId, lucie, manager) : null;
  if (shop && customer(0))
    await CommunityDemo.addRecommendation(manager, {
      associationId,
      shopId: shop.id,
      customerId: customer(0),
      text: 'Un accueil chaleureux et de très bons conseils, on y revient toujours.',
      status: RecommendationStatus.PUBLISHED,
      moderatedAt: daysAgo(7),
      moderatedByMembershipId: claire,
      helpfulAt: null,
      helpfulByMembershipId: null,
      createdAt: daysAgo(8),
    });
  const product = await featuredProducts.firstOfAssociation(associationId, manager);
  if (product) {
    await CommunityDemo.addCoCreatedProduct(manager, {
      associationId,
      shopId: product.shopId,
      productId: product.id,
      ideaId: adoptedIdea.id,
      sharePercent: 10,
      createdByMembershipId: claire,
    });
    await saleShares.set(manager, associationId, {
      shopId: product.shopId,
      productRef: product.id,
      label: product.name,
      sharePercent: 10,
      beneficiaryCustomerId: adoptedIdea.authorCustomerId,
      source: { domain: 'community', ref: adoptedIdea.id },
    });
  }
}
