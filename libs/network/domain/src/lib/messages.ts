import { MessageTexts } from '@assoc/platform-domain';

/**
 * The reasons only network gives, each in French and English, once: its api module registers them with
 * the platform's catalogue (`registerMessages`). Generic reasons (required, isInt, min, max,
 * endBeforeStart...) are the platform's. `{name}` placeholders are filled from the problem's params.
 */
export const NETWORK_MESSAGES = {
  topicNotFound: {
    fr: "Ce sujet n'existe pas dans l'association.",
    en: 'This topic does not exist in the association.',
  },
  topicClosedToConsultants: {
    fr: "Ce sujet n'est pas ouvert aux consultants : choisissez un sujet qui l'est.",
    en: 'This topic is not open to consultants: choose one that is.',
  },
  topicNameTaken: { fr: 'Un sujet porte déjà ce nom.', en: 'A topic already has this name.' },
  tooManyImages: { fr: 'Pas plus de {max} images par publication.', en: 'No more than {max} images per post.' },
  imageUnavailable: {
    fr: "Cette image n'est plus disponible : envoyez-la à nouveau.",
    en: 'This image is no longer available: upload it again.',
  },
  mentionNotMember: {
    fr: "Vous ne pouvez mentionner que des adhérents de l'association.",
    en: 'You can only mention members of the association.',
  },
  notYourContent: {
    fr: 'Vous ne pouvez modifier ou supprimer que vos propres publications et commentaires.',
    en: 'You can only edit or delete your own posts and comments.',
  },
} as const satisfies MessageTexts;
