import { MessageTexts } from '@assoc/platform-domain';

/**
 * The reasons only promotions gives, each in French and English, once: its api module registers them with
 * the platform's catalogue (`registerMessages`). Generic reasons (required, isInt, min, max,
 * endBeforeStart...) are the platform's. `{name}` placeholders are filled from the problem's params.
 */
export const PROMOTIONS_MESSAGES = {
  enrolmentAfterStart: {
    fr: 'La date limite des inscriptions doit précéder le début du temps fort.',
    en: 'The enrolment deadline must come before the campaign starts.',
  },
  campaignTooLong: { fr: 'Un temps fort dure au plus {days} jours.', en: 'A campaign lasts at most {days} days.' },
  campaignOver: { fr: 'Ce temps fort est terminé ou annulé.', en: 'This campaign is over or cancelled.' },
  campaignNotEditable: {
    fr: "Le temps fort n'est plus un brouillon : il ne peut plus être modifié.",
    en: 'The campaign is no longer a draft: it cannot be edited.',
  },
  campaignTransitionNotAllowed: {
    fr: "Le temps fort ne peut pas passer de l'état « {from} » par « {event} ».",
    en: 'The campaign cannot go from "{from}" through "{event}".',
  },
  enrolmentClosed: {
    fr: 'Les inscriptions des boutiques à ce temps fort sont fermées.',
    en: 'Shop enrolment for this campaign is closed.',
  },
  offerValueRequired: { fr: "Précisez la valeur de l'offre.", en: 'State the value of the offer.' },
  offerValueNotExpected: {
    fr: "Ce type d'offre ne prend pas cette valeur.",
    en: 'This kind of offer takes no such value.',
  },
  belowMinDiscount: {
    fr: 'Ce temps fort demande une remise d’au moins {min} %.',
    en: 'This campaign asks for a discount of at least {min}%.',
  },
  tradeNotInvited: {
    fr: "Ce temps fort n'est pas ouvert à votre type de commerce.",
    en: 'This campaign is not open to your trade.',
  },
  channelNotInCampaign: {
    fr: 'Ce temps fort ne se déroule pas sur ce canal.',
    en: 'This campaign does not run on this channel.',
  },
  onlineLinkRequired: {
    fr: 'Indiquez le lien de votre boutique en ligne pour une offre valable en ligne.',
    en: 'Give your online shop link for an offer that applies online.',
  },
  notYourShop: { fr: 'Vous ne pouvez inscrire que votre propre boutique.', en: 'You can only enrol your own shop.' },
  offerAlreadyEnrolled: {
    fr: 'Votre boutique a déjà une offre dans ce temps fort.',
    en: 'Your shop already has an offer in this campaign.',
  },
  offerNotPending: { fr: 'Cette offre a déjà été examinée.', en: 'This offer has already been reviewed.' },
  offerNotEditable: { fr: 'Cette offre ne peut plus être modifiée.', en: 'This offer can no longer be changed.' },
  reasonRequired: { fr: 'Indiquez un motif.', en: 'Give a reason.' },
  vouchersClosed: {
    fr: 'Les bons de ce temps fort ne sont pas disponibles en ce moment.',
    en: "This campaign's vouchers are not available at the moment.",
  },
  offerSoldOut: {
    fr: 'Cette offre a atteint sa limite d’utilisations.',
    en: 'This offer has reached its limit of uses.',
  },
  voucherEmailRequired: {
    fr: 'Cette offre est limitée à une par client : indiquez votre adresse e-mail.',
    en: 'This offer is limited to one per customer: give your e-mail address.',
  },
  voucherConsentRequired: {
    fr: 'Votre accord est nécessaire pour que nous gardions votre adresse e-mail.',
    en: 'Your consent is needed for us to keep your e-mail address.',
  },
  voucherAlreadyClaimed: {
    fr: 'Un bon a déjà été retiré pour cette offre avec cette adresse e-mail.',
    en: 'A voucher was already claimed for this offer with this e-mail address.',
  },
  codeUnknown: { fr: "Ce code n'existe pas.", en: 'This code does not exist.' },
  codeAlreadyUsed: { fr: 'Ce bon a déjà été utilisé.', en: 'This voucher has already been used.' },
  codeAlreadyUsedAt: {
    fr: 'Ce bon a déjà été utilisé le {at} chez {shop}.',
    en: 'This voucher was already used on {at} at {shop}.',
  },
  codeExpired: {
    fr: 'Ce code a expiré : le temps fort est terminé.',
    en: 'This code has expired: the campaign is over.',
  },
  codeNotStarted: { fr: "Le temps fort n'a pas encore commencé.", en: 'The campaign has not started yet.' },
  codeNotThisShop: { fr: "Ce code n'est pas valable dans votre boutique.", en: 'This code is not valid in your shop.' },
  codeLimitReached: {
    fr: 'Cette offre a atteint sa limite d’utilisations.',
    en: 'This offer has reached its limit of uses.',
  },
  codeVoucherRequired: {
    fr: 'Cette offre est limitée à une par client : demandez le bon personnel du client.',
    en: "This offer is limited to one per customer: ask for the customer's personal voucher.",
  },
} as const satisfies MessageTexts;
