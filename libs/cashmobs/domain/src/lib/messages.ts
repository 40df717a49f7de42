import { MessageTexts } from '@assoc/platform-domain';

/**
 * The reasons only cashmobs gives, each in French and English, once: its api module registers them with
 * the platform's catalogue (`registerMessages`). Generic reasons (required, isInt, min, max,
 * endBeforeStart...) are the platform's. `{name}` placeholders are filled from the problem's params.
 */
export const CASHMOBS_MESSAGES = {
  cashmobTransitionNotAllowed: {
    fr: "Le cashmob ne peut pas passer de l'état « {from} » par « {event} ».",
    en: 'The cashmob cannot go from "{from}" through "{event}".',
  },
  cashmobStarted: { fr: 'Le cashmob a déjà commencé.', en: 'The cashmob has already started.' },
  cashmobNotStarted: {
    fr: 'Le résultat se saisit une fois le cashmob commencé.',
    en: 'The result can be recorded once the cashmob has started.',
  },
  startInPast: {
    fr: 'Le début du cashmob est déjà passé : choisissez une date et une heure à venir.',
    en: 'The cashmob’s start has already passed: choose a date and time still to come.',
  },
  startTooSoon: {
    fr: 'Le cashmob doit être prévu au moins {days} jours à l’avance.',
    en: 'The cashmob must be planned at least {days} days ahead.',
  },
  cashmobTooLong: { fr: 'Un cashmob dure au plus {hours} heures.', en: 'A cashmob lasts at most {hours} hours.' },
  spendRangeOrder: {
    fr: 'Le montant maximum doit être au moins égal au minimum.',
    en: 'The maximum amount must be at least the minimum.',
  },
  capacityBelowSignUps: {
    fr: 'La capacité ne peut pas être inférieure aux {count} inscriptions confirmées.',
    en: 'The capacity cannot be below the {count} confirmed sign-ups.',
  },
  spendOutOfRange: {
    fr: 'Le montant doit être compris dans la fourchette proposée.',
    en: 'The amount must be within the suggested range.',
  },
  alreadySignedUp: {
    fr: 'Cette adresse e-mail est déjà inscrite à ce cashmob.',
    en: 'This e-mail address is already signed up for this cashmob.',
  },
  signUpsClosed: { fr: 'Les inscriptions à ce cashmob sont fermées.', en: 'Sign-ups for this cashmob are closed.' },
  signUpCancelled: { fr: 'Cette inscription est annulée.', en: 'This sign-up is cancelled.' },
  consentRequired: { fr: 'Votre accord est nécessaire pour vous inscrire.', en: 'Your consent is needed to sign up.' },
  notCashmobShop: {
    fr: 'Seul le commerçant qui accueille ce cashmob peut faire cela.',
    en: 'Only the shopkeeper hosting this cashmob can do this.',
  },
  notCashmobOrganiser: {
    fr: "Seul l'organisateur de ce cashmob peut faire cela.",
    en: 'Only the organiser of this cashmob can do this.',
  },
  notCashmobManager: {
    fr: "Seuls l'organisateur, le commerçant et le bureau peuvent faire cela.",
    en: 'Only the organiser, the shopkeeper and the board can do this.',
  },
  checkInCodeInvalid: {
    fr: 'Ce code d’entrée ne correspond à aucune inscription à ce cashmob : vérifiez-le ou cherchez la personne dans la liste.',
    en: 'This check-in code matches no sign-up for this cashmob: check it or find the person in the list.',
  },
  noShop: {
    fr: "Cet adhérent n'a pas de boutique dans l'association.",
    en: 'This member has no shop in the association.',
  },
} as const satisfies MessageTexts;
