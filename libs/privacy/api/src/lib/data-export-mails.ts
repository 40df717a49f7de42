import { Locale, renderMail } from '@assoc/platform-api';
import { DataExportKind, EXPORT_LINK_RETENTION } from '@assoc/privacy-domain';

const when = (date: Date, locale: Locale) =>
  date.toLocaleString(locale === Locale.FR ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  });

/** The mail saying an export is ready, in the asker's language, with the page that offers the link. */
export function exportReadyMail(
  to: { email: string; name: string; locale: Locale },
  kind: DataExportKind,
  associationName: string | null,
  expiresAt: Date,
  pageUrl: string,
) {
  const fr = to.locale === Locale.FR;
  const what =
    kind === DataExportKind.PERSON
      ? fr
        ? 'L’archive de vos données est prête.'
        : 'The archive of your data is ready.'
      : fr
        ? `L’archive des données de l’association ${associationName ?? ''} est prête.`
        : `The archive of the data of the association ${associationName ?? ''} is ready.`;
  return renderMail({
    to: to.email,
    subject: fr ? 'Votre export de données est prêt' : 'Your data export is ready',
    greeting: fr ? `Bonjour ${to.name},` : `Hello ${to.name},`,
    paragraphs: [
      what,
      fr
        ? `Téléchargez-la depuis la page ci-dessous, connecté à votre compte, avant le ${when(expiresAt, to.locale)} (heure de Paris) : elle est ensuite supprimée (${EXPORT_LINK_RETENTION.days} jours). Personne d’autre ne peut la télécharger.`
        : `Download it from the page below, signed in to your account, before ${when(expiresAt, to.locale)} (Paris time): it is deleted then (${EXPORT_LINK_RETENTION.days} days). Nobody else can download it.`,
    ],
    action: { label: fr ? 'Télécharger mes données' : 'Download my data', url: pageUrl },
    footer: fr
      ? 'Si vous n’avez pas demandé cet export, changez votre mot de passe.'
      : 'If you did not ask for this export, change your password.',
  });
}

/** The archive's first line: whose data, when. */
export function archiveTitle(
  kind: DataExportKind,
  locale: Locale,
  who: { name: string; email: string },
  associationName: string | null,
  at: Date,
): string {
  const day = at.toISOString();
  if (kind === DataExportKind.PERSON)
    return locale === Locale.FR
      ? `Données de ${who.name} (${who.email}) gardées par la plateforme, préparées le ${day} (UTC).`
      : `Data the platform holds about ${who.name} (${who.email}), prepared on ${day} (UTC).`;
  return locale === Locale.FR
    ? `Données de l’association ${associationName ?? ''}, demandées par ${who.name}, préparées le ${day} (UTC).`
    : `Data of the association ${associationName ?? ''}, asked for by ${who.name}, prepared on ${day} (UTC).`;
}
