import { MessageTexts } from '@assoc/platform-domain';

/**
 * The reasons only widgets gives, each in French and English, once: its api module registers them with
 * the platform's catalogue (`registerMessages`). Generic reasons (required, isInt, min, max,
 * endBeforeStart...) are the platform's. `{name}` placeholders are filled from the problem's params.
 */
export const WIDGETS_MESSAGES = {
  isColour: {
    fr: 'La couleur doit être au format #rgb ou #rrggbb (ex. #1d4ed8).',
    en: 'The colour must be #rgb or #rrggbb (e.g. #1d4ed8).',
  },
  contentRequired: {
    fr: 'Choisissez au moins un contenu à afficher.',
    en: 'Choose at least one kind of content to show.',
  },
  itemRepeated: { fr: 'Cette valeur apparaît deux fois.', en: 'This value appears twice.' },
  shopNotInAssociation: {
    fr: "Cette boutique n'existe pas dans l'association.",
    en: 'This shop does not exist in the association.',
  },
  tooManyProducts: {
    fr: 'Pas plus de {max} produits mis en avant par boutique.',
    en: 'No more than {max} featured products per shop.',
  },
  productShopFirst: {
    fr: "Enregistrez d'abord votre boutique (« Ma boutique »), puis ajoutez vos produits.",
    en: 'Save your shop first ("My shop"), then add your products.',
  },
} as const satisfies MessageTexts;
