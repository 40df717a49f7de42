import { MessageTexts } from '@assoc/platform-domain';

/** The reasons only this domain gives, each in French and English (ADR 0026). */
export const CUSTOMERS_MESSAGES = {
  consentOneRequired: {
    fr: 'Cochez au moins une des trois cases : c’est ce pour quoi vous nous confiez votre prénom et votre e-mail.',
    en: 'Tick at least one of the three boxes: it is what you give us your first name and e-mail for.',
  },
  customerLanguageInvalid: { fr: 'Choisissez français ou anglais.', en: 'Choose French or English.' },
  eraseNotConfirmed: {
    fr: 'Cochez la case pour confirmer l’effacement définitif.',
    en: 'Tick the box to confirm the permanent erasure.',
  },
  customerLinkInvalid: {
    fr: 'Ce lien de connexion n’est pas (ou plus) valable : demandez-en un nouveau.',
    en: 'This sign-in link is not (or no longer) valid: ask for a new one.',
  },
  customerLinkExpired: {
    fr: 'Ce lien de connexion a expiré : demandez-en un nouveau.',
    en: 'This sign-in link has expired: ask for a new one.',
  },
  customerCardRevoked: {
    fr: 'Cette carte a été révoquée.',
    en: 'This card has been revoked.',
  },
} satisfies MessageTexts;
