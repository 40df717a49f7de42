import { MessageTexts } from '@assoc/platform-domain';

/**
 * The reasons only privacy gives, each in French and English, once: its api module registers them with
 * the platform's catalogue (`registerMessages`). Generic reasons (notFound, required...) are the platform's.
 */
export const PRIVACY_MESSAGES = {
  exportExpired: {
    fr: 'Ce lien de téléchargement a expiré : demandez un nouvel export.',
    en: 'This download link has expired: ask for a new export.',
  },
} as const satisfies MessageTexts;
