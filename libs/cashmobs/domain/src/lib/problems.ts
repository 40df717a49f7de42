/**
 * One refused field, named by its path in the input ("startsAt", "spendMaxCents") and a reason key.
 * Generic reasons reuse the platform's message catalogue keys (isInt, min, max, isEmail, maxLength);
 * the cashmobs' own reasons are listed in CASHMOB_PROBLEM_MESSAGES.
 */
export interface CashmobProblem {
  path: string;
  reason: string;
  params?: Record<string, string | number>;
}

/** Either the value computed or the problems that prevented it (never both). */
export type CashmobResult<T> = { ok: true; value: T } | { ok: false; problems: CashmobProblem[] };

export const ok = <T>(value: T): CashmobResult<T> => ({ ok: true, value });
export const refused = <T>(problems: CashmobProblem[]): CashmobResult<T> => ({ ok: false, problems });

/**
 * French and English messages for the reasons only cashmobs use, copied word for word into the
 * platform's catalogue (a test in cashmobs-api checks it); `{name}` placeholders come from params.
 */
export const CASHMOB_PROBLEM_MESSAGES: Readonly<Record<string, { fr: string; en: string }>> = {
  cashmobTransitionNotAllowed: {
    fr: "Le cashmob ne peut pas passer de l'état « {from} » par « {event} ».",
    en: 'The cashmob cannot go from "{from}" through "{event}".',
  },
  cashmobStarted: { fr: 'Le cashmob a déjà commencé.', en: 'The cashmob has already started.' },
  cashmobNotStarted: {
    fr: 'Le résultat se saisit une fois le cashmob commencé.',
    en: 'The result can be recorded once the cashmob has started.',
  },
  startTooSoon: {
    fr: 'Le cashmob doit être prévu au moins {days} jours à l’avance.',
    en: 'The cashmob must be planned at least {days} days ahead.',
  },
  endBeforeStart: { fr: 'La fin doit suivre le début.', en: 'The end must come after the start.' },
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
  noShop: {
    fr: "Cet adhérent n'a pas de boutique dans l'association.",
    en: 'This member has no shop in the association.',
  },
};
