import { MessageTexts } from '@assoc/platform-domain';

/**
 * The reasons only projects gives, each in French and English, once: its api module registers them with
 * the platform's catalogue (`registerMessages`). Generic reasons (required, isInt, min, max,
 * endBeforeStart...) are the platform's. `{name}` placeholders are filled from the problem's params.
 */
export const PROJECTS_MESSAGES = {
  vatRateNotAllowed: {
    fr: "Ce taux de TVA n'est pas autorisé (0 ; 2,1 ; 5,5 ; 10 ou 20 %).",
    en: 'This VAT rate is not allowed (0, 2.1, 5.5, 10 or 20%).',
  },
  weightNotPositive: { fr: 'Le poids doit être un nombre positif.', en: 'The weight must be a positive number.' },
  overpaymentUnconfirmed: {
    fr: 'Ce versement dépasse de {over} ce que cette personne doit encore ({owed}) : confirmez le trop-perçu pour l’enregistrer.',
    en: 'This contribution is {over} more than this person still owes ({owed}): confirm the overpayment to record it.',
  },
  overpaymentLimit: {
    fr: 'Ce versement dépasse de {over} ce que cette personne doit encore ({owed}), au-delà de la limite de trop-perçu du projet ({limit}) : le bureau peut relever cette limite.',
    en: 'This contribution is {over} more than this person still owes ({owed}), beyond the project’s overpayment limit ({limit}): the board can raise that limit.',
  },
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
  reversalMismatch: {
    fr: "Une annulation doit reprendre l'écriture annulée, comptes inversés.",
    en: 'A reversal must mirror the entry it reverses, accounts swapped.',
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
  notEditable: {
    fr: "Le projet n'est plus un brouillon : il ne peut plus être modifié.",
    en: 'The project is no longer a draft: it cannot be edited.',
  },
  voteAfterJoinDeadline: {
    fr: 'Le vote doit se terminer avant la date limite des participations.',
    en: 'The vote must end before the joining deadline.',
  },
  voteClosed: { fr: 'Le vote est clos pour ce projet.', en: 'Voting is closed for this project.' },
  voteNotDecided: {
    fr: "Le résultat peut encore changer : attendez la date limite ou d'autres votes.",
    en: 'The outcome can still change: wait for the deadline or more votes.',
  },
  notConsultant: {
    fr: "Cette personne n'est pas consultante de l'association.",
    en: 'This person is not a consultant of the association.',
  },
  notOpenForJoining: {
    fr: "Le projet n'est pas ouvert aux participations.",
    en: 'The project is not open for joining.',
  },
  notParticipant: { fr: 'Vous ne participez pas à ce projet.', en: 'You do not take part in this project.' },
  ledgerClosed: {
    fr: "Le projet n'accepte pas d'écritures dans son état actuel (seulement financé ou en cours).",
    en: 'The project does not accept entries in its current state (only funded or active).',
  },
  notDocument: {
    fr: 'Le fichier doit être un PDF ou une image PNG, JPEG ou WebP.',
    en: 'The file must be a PDF or a PNG, JPEG or WebP image.',
  },
  receiptUnavailable: {
    fr: "Ce justificatif n'est plus disponible : envoyez-le à nouveau.",
    en: 'This receipt is no longer available: upload it again.',
  },
  notPendingApproval: {
    fr: 'Cette écriture n’attend pas de seconde signature.',
    en: 'This entry is not awaiting a second signature.',
  },
  alreadyApproved: {
    fr: 'Cette dépense a déjà été approuvée par un autre membre du bureau.',
    en: 'This expense has already been approved by another board member.',
  },
  alreadyRejected: {
    fr: 'Cette dépense a déjà été refusée par un autre membre du bureau.',
    en: 'This expense has already been rejected by another board member.',
  },
  sameSigner: {
    fr: 'Vous avez enregistré cette dépense : la seconde signature revient à un autre membre du bureau.',
    en: 'You recorded this expense: the second signature must come from another board member.',
  },
  reversePending: {
    fr: 'Cette dépense attend une seconde signature : refusez-la plutôt que de l’annuler.',
    en: 'This expense is awaiting a second signature: reject it instead of reversing it.',
  },
  reverseRejected: {
    fr: 'Cette dépense a été refusée : elle ne compte pas, il n’y a rien à annuler.',
    en: 'This expense was rejected: it does not count, there is nothing to reverse.',
  },
  closePendingSignatures: {
    fr: 'Le projet ne peut pas être clôturé tant que des dépenses attendent une seconde signature (en attente : {count}). Approuvez-les ou refusez-les d’abord.',
    en: 'The project cannot be closed while expenses await a second signature (awaiting: {count}). Approve or reject them first.',
  },
  idempotencyKeyReused: {
    fr: 'Cette clé a déjà servi pour une autre opération.',
    en: 'This key was already used for another operation.',
  },
} as const satisfies MessageTexts;
