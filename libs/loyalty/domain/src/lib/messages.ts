import { MessageTexts } from '@assoc/platform-domain';

/** The reasons only this domain gives, each in French and English (ADR 0026). `{name}`: the problem's params. */
export const LOYALTY_MESSAGES = {
  loyaltyAmountPositive: {
    fr: 'Le montant de l’achat doit être positif (au moins 0,01 €).',
    en: 'The purchase amount must be positive (at least €0.01).',
  },
  loyaltyAmountTooLarge: {
    fr: 'Le montant de l’achat ne peut dépasser {max} €.',
    en: 'The purchase amount cannot exceed €{max}.',
  },
  loyaltyCardUnknown: {
    fr: 'Aucune carte de fidélité ne porte ce code dans l’association.',
    en: 'No loyalty card of the association has this code.',
  },
  loyaltyCardRevoked: {
    fr: 'Cette carte a été révoquée : elle ne reçoit ni ne dépense plus de points.',
    en: 'This card has been revoked: it no longer earns or spends points.',
  },
  loyaltyCardNoConsent: {
    fr: 'Ce client n’a pas adhéré à la carte de fidélité (consentement « fidélité »).',
    en: 'This customer has not joined the loyalty card (the “loyalty” consent).',
  },
  loyaltyOwnStaffCard: {
    fr: 'Un commerce ne crédite pas la carte de son propre personnel.',
    en: 'A shop cannot credit its own staff’s card.',
  },
  loyaltyProgrammeOff: {
    fr: 'Le programme de fidélité de l’association est arrêté.',
    en: 'The association’s loyalty programme is switched off.',
  },
  loyaltyShopNotInProgramme: {
    fr: 'Ce commerce ne participe pas à la carte de fidélité.',
    en: 'This shop does not take the loyalty card.',
  },
  loyaltyShopUnknown: {
    fr: 'Ce commerce ne fait pas partie de l’association.',
    en: 'This shop is not part of the association.',
  },
  loyaltyNoShop: {
    fr: 'Vous n’avez pas de commerce dans l’association.',
    en: 'You have no shop in the association.',
  },
  loyaltyDailyCapReached: {
    fr: 'Cette carte a déjà reçu aujourd’hui les {cap} points permis dans ce commerce.',
    en: 'This card already earned the {cap} points allowed in this shop today.',
  },
  loyaltyRewardUnavailable: {
    fr: 'Cette récompense n’est pas disponible.',
    en: 'This reward is not available.',
  },
  loyaltyInsufficientPoints: {
    fr: 'Pas assez de points : la carte en a {balance}, la récompense en demande {cost}.',
    en: 'Not enough points: the card has {balance}, the reward needs {cost}.',
  },
  loyaltyProductUnknown: {
    fr: 'Ce produit n’est pas un produit co-créé de ce commerce.',
    en: 'This product is not a co-created product of this shop.',
  },
  loyaltyCustomerUnknown: {
    fr: 'Ce client n’existe pas dans l’association.',
    en: 'This customer does not exist in the association.',
  },
  loyaltyMovementNotFound: {
    fr: 'Ce mouvement de points n’existe pas dans l’association.',
    en: 'This points movement does not exist in the association.',
  },
  loyaltyAlreadyReversed: {
    fr: 'Ce mouvement a déjà été annulé.',
    en: 'This movement has already been reversed.',
  },
  loyaltyReversalNotAllowed: {
    fr: 'Une annulation ne s’annule pas, ni un mouvement d’une carte effacée.',
    en: 'A reversal cannot be reversed, nor a movement of an erased card.',
  },
  loyaltyReversalBelowZero: {
    fr: 'Annuler ce mouvement ferait passer la carte sous zéro ({balance} points) : annulez d’abord la récompense prise.',
    en: 'Reversing this movement would take the card below zero ({balance} points): reverse the reward taken first.',
  },
  loyaltyKeyReused: {
    fr: 'Cette clé a déjà servi pour une autre opération.',
    en: 'This key was already used for another operation.',
  },
} as const satisfies MessageTexts;
