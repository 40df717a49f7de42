import { RetentionPeriod } from '@assoc/platform-domain';

/** What a customer may consent to, each separately (issue 17): the card, the shops' news, the ideas box. */
export const CUSTOMER_PURPOSES = ['loyalty', 'news', 'ideas'] as const;
export type CustomerPurpose = (typeof CUSTOMER_PURPOSES)[number];
export type CustomerConsents = Record<CustomerPurpose, boolean>;

export const CUSTOMER_LANGUAGES = ['fr', 'en'] as const;
export type CustomerLanguage = (typeof CUSTOMER_LANGUAGES)[number];

export const CUSTOMER_FIRST_NAME_MAX = 60;

/** A magic link works once, for this long after it is mailed. */
export const CUSTOMER_LINK_TTL_HOURS = 24;
/** A customer's session (the card on the phone's home screen) lasts this long after the link was opened. */
export const CUSTOMER_SESSION_TTL_DAYS = 180;
/** Expired links and sessions, and joins never confirmed, are deleted this long after they expire. */
export const CUSTOMERS_PURGE_GRACE_DAYS = 1;

/**
 * A join needs at least one purpose: without one there is nothing we may keep the first name and e-mail for
 * (data minimisation). Withdrawing them all later is as easy as giving them (GDPR art. 7(3)): the my-data
 * page allows it and offers the erasure.
 */
export function hasAPurpose(consents: CustomerConsents): boolean {
  return CUSTOMER_PURPOSES.some((p) => consents[p]);
}

/** The key an e-mail is unique by within an association: trimmed, lower case. */
export function customerEmailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** The customers domain's retention periods: its purge job deletes by the same constants, /privacy prints them. */
export const CUSTOMERS_RETENTION: readonly RetentionPeriod[] = [
  {
    key: 'customers.unconfirmedJoins',
    days: Math.ceil(CUSTOMER_LINK_TTL_HOURS / 24) + CUSTOMERS_PURGE_GRACE_DAYS,
    what: {
      fr: 'Adhésions de clients jamais confirmées (prénom, e-mail, consentements) : supprimées au plus tard ce nombre de jours après la demande',
      en: 'Customer joins never confirmed (first name, e-mail, consents): deleted at the latest this many days after the request',
    },
  },
  {
    key: 'customers.links',
    days: Math.ceil(CUSTOMER_LINK_TTL_HOURS / 24) + CUSTOMERS_PURGE_GRACE_DAYS,
    what: {
      fr: 'Liens de connexion envoyés aux clients : supprimés au plus tard ce nombre de jours après l’envoi',
      en: 'Sign-in links mailed to customers: deleted at the latest this many days after they are sent',
    },
  },
  {
    key: 'customers.sessions',
    days: CUSTOMER_SESSION_TTL_DAYS + CUSTOMERS_PURGE_GRACE_DAYS,
    what: {
      fr: 'Sessions des clients (carte sur le téléphone) : supprimées au plus tard ce nombre de jours après la connexion',
      en: 'Customer sessions (the card on the phone): deleted at the latest this many days after signing in',
    },
  },
];
