/**
 * One refused field, named by its path in the input ("accentColor", "shopIds.1") and a reason key.
 * Generic reasons reuse the platform's catalogue keys (isNotEmpty, maxLength, min, max, isInt,
 * isUrl); the widgets' own reasons are in WIDGET_PROBLEM_MESSAGES.
 */
export interface WidgetProblem {
  path: string;
  reason: string;
  params?: Record<string, string | number>;
}

/**
 * French and English messages for the reasons only widgets use, copied word for word into the
 * platform's catalogue (a test in widgets-api checks it); `{name}` placeholders come from params.
 */
export const WIDGET_PROBLEM_MESSAGES: Readonly<Record<string, { fr: string; en: string }>> = {
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
};
