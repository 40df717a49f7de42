import { Locale } from './locale';

type Catalogue = Record<string, string>;

/**
 * Messages for errors shown to people, French first. Keys are stable reasons used by the API and the
 * web client alike; `{name}` placeholders are filled from the problem's params.
 */
const fr: Catalogue = {
  // generic validation reasons (class-validator constraint names map onto these)
  required: 'Ce champ est obligatoire.',
  isNotEmpty: 'Ce champ est obligatoire.',
  isString: 'Ce champ doit être un texte.',
  isInt: 'Ce champ doit être un nombre entier.',
  isBoolean: 'Ce champ doit valoir vrai ou faux.',
  isEnum: 'Cette valeur ne fait pas partie des choix possibles.',
  isEmail: "L'adresse e-mail n'est pas valide.",
  isUrl: "L'adresse du site n'est pas valide (ex. https://ma-boutique.fr).",
  isPhone: "Le numéro de téléphone n'est pas valide.",
  isPostcode: "Le code postal doit comporter 5 chiffres.",
  isTimeZone: "Ce fuseau horaire n'existe pas.",
  isCurrency: "Cette devise n'est pas reconnue.",
  isUuid: "Cet identifiant n'est pas valide.",
  isTime: "L'heure doit être au format HH:MM (ex. 09:30).",
  minLength: 'Ce champ doit comporter au moins {min} caractères.',
  maxLength: 'Ce champ doit comporter au plus {max} caractères.',
  min: 'La valeur doit être au moins {min}.',
  max: 'La valeur doit être au plus {max}.',
  arrayMaxSize: 'Pas plus de {max} éléments.',
  whitelistValidation: "Ce champ n'est pas attendu.",
  invalid: "Cette valeur n'est pas valide.",
  // business reasons
  passwordTooShort: 'Le mot de passe doit comporter au moins {min} caractères.',
  passwordTooLong: 'Le mot de passe doit comporter au plus {max} caractères.',
  emailTaken: 'Un compte existe déjà avec cette adresse e-mail.',
  invalidCredentials: 'Adresse e-mail ou mot de passe incorrect.',
  tooManyAttempts: 'Trop de tentatives. Réessayez dans quelques minutes.',
  tokenInvalid: "Ce lien n'est pas valide ou a déjà servi.",
  tokenExpired: 'Ce lien a expiré.',
  invitationEmailMismatch: "Cette invitation a été envoyée à une autre adresse e-mail.",
  alreadyMember: 'Cette personne est déjà adhérente de l’association.',
  invitationPending: 'Une invitation est déjà en attente pour cette adresse.',
  invitationNotPending: "Cette invitation n'est plus en attente.",
  roleNotGrantable: "Vous ne pouvez pas attribuer ce rôle.",
  lastPresident: "L'association doit garder au moins un président : nommez-en un autre d'abord.",
  cannotRemoveSelf: 'Pour quitter l’association, utilisez « Quitter ».',
  dayRepeated: 'Ce jour apparaît deux fois.',
  periodOrder: "L'heure de fermeture doit suivre l'heure d'ouverture.",
  periodsOverlap: 'Ces horaires se chevauchent.',
  notImage: 'Le fichier doit être une image PNG, JPEG ou WebP.',
  fileTooLarge: 'Le fichier ne doit pas dépasser {max} Mo.',
  fileMissing: 'Choisissez un fichier.',
  shopFirst: "Enregistrez d'abord votre boutique, puis ajoutez le logo.",
  // network
  topicNotFound: "Ce sujet n'existe pas dans l'association.",
  topicClosedToConsultants: "Ce sujet n'est pas ouvert aux consultants : choisissez un sujet qui l'est.",
  topicNameTaken: 'Un sujet porte déjà ce nom.',
  tooManyImages: 'Pas plus de {max} images par publication.',
  imageUnavailable: "Cette image n'est plus disponible : envoyez-la à nouveau.",
  mentionNotMember: "Vous ne pouvez mentionner que des adhérents de l'association.",
  notYourContent: 'Vous ne pouvez modifier ou supprimer que vos propres publications et commentaires.',
  // access
  unauthenticated: 'Connectez-vous pour continuer.',
  forbidden: "Vous n'avez pas le droit de faire cela.",
  notFound: 'Introuvable.',
  noAssociation: 'Choisissez une association.',
  internal: 'Une erreur inattendue est survenue.',
};

