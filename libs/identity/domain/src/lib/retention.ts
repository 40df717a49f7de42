import { RetentionPeriod } from '@assoc/platform-domain';
import { EMAIL_CHANGE_UNDO_DAYS } from './account';
import { SESSION_TTL_DAYS, SIGN_UP_TTL_HOURS } from './password-policy';

/**
 * Rows are deleted this long after they expire: meanwhile an expired link still says it expired (rather than
 * "invalid"), then nothing is left of it.
 */
export const IDENTITY_PURGE_GRACE_DAYS = 1;

/**
 * Identity's retention periods (issue 25 part 6): the identity purge job deletes by the same constants, the privacy
 * page prints these.
 */
export const IDENTITY_RETENTION: readonly RetentionPeriod[] = [
  {
    key: 'identity.sessions',
    days: SESSION_TTL_DAYS + IDENTITY_PURGE_GRACE_DAYS,
    what: {
      fr: 'Sessions de connexion (navigateur, système, première et dernière activité) : supprimées au plus tard ce nombre de jours après la connexion',
      en: 'Signed-in sessions (browser, system, first and last activity): deleted at the latest this many days after signing in',
    },
  },
  {
    key: 'identity.pendingSignUps',
    days: Math.ceil(SIGN_UP_TTL_HOURS / 24) + IDENTITY_PURGE_GRACE_DAYS,
    what: {
      fr: 'Inscriptions non confirmées (nom, e-mail) : supprimées au plus tard ce nombre de jours après la demande',
      en: 'Unconfirmed sign-ups (name, e-mail): deleted at the latest this many days after the request',
    },
  },
  {
    key: 'identity.emailChanges',
    days: EMAIL_CHANGE_UNDO_DAYS + IDENTITY_PURGE_GRACE_DAYS,
    what: {
      fr: "Changements d'adresse e-mail (ancienne et nouvelle adresse) : supprimés au plus tard ce nombre de jours après le changement",
      en: 'E-mail address changes (old and new address): deleted at the latest this many days after the change',
    },
  },
];
