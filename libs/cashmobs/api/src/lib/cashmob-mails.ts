import { Locale, MailAttachment, MailContent, renderMail } from '@assoc/platform-api';
import { centsToDecimal } from '@assoc/shared-util';

/** What every mail about a cashmob says about it. */
export interface CashmobMailFacts {
  shopName: string;
  address: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  meetingPoint: string;
  associationName: string;
  publicLink: string;
  icsLink: string;
  /** The cashmob as an .ics file, attached where a person is (or becomes) confirmed. */
  ics: string;
}

/** The calendar invitation attached to the confirmation and promotion mails. */
const invitation = (c: CashmobMailFacts): MailAttachment => ({
  filename: 'cashmob.ics',
  contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
  content: c.ics,
});

/** The links and figures of one sign-up. */
export interface SignUpMailFacts {
  to: string;
  firstName: string;
  locale: Locale;
  intendedSpendCents: number | null;
  /** Only in the confirmation: the token is never stored in clear, later mails point back to it. */
  manageLink: string | null;
  checkInCode: string;
}

const fr = (locale: Locale) => locale !== Locale.EN;

/** "vendredi 12 juin 2026, 16:00 – 18:00" in the association's time zone and the reader's language. */
export function whenText(facts: Pick<CashmobMailFacts, 'startsAt' | 'endsAt' | 'timeZone'>, locale: Locale): string {
  const tag = fr(locale) ? 'fr-FR' : 'en-GB';
  const day = new Intl.DateTimeFormat(tag, {
    timeZone: facts.timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(facts.startsAt);
  const time = new Intl.DateTimeFormat(tag, { timeZone: facts.timeZone, hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time.format(facts.startsAt)} – ${time.format(facts.endsAt)}`;
}

const euros = (cents: number, locale: Locale) =>
  fr(locale) ? `${centsToDecimal(cents, ',')} €` : `€${centsToDecimal(cents)}`;

function details(c: CashmobMailFacts, s: SignUpMailFacts): string[] {
  const f = fr(s.locale);
  return [
    f ? `Quand : ${whenText(c, s.locale)}` : `When: ${whenText(c, s.locale)}`,
    f
      ? `Où : ${c.shopName}, ${c.address} — rendez-vous : ${c.meetingPoint}`
      : `Where: ${c.shopName}, ${c.address} — meeting point: ${c.meetingPoint}`,
    ...(s.intendedSpendCents !== null
      ? [
          f
            ? `Vous comptez dépenser ${euros(s.intendedSpendCents, s.locale)}.`
            : `You intend to spend ${euros(s.intendedSpendCents, s.locale)}.`,
        ]
      : []),
    f ? `Ajouter à votre agenda (.ics) : ${c.icsLink}` : `Add to your calendar (.ics): ${c.icsLink}`,
    f
      ? `Votre code de pointage, à montrer sur place : ${s.checkInCode}`
      : `Your check-in code, to show on the day: ${s.checkInCode}`,
  ];
}

function footer(c: CashmobMailFacts, locale: Locale): string {
  return fr(locale)
    ? `Cashmob organisé par « ${c.associationName} ». Vos prénom et e-mail ne servent qu'à ce cashmob et sont effacés 30 jours après ; vous pouvez les effacer à tout moment par le lien ci-dessus.`
    : `Cashmob organised by "${c.associationName}". Your first name and e-mail serve only this cashmob and are erased 30 days after it; you can erase them at any time through the link above.`;
}

const manage = (s: SignUpMailFacts) =>
  s.manageLink
    ? { label: fr(s.locale) ? 'Modifier ou annuler mon inscription' : 'Change or cancel my sign-up', url: s.manageLink }
    : undefined;
const manageLater = (s: SignUpMailFacts) =>
  fr(s.locale)
    ? 'Pour modifier ou annuler votre inscription, utilisez le lien de votre e-mail de confirmation.'
    : 'To change or cancel your sign-up, use the link in your confirmation e-mail.';
const hello = (s: SignUpMailFacts) => (fr(s.locale) ? `Bonjour ${s.firstName},` : `Hello ${s.firstName},`);

/** Right after signing up: confirmed, or on the waiting list at `rank`. */
export function signUpMail(c: CashmobMailFacts, s: SignUpMailFacts, waitingRank: number | null): MailContent {
  const f = fr(s.locale);
  const status =
    waitingRank === null
      ? f
        ? `Votre inscription au cashmob chez ${c.shopName} est confirmée. Merci !`
        : `Your sign-up for the cashmob at ${c.shopName} is confirmed. Thank you!`
      : f
        ? `Le cashmob chez ${c.shopName} est complet : vous êtes n° ${waitingRank} sur la liste d'attente. Si une place se libère, vous passez automatiquement en inscription confirmée et recevez un e-mail.`
        : `The cashmob at ${c.shopName} is full: you are number ${waitingRank} on the waiting list. If a spot frees up you are confirmed automatically and told by e-mail.`;
  const mail = renderMail({
    to: s.to,
    subject:
      waitingRank === null
        ? f
          ? `Inscription confirmée : cashmob chez ${c.shopName}`
          : `Sign-up confirmed: cashmob at ${c.shopName}`
        : f
          ? `Liste d'attente : cashmob chez ${c.shopName}`
          : `Waiting list: cashmob at ${c.shopName}`,
    greeting: hello(s),
    paragraphs: [status, ...details(c, s)],
    action: manage(s),
    footer: footer(c, s.locale),
  });
  return waitingRank === null ? { ...mail, attachments: [invitation(c)] } : mail;
}

/** A spot freed up: the person moved from the waiting list to confirmed. */
export function promotedMail(c: CashmobMailFacts, s: SignUpMailFacts): MailContent {
  const f = fr(s.locale);
  const mail = renderMail({
    to: s.to,
    subject: f ? `Une place s'est libérée : cashmob chez ${c.shopName}` : `A spot freed up: cashmob at ${c.shopName}`,
    greeting: hello(s),
    paragraphs: [
      f
        ? `Bonne nouvelle : une place s'est libérée, votre inscription est confirmée.`
        : 'Good news: a spot freed up and your sign-up is confirmed.',
      ...details(c, s),
      ...(s.manageLink ? [] : [manageLater(s)]),
    ],
    action: manage(s),
    footer: footer(c, s.locale),
  });
  return { ...mail, attachments: [invitation(c)] };
}

/** A reminder's one-click way out: the address that stops this sign-up's reminders and its List-Unsubscribe fields. */
export interface ReminderStop {
  url: string;
  headers: Record<string, string>;
}

/**
 * The reminder the day before or two hours before. Unlike the confirmation (transactional), it can be
 * stopped: a line in the body and `List-Unsubscribe` (+ one-click `List-Unsubscribe-Post`) name the
 * sign-up's stop address.
 */
export function reminderMail(
  c: CashmobMailFacts,
  s: SignUpMailFacts,
  dayBefore: boolean,
  stop: ReminderStop,
): MailContent {
  const f = fr(s.locale);
  const lead = dayBefore
    ? f
      ? 'C’est demain !'
      : 'It’s tomorrow!'
    : f
      ? 'C’est dans deux heures !'
      : 'It’s in two hours!';
  const mail = renderMail({
    to: s.to,
    subject: f ? `Rappel : cashmob chez ${c.shopName}` : `Reminder: cashmob at ${c.shopName}`,
    greeting: hello(s),
    paragraphs: [
      f
        ? `${lead} Le cashmob chez ${c.shopName} vous attend.`
        : `${lead} The cashmob at ${c.shopName} is waiting for you.`,
      ...details(c, s),
      ...(s.manageLink ? [] : [manageLater(s)]),
      f
        ? `Vous ne voulez plus de rappels pour ce cashmob ? Arrêtez-les en un clic (votre inscription reste) : ${stop.url}`
        : `No more reminders for this cashmob? Stop them in one click (your sign-up stays): ${stop.url}`,
    ],
    action: manage(s),
    footer: footer(c, s.locale),
  });
  return { ...mail, headers: { ...mail.headers, ...stop.headers } };
}

/** The cashmob was called off, with the reason given. */
export function cancelledMail(
  c: CashmobMailFacts,
  s: Pick<SignUpMailFacts, 'to' | 'firstName' | 'locale'>,
  reason: string,
): MailContent {
  const f = fr(s.locale);
  return renderMail({
    to: s.to,
    subject: f ? `Annulé : cashmob chez ${c.shopName}` : `Cancelled: cashmob at ${c.shopName}`,
    greeting: f ? `Bonjour ${s.firstName},` : `Hello ${s.firstName},`,
    paragraphs: [
      f
        ? `Le cashmob chez ${c.shopName} prévu le ${whenText(c, s.locale)} est annulé.`
        : `The cashmob at ${c.shopName} planned for ${whenText(c, s.locale)} is cancelled.`,
      f ? `Motif : ${reason}` : `Reason: ${reason}`,
      f
        ? 'Merci de votre soutien, et à bientôt pour un autre cashmob !'
        : 'Thank you for your support, and see you at another cashmob!',
    ],
    footer: f
      ? `Cashmob organisé par « ${c.associationName} ». Vos données seront effacées sous 30 jours.`
      : `Cashmob organised by "${c.associationName}". Your data will be erased within 30 days.`,
  });
}
