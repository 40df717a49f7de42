import { CUSTOMER_LINK_TTL_HOURS, CustomerLanguage } from '@assoc/customers-domain';
import { MailContent, renderMail } from '@assoc/platform-api';

export interface CustomerLinkMailFacts {
  to: string;
  firstName: string;
  language: CustomerLanguage;
  associationName: string;
  link: string;
  /** A join (welcome) or a returning customer asking to sign in. */
  kind: 'join' | 'signIn';
}

/**
 * The magic link mail (issue 17), in the customer's language: one button, how long it works, and what to do
 * when they did not ask for it. Transactional: no unsubscribe (nothing else is ever sent without the consent).
 */
export function customerLinkMail(f: CustomerLinkMailFacts): MailContent {
  if (f.language === 'en')
    return renderMail({
      to: f.to,
      subject:
        f.kind === 'join' ? `Welcome to ${f.associationName}'s community` : `Your sign-in link – ${f.associationName}`,
      greeting: `Hello ${f.firstName},`,
      paragraphs: [
        f.kind === 'join'
          ? `To confirm your e-mail address and open your page (your loyalty card, your data), follow this link.`
          : `Here is your link to sign in to ${f.associationName}'s customer pages. No password needed.`,
        `It works once, for ${CUSTOMER_LINK_TTL_HOURS} hours.`,
      ],
      action: { label: f.kind === 'join' ? 'Confirm and open my page' : 'Sign in', url: f.link },
      footer: `You did not ask for this? Ignore this mail: nothing happens without a click on the link.`,
    });
  return renderMail({
    to: f.to,
    subject:
      f.kind === 'join'
        ? `Bienvenue dans la communauté ${f.associationName}`
        : `Votre lien de connexion – ${f.associationName}`,
    greeting: `Bonjour ${f.firstName},`,
    paragraphs: [
      f.kind === 'join'
        ? `Pour confirmer votre adresse e-mail et ouvrir votre espace (votre carte de fidélité, vos données), suivez ce lien.`
        : `Voici votre lien pour vous connecter à l’espace client de ${f.associationName}. Pas de mot de passe.`,
      `Il fonctionne une fois, pendant ${CUSTOMER_LINK_TTL_HOURS} heures.`,
    ],
    action: { label: f.kind === 'join' ? 'Confirmer et ouvrir mon espace' : 'Me connecter', url: f.link },
    footer: `Vous n’avez rien demandé ? Ignorez ce message : rien ne se passe sans un clic sur le lien.`,
  });
}
