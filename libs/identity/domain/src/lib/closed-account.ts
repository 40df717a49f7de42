import { Locale, MessageTexts } from '@assoc/platform-domain';

/**
 * A closed account (issue 25, leaving for good): its `users` row stays, so every record that points to it
 * stays valid, but nothing personal is left on it. The stored name becomes the French label (the platform
 * speaks French first, so a read that does not know its reader's language still says something true), and
 * every read that knows the reader's language shows the label in that language (`personName`).
 */
export const FORMER_MEMBER_NAME: Readonly<Record<Locale, string>> = {
  [Locale.FR]: 'Ancien membre',
  [Locale.EN]: 'Former member',
};

/** The name a reader sees for a person: their own, or "Ancien membre" / "Former member" once the account is closed. */
export function personName(person: { name: string; closed: boolean }, reader: Locale): string {
  return person.closed ? FORMER_MEMBER_NAME[reader] : person.name;
}

/**
 * What replaces a closed account's e-mail: unique per account (the column is unique) and not an address
 * (no `@`), so nobody can sign up, log in or be mailed with it, and the real address is free for a new account.
 */
export function closedAccountEmail(userId: string): string {
  return `closed:${userId}`;
}

/** True for the e-mail `closedAccountEmail` stores. */
export function isClosedAccountEmail(email: string): boolean {
  return email.startsWith('closed:');
}

/** The reasons closing an account gives (issue 25), in French and English; identity's module registers them. */
export const ACCOUNT_CLOSING_MESSAGES = {
  closingPasswordWrong: {
    fr: 'Ce mot de passe n’est pas le bon : saisissez votre mot de passe actuel pour fermer le compte.',
    en: 'This password is wrong: enter your current password to close the account.',
  },
  closingSolePresident: {
    fr: 'Vous êtes le seul président de « {associations} » : confiez d’abord ce rôle à un autre membre (page Membres), puis fermez votre compte.',
    en: 'You are the only president of “{associations}”: hand the role over to another member first (Members page), then close your account.',
  },
  closingCodeRequired: {
    fr: 'Saisissez le code de votre application de double authentification (ou un code de secours).',
    en: 'Enter the code from your two-step verification app (or a recovery code).',
  },
} as const satisfies MessageTexts;
