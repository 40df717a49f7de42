import { Locale } from './locale';

/** A reason's text in each language, French first; `{name}` placeholders are filled from the problem's params. */
export interface MessageText {
  readonly fr: string;
  readonly en: string;
}

/** Reason key -> its texts. Each domain's `domain` library exports one (`CASHMOBS_MESSAGES`...). */
export type MessageTexts = Readonly<Record<string, MessageText>>;

/**
 * The platform's own reasons: the generic ones every domain may give (validation, files and limits,
 * links, access). A domain's own reasons live in its `domain` library and are registered by its api
 * module with `registerMessages` (ADR 0026).
 */
export const PLATFORM_MESSAGES = {
  // Validation: class-validator constraint names and the shapes every input shares.
  required: { fr: 'Ce champ est obligatoire.', en: 'This field is required.' },
  isNotEmpty: { fr: 'Ce champ est obligatoire.', en: 'This field is required.' },
  isString: { fr: 'Ce champ doit être un texte.', en: 'This field must be text.' },
  isInt: { fr: 'Ce champ doit être un nombre entier.', en: 'This field must be a whole number.' },
  isBoolean: { fr: 'Ce champ doit valoir vrai ou faux.', en: 'This field must be true or false.' },
  isNumber: { fr: 'Ce champ doit être un nombre.', en: 'This field must be a number.' },
  isArray: { fr: 'Ce champ doit être une liste.', en: 'This field must be a list.' },
  isEnum: {
    fr: 'Cette valeur ne fait pas partie des choix possibles.',
    en: 'This value is not one of the allowed choices.',
  },
  isEmail: { fr: "L'adresse e-mail n'est pas valide.", en: 'The e-mail address is not valid.' },
  isUrl: {
    fr: "L'adresse du site n'est pas valide (ex. https://ma-boutique.fr).",
    en: 'The website address is not valid (e.g. https://my-shop.com).',
  },
  isPhone: { fr: "Le numéro de téléphone n'est pas valide.", en: 'The phone number is not valid.' },
  isPostcode: { fr: 'Le code postal doit comporter 5 chiffres.', en: 'The postcode must have 5 digits.' },
  isTimeZone: { fr: "Ce fuseau horaire n'existe pas.", en: 'This time zone does not exist.' },
  isCurrency: { fr: "Cette devise n'est pas reconnue.", en: 'This currency is not recognised.' },
  isUuid: { fr: "Cet identifiant n'est pas valide.", en: 'This identifier is not valid.' },
  isTime: { fr: "L'heure doit être au format HH:MM (ex. 09:30).", en: 'The time must be HH:MM (e.g. 09:30).' },
  minLength: {
    fr: 'Ce champ doit comporter au moins {min} caractères.',
    en: 'This field must have at least {min} characters.',
  },
  maxLength: {
    fr: 'Ce champ doit comporter au plus {max} caractères.',
    en: 'This field must have at most {max} characters.',
  },
  min: { fr: 'La valeur doit être au moins {min}.', en: 'The value must be at least {min}.' },
  max: { fr: 'La valeur doit être au plus {max}.', en: 'The value must be at most {max}.' },
  arrayMaxSize: { fr: 'Pas plus de {max} éléments.', en: 'No more than {max} items.' },
  whitelistValidation: { fr: "Ce champ n'est pas attendu.", en: 'This field is not expected.' },
  invalid: { fr: "Cette valeur n'est pas valide.", en: 'This value is not valid.' },
  controlCharacter: {
    fr: 'Ce champ contient un caractère invisible non autorisé (caractère de contrôle).',
    en: 'This field contains an invisible character that is not allowed (a control character).',
  },
  isCalendarDay: {
    fr: "Cette date n'existe pas (format AAAA-MM-JJ).",
    en: 'This date does not exist (format YYYY-MM-DD).',
  },
  isCalendarDate: {
    fr: "Cette date n'existe pas (ex. 30 février, 31 avril ou 24 h 00).",
    en: 'This date does not exist (e.g. 30 February, 31 April or 24:00).',
  },
  isDate: {
    fr: 'Indiquez une date au format ISO 8601 (ex. 2026-12-24 ou 2026-12-24T18:00:00Z).',
    en: 'Give a date in ISO 8601 format (e.g. 2026-12-24 or 2026-12-24T18:00:00Z).',
  },
  isInstant: {
    fr: 'Indiquez un instant au format ISO 8601 avec son fuseau (ex. 2026-12-24T18:00:00Z).',
    en: 'Give an instant in ISO 8601 format with its time zone (e.g. 2026-12-24T18:00:00Z).',
  },
  deadlineInPast: { fr: 'La date limite doit être dans le futur.', en: 'The deadline must be in the future.' },
  endBeforeStart: { fr: 'La fin doit suivre le début.', en: 'The end must come after the start.' },
  // Files and limits.
  notImage: {
    fr: 'Le fichier doit être une image PNG, JPEG ou WebP.',
    en: 'The file must be a PNG, JPEG or WebP image.',
  },
  fileTooLarge: { fr: 'Le fichier ne doit pas dépasser {max} Mo.', en: 'The file must not exceed {max} MB.' },
  fileMissing: { fr: 'Choisissez un fichier.', en: 'Choose a file.' },
  requestTooLarge: {
    fr: 'La requête dépasse la taille maximale acceptée ({max} ko).',
    en: 'The request is larger than the accepted maximum ({max} kB).',
  },
  tooManyTokens: {
    fr: "L'opération est trop longue : au plus {max} éléments (tokens) par requête.",
    en: 'The operation is too long: at most {max} tokens per request.',
  },
  // The operation limits (graphql-armor's and ours): a real page never reaches them.
  tooDeep: {
    fr: 'La requête est trop imbriquée : au plus {max} niveaux.',
    en: 'The request is nested too deep: at most {max} levels.',
  },
  tooManyAliases: {
    fr: "La requête compte trop d'alias : au plus {max} par requête.",
    en: 'Too many aliases: at most {max} per request.',
  },
  tooManyDirectives: {
    fr: 'La requête compte trop de directives : au plus {max} par requête.',
    en: 'Too many directives: at most {max} per request.',
  },
  tooCostly: {
    fr: 'La requête demande trop de données à la fois (coût {cost}, au plus {max}).',
    en: 'The request asks for too much at once (cost {cost}, at most {max}).',
  },
  tooManyAttempts: {
    fr: 'Trop de tentatives. Réessayez dans quelques minutes.',
    en: 'Too many attempts. Try again in a few minutes.',
  },
  // Links carrying a token (invitations, resets, calendar feeds, unsubscribe).
  tokenInvalid: {
    fr: "Ce lien n'est pas valide ou a déjà servi.",
    en: 'This link is not valid or has already been used.',
  },
  tokenExpired: { fr: 'Ce lien a expiré.', en: 'This link has expired.' },
  // Access and the service itself.
  unauthenticated: { fr: 'Connectez-vous pour continuer.', en: 'Log in to continue.' },
  forbidden: { fr: "Vous n'avez pas le droit de faire cela.", en: 'You are not allowed to do this.' },
  notFound: { fr: 'Introuvable.', en: 'Not found.' },
  noAssociation: { fr: 'Choisissez une association.', en: 'Choose an association.' },
  /** The access guard: an operation on money, roles or rules, in an association that requires a second factor, by a person without one. */
  secondFactorRequired: {
    fr: 'Cette association exige la double authentification pour les opérations sur l’argent, les rôles, les règles et les données de l’association : activez-la dans Mon compte › Sécurité, puis recommencez.',
    en: 'This association requires two-step verification for operations on money, roles, rules and the association’s data: turn it on in My account › Security, then try again.',
  },
  internal: { fr: 'Une erreur inattendue est survenue.', en: 'An unexpected error occurred.' },
  malformedJson: { fr: "Le corps de la requête n'est pas du JSON valide.", en: 'The request body is not valid JSON.' },
  serviceUnavailable: {
    fr: 'Le service est momentanément indisponible. Réessayez dans quelques instants.',
    en: 'The service is temporarily unavailable. Try again in a moment.',
  },
  databaseTimeout: {
    fr: 'Le service est trop chargé pour répondre à temps. Réessayez dans quelques instants.',
    en: 'The service is too busy to answer in time. Try again in a moment.',
  },
} as const satisfies MessageTexts;

