import { NotificationKind, ProjectOutcome } from '@assoc/notifications-domain';
import { Locale, MailContent, renderMail } from '@assoc/platform-api';

type Texts = { fr: string; en: string };

/** One line saying what happened, per kind; `{actor}` is who caused it. */
const TITLES: Record<NotificationKind, Texts> = {
  [NotificationKind.COMMENT_ON_MY_POST]: {
    fr: '{actor} a commenté votre publication',
    en: '{actor} commented on your post',
  },
  [NotificationKind.REPLY_TO_MY_COMMENT]: {
    fr: '{actor} a répondu à votre commentaire',
    en: '{actor} replied to your comment',
  },
  [NotificationKind.MENTION]: { fr: '{actor} vous a mentionné·e', en: '{actor} mentioned you' },
  [NotificationKind.ANNOUNCEMENT]: { fr: 'Nouvelle annonce de {actor}', en: 'New announcement from {actor}' },
  [NotificationKind.MODERATION]: {
    fr: 'Un contenu que vous avez publié a été masqué par la modération',
    en: 'A moderator hid something you posted',
  },
  [NotificationKind.PROJECT_PROPOSED]: {
    fr: '{actor} soumet un projet collectif au vote',
    en: '{actor} opened a joint project to the vote',
  },
  [NotificationKind.PROJECT_DECIDED]: { fr: 'Un projet collectif a été décidé', en: 'A joint project was decided' },
  [NotificationKind.PROJECT_TASK_ASSIGNED]: {
    fr: '{actor} vous a confié une tâche d’un projet collectif',
    en: '{actor} assigned you a task of a joint project',
  },
  [NotificationKind.PROJECT_EXPENSE_TO_SIGN]: {
    fr: '{actor} a enregistré une dépense qui attend une seconde signature',
    en: '{actor} recorded an expense awaiting a second signature',
  },
  [NotificationKind.CASHMOB_REQUEST]: {
    fr: '{actor} propose un cashmob dans votre boutique',
    en: '{actor} proposes a cashmob in your shop',
  },
  [NotificationKind.OFFER_REVIEWED]: {
    fr: '{actor} a examiné l’offre de votre boutique pour un temps fort',
    en: '{actor} reviewed your shop’s offer for a campaign',
  },
  [NotificationKind.ASSOCIATION_CLOSING]: {
    fr: '{actor} a demandé la fermeture de l’association : le bureau peut l’annuler jusqu’à la date prévue',
    en: '{actor} asked to close the association: the board can cancel it until the planned date',
  },
  [NotificationKind.ASSOCIATION_CLOSING_CANCELLED]: {
    fr: '{actor} a annulé la fermeture de l’association',
    en: '{actor} cancelled the closing of the association',
  },
  [NotificationKind.IDEA_ANSWERED]: {
    fr: '{actor} a répondu à votre idée de la boîte à idées',
    en: '{actor} answered your idea in the ideas box',
  },
};

/** PROJECT_DECIDED says how. */
const OUTCOME_TITLES: Record<ProjectOutcome, Texts> = {
  APPROVED: { fr: 'Projet collectif adopté par le vote', en: 'Joint project approved by the vote' },
  REJECTED: { fr: 'Projet collectif rejeté par le vote', en: 'Joint project rejected by the vote' },
  FUNDED: { fr: 'Projet collectif financé : les parts sont fixées', en: 'Joint project funded: the shares are final' },
  CANCELLED: {
    fr: 'Projet collectif annulé faute de participants : personne ne doit rien',
    en: 'Joint project cancelled for lack of participants: nobody owes anything',
  },
};

const SOMEONE: Texts = { fr: "Quelqu'un", en: 'Someone' };

export interface MailedNotification {
  kind: NotificationKind;
  actorName: string | null;
  excerpt?: string;
  reason?: string;
  outcome?: ProjectOutcome;
  link: string;
}

const lang = (locale: Locale): 'fr' | 'en' => (locale === Locale.EN ? 'en' : 'fr');

