import { MessageTexts } from '@assoc/platform-domain';

/**
 * The reasons only directory gives, each in French and English, once: its api module registers them with
 * the platform's catalogue (`registerMessages`). Generic reasons (required, isInt, min, max,
 * endBeforeStart...) are the platform's. `{name}` placeholders are filled from the problem's params.
 */
export const DIRECTORY_MESSAGES = {
  dayRepeated: { fr: 'Ce jour apparaît deux fois.', en: 'This day appears twice.' },
  periodOrder: {
    fr: "L'heure de fermeture doit suivre l'heure d'ouverture.",
    en: 'The closing time must come after the opening time.',
  },
  periodsOverlap: { fr: 'Ces horaires se chevauchent.', en: 'These opening hours overlap.' },
  shopFirst: {
    fr: "Enregistrez d'abord votre boutique, puis ajoutez le logo.",
    en: 'Save your shop first, then add the logo.',
  },
} as const satisfies MessageTexts;
