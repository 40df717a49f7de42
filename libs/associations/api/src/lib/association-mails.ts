import { Locale, renderMail, Role } from '@assoc/platform-api';

const ROLE_LABELS: Record<Role, { fr: string; en: string }> = {
  [Role.PRESIDENT]: { fr: 'président·e', en: 'president' },
  [Role.BOARD]: { fr: 'membre du bureau', en: 'board member' },
  [Role.MEMBER]: { fr: 'adhérent·e', en: 'member' },
  [Role.CONSULTANT]: { fr: 'consultant·e', en: 'consultant' },
};

/** The invitation mail, in the inviter's language (the invitee has no language yet). */
export function invitationMail(args: {
  to: string;
  associationName: string;
  inviterName: string;
  role: Role;
  link: string;
  locale: Locale;
  expiresAt: Date;
}) {
  const fr = args.locale === Locale.FR;
  const role = ROLE_LABELS[args.role][fr ? 'fr' : 'en'];
  const until = args.expiresAt.toLocaleDateString(fr ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  });
  return renderMail({
    to: args.to,
    subject: fr ? `Invitation à rejoindre ${args.associationName}` : `Invitation to join ${args.associationName}`,
    greeting: fr ? 'Bonjour,' : 'Hello,',
    paragraphs: [
      fr
        ? `${args.inviterName} vous invite à rejoindre l'association « ${args.associationName} » en tant que ${role}.`
        : `${args.inviterName} invites you to join "${args.associationName}" as ${role}.`,
      fr
        ? `Ce lien ne sert qu'une fois et reste valable jusqu'au ${until}.`
        : `This link works once and is valid until ${until}.`,
    ],
    action: { label: fr ? "Accepter l'invitation" : 'Accept the invitation', url: args.link },
  });
}
