import { Locale } from '@assoc/platform-api';
import { LoyaltyMovementKind } from '@assoc/loyalty-domain';

/** The card page's own words (issue 17), French first. */
export const LOYALTY_CARD_TEXTS = {
  [Locale.FR]: {
    title: 'Ma carte de fidélité',
    intro: (association: string) =>
      `Montrez ce code en caisse dans les commerces de ${association} qui acceptent la carte.`,
    qrAlt: (code: string) => `QR code de la carte ${code}`,
    codeLabel: 'Code à dicter en caisse',
    balance: 'Solde',
    points: (n: number) => `${n.toLocaleString('fr-FR')} point${Math.abs(n) > 1 ? 's' : ''}`,
    rewards: 'Récompenses',
    noRewards: 'Aucune récompense proposée pour le moment.',
    rewardValue: (value: string) => `valeur ${value}, dans n’importe quel commerce membre`,
    affordable: 'Disponible : demandez-la en caisse.',
    missing: (n: number) => `Encore ${n.toLocaleString('fr-FR')} point${n > 1 ? 's' : ''}.`,
    history: 'Derniers mouvements',
    noHistory:
      'Aucun mouvement pour l’instant : votre premier achat dans un commerce participant vous rapporte des points.',
    programmeOff: 'Le programme de fidélité de l’association est en pause : vos points restent acquis.',
    noConsent:
      'Vous n’avez pas choisi la carte de fidélité parmi vos consentements. Vous pouvez l’activer dans « Mes données ».',
    revoked: 'Cette carte a été révoquée : elle ne reçoit ni ne dépense plus de points.',
    install: 'Astuce : ajoutez cette page à votre écran d’accueil pour l’avoir toujours sous la main.',
    kinds: {
      [LoyaltyMovementKind.PURCHASE]: 'Achat',
      [LoyaltyMovementKind.SALE_SHARE]: 'Part des ventes d’un produit co-créé',
      [LoyaltyMovementKind.AWARD]: 'Points offerts',
      [LoyaltyMovementKind.REDEMPTION]: 'Récompense',
      [LoyaltyMovementKind.REVERSAL]: 'Annulation',
    },
  },
  [Locale.EN]: {
    title: 'My loyalty card',
    intro: (association: string) => `Show this code at the till in the shops of ${association} that take the card.`,
    qrAlt: (code: string) => `QR code of card ${code}`,
    codeLabel: 'Code to read out at the till',
    balance: 'Balance',
    points: (n: number) => `${n.toLocaleString('en-GB')} point${Math.abs(n) === 1 ? '' : 's'}`,
    rewards: 'Rewards',
    noRewards: 'No rewards on offer for now.',
    rewardValue: (value: string) => `worth ${value}, in any member shop`,
    affordable: 'Available: ask for it at the till.',
    missing: (n: number) => `${n.toLocaleString('en-GB')} more point${n === 1 ? '' : 's'} to go.`,
    history: 'Latest movements',
    noHistory: 'No movements yet: your first purchase in a participating shop earns you points.',
    programmeOff: 'The association’s loyalty programme is paused: your points are kept.',
    noConsent: 'You have not chosen the loyalty card among your consents. You can turn it on in “My data”.',
    revoked: 'This card has been revoked: it no longer earns or spends points.',
    install: 'Tip: add this page to your home screen to keep it at hand.',
    kinds: {
      [LoyaltyMovementKind.PURCHASE]: 'Purchase',
      [LoyaltyMovementKind.SALE_SHARE]: 'Share of a co-created product’s sales',
      [LoyaltyMovementKind.AWARD]: 'Points awarded',
      [LoyaltyMovementKind.REDEMPTION]: 'Reward',
      [LoyaltyMovementKind.REVERSAL]: 'Reversal',
    },
  },
} as const;

export type LoyaltyCardTexts = (typeof LOYALTY_CARD_TEXTS)[Locale];