const en: Catalogue = {
  required: 'This field is required.',
  isNotEmpty: 'This field is required.',
  isString: 'This field must be text.',
  isInt: 'This field must be a whole number.',
  isBoolean: 'This field must be true or false.',
  isEnum: 'This value is not one of the allowed choices.',
  isEmail: 'The e-mail address is not valid.',
  isUrl: 'The website address is not valid (e.g. https://my-shop.com).',
  isPhone: 'The phone number is not valid.',
  isPostcode: 'The postcode must have 5 digits.',
  isTimeZone: 'This time zone does not exist.',
  isCurrency: 'This currency is not recognised.',
  isUuid: 'This identifier is not valid.',
  isTime: 'The time must be HH:MM (e.g. 09:30).',
  minLength: 'This field must have at least {min} characters.',
  maxLength: 'This field must have at most {max} characters.',
  min: 'The value must be at least {min}.',
  max: 'The value must be at most {max}.',
  arrayMaxSize: 'No more than {max} items.',
  whitelistValidation: 'This field is not expected.',
  invalid: 'This value is not valid.',
  passwordTooShort: 'The password must have at least {min} characters.',
  passwordTooLong: 'The password must have at most {max} characters.',
  emailTaken: 'An account already exists with this e-mail address.',
  invalidCredentials: 'Wrong e-mail address or password.',
  tooManyAttempts: 'Too many attempts. Try again in a few minutes.',
  tokenInvalid: 'This link is not valid or has already been used.',
  tokenExpired: 'This link has expired.',
  invitationEmailMismatch: 'This invitation was sent to another e-mail address.',
  alreadyMember: 'This person is already a member of the association.',
  invitationPending: 'An invitation is already pending for this address.',
  invitationNotPending: 'This invitation is no longer pending.',
  roleNotGrantable: 'You may not grant this role.',
  lastPresident: 'The association must keep at least one president: appoint another one first.',
  cannotRemoveSelf: 'To leave the association, use "Leave".',
  dayRepeated: 'This day appears twice.',
  periodOrder: 'The closing time must come after the opening time.',
  periodsOverlap: 'These opening hours overlap.',
  notImage: 'The file must be a PNG, JPEG or WebP image.',
  fileTooLarge: 'The file must not exceed {max} MB.',
  fileMissing: 'Choose a file.',
  shopFirst: 'Save your shop first, then add the logo.',
  topicNotFound: 'This topic does not exist in the association.',
  topicClosedToConsultants: 'This topic is not open to consultants: choose one that is.',
  topicNameTaken: 'A topic already has this name.',
  tooManyImages: 'No more than {max} images per post.',
  imageUnavailable: 'This image is no longer available: upload it again.',
  mentionNotMember: 'You can only mention members of the association.',
  notYourContent: 'You can only edit or delete your own posts and comments.',
  unauthenticated: 'Log in to continue.',
  forbidden: 'You are not allowed to do this.',
  notFound: 'Not found.',
  noAssociation: 'Choose an association.',
  internal: 'An unexpected error occurred.',
};

const catalogues: Record<Locale, Catalogue> = { [Locale.FR]: fr, [Locale.EN]: en };

/** The message for a reason in a locale, with its params filled in; falls back to a generic one. */
export function message(locale: Locale, reason: string, params: Record<string, string | number> = {}): string {
  const template = catalogues[locale][reason] ?? catalogues[locale]['invalid'];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

export function hasMessage(reason: string): boolean {
  return reason in fr;
}

/** Used by a unit test: both languages know the same reasons. */
export function catalogueKeys(locale: Locale): string[] {
  return Object.keys(catalogues[locale]);
}