export function notificationTitle(
  n: Pick<MailedNotification, 'kind' | 'actorName' | 'outcome'>,
  locale: Locale,
): string {
  const l = lang(locale);
  const texts = n.kind === NotificationKind.PROJECT_DECIDED && n.outcome ? OUTCOME_TITLES[n.outcome] : TITLES[n.kind];
  return texts[l].replace('{actor}', n.actorName ?? SOMEONE[l]);
}

function details(n: MailedNotification, locale: Locale): string[] {
  const l = lang(locale);
  return [
    ...(n.excerpt ? [l === 'fr' ? `« ${n.excerpt} »` : `"${n.excerpt}"`] : []),
    ...(n.reason ? [l === 'fr' ? `Motif : ${n.reason}` : `Reason: ${n.reason}`] : []),
  ];
}

/** One notification, mailed at once (frequency IMMEDIATELY), in the recipient's language. */
export function notificationMail(args: {
  to: string;
  name: string;
  locale: Locale;
  associationName: string;
  notification: MailedNotification;
  unsubscribeLink: string;
  /** List-Unsubscribe and its one-click companion (RFC 2369, RFC 8058). */
  unsubscribeHeaders: Record<string, string>;
}): MailContent {
  const fr = lang(args.locale) === 'fr';
  const title = notificationTitle(args.notification, args.locale);
  const mail = renderMail({
    to: args.to,
    subject: `[${args.associationName}] ${title}`,
    greeting: fr ? `Bonjour ${args.name},` : `Hello ${args.name},`,
    paragraphs: [`${title}.`, ...details(args.notification, args.locale)],
    action: { label: fr ? 'Voir sur le site' : 'Open in the app', url: args.notification.link },
    footer: fr
      ? `Vous recevez cet e-mail en tant que membre de « ${args.associationName} ». Ne plus recevoir ce type d'e-mail : ${args.unsubscribeLink}`
      : `You receive this e-mail as a member of "${args.associationName}". Stop this kind of e-mail: ${args.unsubscribeLink}`,
  });
  return { ...mail, headers: args.unsubscribeHeaders };
}

/** Shown in full up to this many; the rest are counted. */
const DIGEST_MAX_LINES = 30;

/** The daily digest: everything unread not mailed yet, one mail. */
export function digestMail(args: {
  to: string;
  name: string;
  locale: Locale;
  associationName: string;
  notifications: MailedNotification[];
  notificationsLink: string;
  unsubscribeLink: string;
  /** List-Unsubscribe and its one-click companion, for every kind (RFC 2369, RFC 8058). */
  unsubscribeHeaders: Record<string, string>;
}): MailContent {
  const fr = lang(args.locale) === 'fr';
  const count = args.notifications.length;
  const lines = args.notifications
    .slice(0, DIGEST_MAX_LINES)
    .map((n) => [`• ${notificationTitle(n, args.locale)}`, ...details(n, args.locale)].join(' — ') + ` (${n.link})`);
  const more = count - lines.length;
  const mail = renderMail({
    to: args.to,
    subject: fr
      ? `[${args.associationName}] Votre résumé du jour : ${count} notification${count > 1 ? 's' : ''}`
      : `[${args.associationName}] Your daily summary: ${count} notification${count > 1 ? 's' : ''}`,
    greeting: fr ? `Bonjour ${args.name},` : `Hello ${args.name},`,
    paragraphs: [
      fr
        ? `Voici ce qui s'est passé dans « ${args.associationName} » et que vous n'avez pas encore lu :`
        : `Here is what happened in "${args.associationName}" that you have not read yet:`,
      ...lines,
      ...(more > 0 ? [fr ? `… et ${more} autre${more > 1 ? 's' : ''}.` : `… and ${more} more.`] : []),
    ],
    action: { label: fr ? 'Voir mes notifications' : 'See my notifications', url: args.notificationsLink },
    footer: fr
      ? `Vous recevez ce résumé en tant que membre de « ${args.associationName} ». Ne plus recevoir d'e-mails de notification : ${args.unsubscribeLink}`
      : `You receive this summary as a member of "${args.associationName}". Stop notification e-mails: ${args.unsubscribeLink}`,
  });
  return { ...mail, headers: args.unsubscribeHeaders };
}
