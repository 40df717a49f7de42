/**
 * One refused field, named by its path in the input ("lines.2.vatRateBp", "weights.0.weight") and a
 * reason key. Generic reasons reuse the platform's message catalogue keys (required, isInt, min,
 * max, isEnum); the projects' own reasons are listed in PROJECT_PROBLEM_MESSAGES.
 */
export interface ProjectProblem {
  path: string;
  reason: string;
  params?: Record<string, string | number>;
}

/** Either the value computed or the problems that prevented it (never both). */
export type ProjectResult<T> = { ok: true; value: T } | { ok: false; problems: ProjectProblem[] };

export const ok = <T>(value: T): ProjectResult<T> => ({ ok: true, value });
export const refused = <T>(problems: ProjectProblem[]): ProjectResult<T> => ({ ok: false, problems });

/**
 * French and English messages for the reasons only projects use, for the platform's catalogue
 * (`{name}` placeholders come from the problem's params).
 */
export const PROJECT_PROBLEM_MESSAGES: Readonly<Record<string, { fr: string; en: string }>> = {
  vatRateNotAllowed: {
    fr: "Ce taux de TVA n'est pas autorisé (0 ; 2,1 ; 5,5 ; 10 ou 20 %).",
    en: 'This VAT rate is not allowed (0, 2.1, 5.5, 10 or 20%).',
  },
  weightNotPositive: { fr: 'Le poids doit être un nombre positif.', en: 'The weight must be a positive number.' },
  unknownParticipant: {
    fr: 'Cette personne ne participe pas au projet.',
    en: 'This person does not take part in the project.',
  },
  participantRepeated: { fr: 'Cette personne apparaît deux fois.', en: 'This person appears twice.' },
  noParticipants: { fr: "Le projet n'a encore aucun participant.", en: 'The project has no participants yet.' },
  fixedExceedsTotal: {
    fr: 'Les montants fixes dépassent le total du budget ({total}).',
    en: 'The fixed amounts exceed the budget total ({total}).',
  },
  fixedMustSumToTotal: {
    fr: 'Tous les participants ont un montant fixe : ces montants doivent faire exactement le total ({total}).',
    en: 'Every participant has a fixed amount: together they must make exactly the total ({total}).',
  },
  transitionNotAllowed: {
    fr: "Le projet ne peut pas passer de l'état « {from} » par « {event} ».",
    en: 'The project cannot go from "{from}" through "{event}".',
  },
  sameAccount: {
    fr: 'Le compte débité et le compte crédité doivent être différents.',
    en: 'The debited and credited accounts must differ.',
  },
  isAccount: { fr: "Ce compte n'existe pas.", en: 'This account does not exist.' },
  entryNotFound: { fr: "Cette écriture n'existe pas.", en: 'This entry does not exist.' },
  alreadyReversed: { fr: 'Cette écriture a déjà été annulée.', en: 'This entry has already been reversed.' },
  accountsNotForKind: {
    fr: 'Ces comptes ne conviennent pas à ce type d’opération.',
    en: 'These accounts do not fit this kind of movement.',
  },
  isCalendarDay: {
    fr: "Cette date n'existe pas (format AAAA-MM-JJ).",
    en: 'This date does not exist (format YYYY-MM-DD).',
  },
  milestoneNeedsDate: { fr: 'Une étape doit avoir une date.', en: 'A milestone needs a date.' },
  tasksFrozen: {
    fr: 'Le projet est terminé : ses tâches ne changent plus.',
    en: 'The project is over: its tasks no longer change.',
  },
  assigneeNotAllowed: {
    fr: 'Cette personne ne peut pas recevoir de tâche dans ce projet (adhérent actif, ou consultant affecté au projet).',
    en: 'This person cannot be assigned a task in this project (an active member, or a consultant assigned to the project).',
  },
  reversalMismatch: {
    fr: "Une annulation doit reprendre l'écriture annulée, comptes inversés.",
    en: 'A reversal must mirror the entry it reverses, accounts swapped.',
  },
};