function platformCatalogue(): Map<string, { owner: string; text: MessageText }> {
  return new Map(Object.entries(PLATFORM_MESSAGES).map(([reason, text]) => [reason, { owner: 'platform', text }]));
}

/**
 * Every registered reason, with the library that owns it. Built by a call marked pure, so that a web
 * bundle importing this package for its roles (the log-in page's first load, ADR 0036) drops the
 * catalogue.
 */
const catalogue = /* @__PURE__ */ platformCatalogue();

/**
 * Adds a domain's reasons to the catalogue the API answers from. A reason belongs to one owner: a key
 * another owner already registered is refused (registering the same owner's list again is harmless,
 * as when two API instances start in one process).
 */
export function registerMessages(owner: string, texts: MessageTexts): void {
  for (const [reason, text] of Object.entries(texts)) {
    const known = catalogue.get(reason);
    if (known && known.owner !== owner)
      throw new Error(`The reason '${reason}' is defined by both ${known.owner} and ${owner}: keep it in one place.`);
    catalogue.set(reason, { owner, text });
  }
}

const textOf = (locale: Locale, reason: string): string | undefined => {
  const text = catalogue.get(reason)?.text;
  return locale === Locale.EN ? text?.en : text?.fr;
};

/** The message for a reason in a locale, with its params filled in; falls back to a generic one. */
export function message(locale: Locale, reason: string, params: Record<string, string | number> = {}): string {
  const template = textOf(locale, reason) || (textOf(locale, 'invalid') as string);
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

export function hasMessage(reason: string): boolean {
  return catalogue.has(reason);
}

/** The reasons with a text in a locale (a unit test checks both languages know the same ones). */
export function catalogueKeys(locale: Locale): string[] {
  return [...catalogue.keys()].filter((reason) => Boolean(textOf(locale, reason)));
}

/** The composed catalogue: every registered reason with its owner and texts (the API's audit reads it). */
export function registeredMessages(): { reason: string; owner: string; text: MessageText }[] {
  return [...catalogue].map(([reason, { owner, text }]) => ({ reason, owner, text }));
}

/** Who registered a reason ('platform', 'cashmobs'...), or undefined. */
export function messageOwner(reason: string): string | undefined {
  return catalogue.get(reason)?.owner;
}
