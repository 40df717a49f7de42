import { MessageTexts } from '@assoc/platform-domain';

/** The reasons only this domain gives, each in French and English (ADR 0026). */
export const COMMUNITY_MESSAGES = {
  ideaKindInvalid: {
    fr: 'Choisissez le type d’idée : service, produit ou autre.',
    en: 'Choose the kind of idea: service, product or other.',
  },
  ideaAnswerInvalid: {
    fr: 'Choisissez une réponse : acceptée, à l’étude ou refusée.',
    en: 'Choose an answer: accepted, under study or declined.',
  },
  ideaAlreadyAdopted: {
    fr: 'Cette idée est déjà devenue un projet ou un temps fort.',
    en: 'This idea has already become a project or a campaign.',
  },
  ideaNotAccepted: {
    fr: 'Seule une idée acceptée peut devenir un projet ou un temps fort.',
    en: 'Only an accepted idea can become a project or a campaign.',
  },
  ideaDeclined: {
    fr: 'Cette idée a été refusée : elle ne reçoit plus de soutien ni de commentaire.',
    en: 'This idea was declined: it no longer takes support or comments.',
  },
  ideaConsentMissing: {
    fr: 'Acceptez de participer à la boîte à idées (dans « Mes données ») pour proposer une idée.',
    en: 'Agree to take part in the ideas box (in “My data”) to propose an idea.',
  },
  ideaOwnSupport: {
    fr: 'Vous ne pouvez pas soutenir votre propre idée.',
    en: 'You cannot support your own idea.',
  },
  recommendationShopUnknown: {
    fr: 'Ce commerce ne fait pas partie de l’association.',
    en: 'This shop is not part of the association.',
  },
  recommendationNotPublished: {
    fr: 'Seule une recommandation publiée peut être marquée utile.',
    en: 'Only a published recommendation can be marked helpful.',
  },
  recommendationNotYourShop: {
    fr: 'Cette recommandation concerne une autre boutique que la vôtre.',
    en: 'This recommendation is about another shop than yours.',
  },
  recommendationModerated: {
    fr: 'Cette recommandation a déjà été modérée.',
    en: 'This recommendation has already been moderated.',
  },
  coCreatedProductUnknown: {
    fr: 'Ce produit n’est pas un produit mis en avant par votre boutique.',
    en: 'This product is not one your shop puts forward.',
  },
  coCreatedIdeaNotAdopted: {
    fr: 'Choisissez une idée adoptée (devenue un projet ou un temps fort).',
    en: 'Choose an adopted idea (one that became a project or a campaign).',
  },
} as const satisfies MessageTexts;
