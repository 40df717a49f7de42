import { Locale, renderMail } from '@assoc/platform-api';
import { EMAIL_CHANGE_TTL_HOURS, EMAIL_CHANGE_UNDO_DAYS } from '@assoc/identity-domain';

interface Person {
  name: string;
  locale: Locale;
}

/** To the NEW address: the link that makes it the account's address. */
export function confirmEmailChangeMail(to: string, person: Person, link: string) {
  const fr = person.locale === Locale.FR;
  return renderMail({
    to,
    subject: fr ? 'Confirmez votre nouvelle adresse e-mail' : 'Confirm your new e-mail address',
    greeting: fr ? `Bonjour ${person.name},` : `Hello ${person.name},`,
    paragraphs: [
      fr
        ? `Vous avez demandé que cette adresse devienne celle de votre compte. Elle le deviendra quand vous aurez suivi ce lien, valable ${EMAIL_CHANGE_TTL_HOURS} heures et qui ne sert qu'une fois.`
        : `You asked for this address to become your account's address. It will once you follow this link, valid for ${EMAIL_CHANGE_TTL_HOURS} hours and usable once.`,
    ],
    action: { label: fr ? 'Confirmer ma nouvelle adresse' : 'Confirm my new address', url: link },
    footer: fr
      ? "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : rien ne changera."
      : 'If you did not ask for this, ignore this message: nothing will change.',
  });
}

/** To the OLD address, once the change took effect: what happened, and the link that puts it back. */
export function emailChangedNoticeMail(to: string, person: Person, newEmail: string, undoLink: string) {
  const fr = person.locale === Locale.FR;
  return renderMail({
    to,
    subject: fr ? "L'adresse e-mail de votre compte a changé" : "Your account's e-mail address has changed",
    greeting: fr ? `Bonjour ${person.name},` : `Hello ${person.name},`,
    paragraphs: [
      fr
        ? `L'adresse e-mail de votre compte est désormais ${newEmail}. Les messages du compte n'arriveront plus ici.`
        : `Your account's e-mail address is now ${newEmail}. The account's messages will no longer come here.`,
      fr
        ? `Si ce n'était pas vous, ce lien remet cette adresse sur le compte et déconnecte toutes ses sessions. Il est valable ${EMAIL_CHANGE_UNDO_DAYS} jours.`
        : `If it was not you, this link puts this address back on the account and logs every one of its sessions out. It is valid for ${EMAIL_CHANGE_UNDO_DAYS} days.`,
    ],
    action: { label: fr ? 'Annuler ce changement' : 'Undo this change', url: undoLink },
    footer: fr
      ? 'Si vous avez fait ce changement vous-même, ignorez ce message.'
      : 'If you made this change yourself, ignore this message.',
  });
}
