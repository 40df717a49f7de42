import { MessageTexts } from '@assoc/platform-domain';

/**
 * The reasons only associations gives, each in French and English, once: its api module registers them with
 * the platform's catalogue (`registerMessages`). Generic reasons (required, isInt, min, max,
 * endBeforeStart...) are the platform's. `{name}` placeholders are filled from the problem's params.
 */
export const ASSOCIATIONS_MESSAGES = {
  invitationEmailMismatch: {
    fr: 'Cette invitation a été envoyée à une autre adresse e-mail.',
    en: 'This invitation was sent to another e-mail address.',
  },
  alreadyMember: {
    fr: 'Cette personne est déjà adhérente de l’association.',
    en: 'This person is already a member of the association.',
  },
  invitationPending: {
    fr: 'Une invitation est déjà en attente pour cette adresse.',
    en: 'An invitation is already pending for this address.',
  },
  invitationNotPending: { fr: "Cette invitation n'est plus en attente.", en: 'This invitation is no longer pending.' },
  roleNotGrantable: { fr: 'Vous ne pouvez pas attribuer ce rôle.', en: 'You may not grant this role.' },
  lastPresident: {
    fr: "L'association doit garder au moins un président : nommez-en un autre d'abord.",
    en: 'The association must keep at least one president: appoint another one first.',
  },
  cannotRemoveSelf: {
    fr: 'Pour quitter l’association, utilisez « Quitter ».',
    en: 'To leave the association, use "Leave".',
  },
} as const satisfies MessageTexts;
