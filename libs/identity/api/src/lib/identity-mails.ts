import { Locale, renderMail } from '@assoc/platform-api';
import { PASSWORD_RESET_TTL_MINUTES, SIGN_UP_TTL_HOURS } from '@assoc/identity-domain';

export function passwordResetMail(to: { email: string; name: string; locale: Locale }, link: string) {
  const fr = to.locale === Locale.FR;
  return renderMail({
    to: to.email,
    subject: fr ? 'Choisir un nouveau mot de passe' : 'Choose a new password',
    greeting: fr ? `Bonjour ${to.name},` : `Hello ${to.name},`,
    paragraphs: [
      fr
        ? `Vous avez demandé à changer votre mot de passe. Ce lien est valable ${PASSWORD_RESET_TTL_MINUTES} minutes et ne sert qu'une fois.`
        : `You asked to change your password. This link is valid for ${PASSWORD_RESET_TTL_MINUTES} minutes and works once.`,
    ],
    action: { label: fr ? 'Choisir un nouveau mot de passe' : 'Choose a new password', url: link },
    footer: fr
      ? "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message."
      : 'If you did not ask for this, ignore this message.',
  });
}

/** A password reset was asked for an address without an account: say so to that address only. */
export function noAccountMail(email: string, locale: Locale, signUpUrl: string) {
  const fr = locale === Locale.FR;
  return renderMail({
    to: email,
    subject: fr ? 'Aucun compte avec cette adresse' : 'No account with this address',
    greeting: fr ? 'Bonjour,' : 'Hello,',
    paragraphs: [
      fr
        ? "Quelqu'un a demandé à changer le mot de passe du compte de cette adresse e-mail, mais aucun compte n'existe avec elle."
        : 'Someone asked to change the password of the account of this e-mail address, but there is no account with it.',
    ],
    action: { label: fr ? 'Créer un compte' : 'Create an account', url: signUpUrl },
    footer: fr
      ? "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message."
      : 'If you did not ask for this, ignore this message.',
  });
}

/** The link that confirms a new account's address (and creates the account). */
export function confirmSignUpMail(to: { email: string; name: string; locale: Locale }, link: string) {
  const fr = to.locale === Locale.FR;
  return renderMail({
    to: to.email,
    subject: fr ? 'Confirmez votre adresse e-mail' : 'Confirm your e-mail address',
    greeting: fr ? `Bonjour ${to.name},` : `Hello ${to.name},`,
    paragraphs: [
      fr
        ? `Pour terminer la création de votre compte, confirmez votre adresse e-mail. Ce lien est valable ${SIGN_UP_TTL_HOURS} heures et ne sert qu'une fois.`
        : `To finish creating your account, confirm your e-mail address. This link is valid for ${SIGN_UP_TTL_HOURS} hours and works once.`,
    ],
    action: { label: fr ? 'Confirmer mon adresse' : 'Confirm my address', url: link },
    footer: fr
      ? "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : aucun compte ne sera créé."
      : 'If you did not ask for this, ignore this message: no account will be created.',
  });
}

/** Someone tried to create an account with an address that has one: tell its owner, nobody else. */
export function accountExistsMail(to: { email: string; name: string; locale: Locale }, publicUrl: string) {
  const fr = to.locale === Locale.FR;
  return renderMail({
    to: to.email,
    subject: fr ? 'Vous avez déjà un compte' : 'You already have an account',
    greeting: fr ? `Bonjour ${to.name},` : `Hello ${to.name},`,
    paragraphs: [
      fr
        ? "Quelqu'un a essayé de créer un compte avec votre adresse e-mail, qui en a déjà un. Si c'était vous, connectez-vous, ou choisissez un nouveau mot de passe si vous l'avez oublié."
        : 'Someone tried to create an account with your e-mail address, which already has one. If it was you, log in, or choose a new password if you forgot it.',
      fr ? `Mot de passe oublié : ${publicUrl}/forgot-password` : `Forgot your password: ${publicUrl}/forgot-password`,
    ],
    action: { label: fr ? 'Se connecter' : 'Log in', url: `${publicUrl}/login` },
    footer: fr
      ? "Si ce n'était pas vous, ignorez ce message : votre compte n'a pas changé."
      : 'If it was not you, ignore this message: your account has not changed.',
  });
}
