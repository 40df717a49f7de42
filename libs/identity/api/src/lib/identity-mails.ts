import { Locale, renderMail } from '@assoc/platform-api';
import { PASSWORD_RESET_TTL_MINUTES } from '@assoc/identity-domain';

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
