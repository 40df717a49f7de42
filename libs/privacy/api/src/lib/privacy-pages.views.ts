import { markup, SafeHtml } from '@assoc/platform-api';
import { Locale, RegisteredRetention } from '@assoc/platform-domain';

/** Who runs the platform (AppConfig), as the legal notice and privacy page print it. */
export interface Operator {
  name: string;
  address: string;
  email: string;
  director: string;
  hostName: string;
  hostAddress: string;
}

const WORDS = {
  [Locale.FR]: {
    privacyTitle: 'Vos données personnelles',
    privacyLead:
      'Ce que la plateforme garde sur vous, pourquoi, combien de temps, et comment l’emporter, le corriger ou l’effacer.',
    whoTitle: 'Qui en est responsable',
    who: (o: Operator) =>
      `Chaque association de commerçants est responsable du traitement des données de ses adhérents et de ses activités ; ${o.name} exploite la plateforme pour elles, comme sous-traitant, et en est responsable pour les comptes eux-mêmes.`,
    contact: 'Contact :',
    colon: ' : ',
    whatTitle: 'Ce que nous gardons et pourquoi',
    what: [
      'Votre compte (nom, adresse e-mail, mot de passe chiffré, langue) et vos sessions (appareil, première et dernière visite) : pour vous connecter et protéger votre compte.',
      'Vos adhésions et rôles, votre boutique, vos publications, commentaires, réactions, votes, participations aux projets, inscriptions et bons : pour faire vivre l’association (exécution du service).',
      'Les lignes de comptes des projets et les montants : l’association doit les garder exactes (obligation légale : 10 ans, article L123-22 du Code de commerce). À la fermeture d’un compte, le nom y est remplacé par « Ancien membre ».',
      'Les inscriptions publiques aux cashmobs (prénom, e-mail) : avec votre accord, pour vous rappeler le rendez-vous.',
    ],
    cookies:
      'Un seul cookie, strictement nécessaire : celui de la session, posé quand vous vous connectez. Aucune mesure d’audience ni publicité.',
    retentionTitle: 'Combien de temps',
    retentionLead: 'Ces durées sont celles que les tâches de purge de la plateforme appliquent :',
    days: (n: number) => (n === 1 ? '1 jour' : `${n} jours`),
    rightsTitle: 'Vos droits',
    rights: [
      [
        'Accès et portabilité',
        'la page « Mes données » prépare une archive de tout ce que la plateforme garde sur vous.',
        '/account/data',
      ],
      ['Rectification', 'la page « Mon compte » : nom, langue, adresse e-mail, mot de passe.', '/account'],
      [
        'Effacement',
        'fermez votre compte depuis « Mon compte » : vos données personnelles sont effacées, les comptes de l’association gardent les montants sous le nom « Ancien membre ».',
        '/account',
      ],
    ] as const,
    rightsOther: (email: string) =>
      `Pour toute autre demande (opposition, limitation), écrivez à ${email} : l’association répond dans un délai d’un mois. Vous pouvez aussi saisir la CNIL (www.cnil.fr).`,
    legalLink: 'Mentions légales',
    legalTitle: 'Mentions légales',
    publisher: 'Éditeur',
    director: 'Directeur ou directrice de la publication',
    host: 'Hébergeur',
    privacyLink: 'Vos données personnelles',
  },
  [Locale.EN]: {
    privacyTitle: 'Your personal data',
    privacyLead:
      'What the platform keeps about you, why, for how long, and how to take it away, correct it or erase it.',
    whoTitle: 'Who is responsible',
    who: (o: Operator) =>
      `Each merchants' association is the controller of its members' data and activities; ${o.name} runs the platform for them, as a processor, and is the controller for the accounts themselves.`,
    contact: 'Contact:',
    colon: ': ',
    whatTitle: 'What we keep and why',
    what: [
      'Your account (name, e-mail address, hashed password, language) and your sessions (device, first and last seen): to sign you in and protect your account.',
      'Your memberships and roles, your shop, your posts, comments, reactions, votes, project contributions, sign-ups and vouchers: to run the association (performing the service).',
      'Project ledger lines and amounts: the association must keep them exact (legal obligation: 10 years, French Commercial Code art. L123-22). When an account is closed, its name there becomes “Former member”.',
      'Public cashmob sign-ups (first name, e-mail): with your consent, to remind you of the date.',
    ],
    cookies:
      'One cookie only, strictly necessary: the session cookie, set when you sign in. No analytics, no advertising.',
    retentionTitle: 'For how long',
    retentionLead: "These are the periods the platform's purge jobs apply:",
    days: (n: number) => (n === 1 ? '1 day' : `${n} days`),
    rightsTitle: 'Your rights',
    rights: [
      [
        'Access and portability',
        'the “My data” page prepares an archive of everything the platform keeps about you.',
        '/account/data',
      ],
      ['Rectification', 'the “My account” page: name, language, e-mail address, password.', '/account'],
      [
        'Erasure',
        "close your account from “My account”: your personal data is erased; the association's ledgers keep the amounts under the name “Former member”.",
        '/account',
      ],
    ] as const,
    rightsOther: (email: string) =>
      `For any other request (objection, restriction), write to ${email}: the association answers within one month. You may also complain to the CNIL (www.cnil.fr), the French data protection authority.`,
    legalLink: 'Legal notice',
    legalTitle: 'Legal notice',
    publisher: 'Publisher',
    director: 'Publication director',
    host: 'Host',
    privacyLink: 'Your personal data',
  },
} as const;

export const privacyPageWords = (locale: Locale) => WORDS[locale];

function retentionList(locale: Locale, periods: readonly RegisteredRetention[]): SafeHtml {
  const w = WORDS[locale];
  const lang = locale === Locale.EN ? 'en' : 'fr';
  return markup`<dl class="facts" data-retention>
    ${periods.map(
      (p) => markup`<div data-retention-key="${p.key}">
        <dt>${p.what[lang]}</dt>
        <dd data-days="${p.days}">${w.days(p.days)}</dd>
      </div>`,
    )}
  </dl>`;
}

/** The privacy page's `<main>`: who is responsible, what is kept and why, for how long (the registry), the rights. */
export function privacyMain(locale: Locale, operator: Operator, periods: readonly RegisteredRetention[]): SafeHtml {
  const w = WORDS[locale];
  return markup`<article class="card">
    <h1>${w.privacyTitle}</h1>
    <p class="sub">${w.privacyLead}</p>
    <h2>${w.whoTitle}</h2>
    <p>${w.who(operator)}</p>
    <p>${w.contact} <a href="mailto:${operator.email}">${operator.email}</a></p>
    <h2>${w.whatTitle}</h2>
    <ul>
      ${w.what.map((line) => markup`<li>${line}</li>`)}
    </ul>
    <p>${w.cookies}</p>
    <h2>${w.retentionTitle}</h2>
    <p>${w.retentionLead}</p>
    ${retentionList(locale, periods)}
    <h2>${w.rightsTitle}</h2>
    <ul>
      ${w.rights.map(([name, text, href]) => markup`<li><a href="${href}">${name}</a>${w.colon}${text}</li>`)}
    </ul>
    <p>${w.rightsOther(operator.email)}</p>
    <p><a href="/legal?lang=${locale === Locale.EN ? 'en' : 'fr'}">${w.legalLink}</a></p>
  </article>`;
}

/** The legal notice's `<main>`: publisher, publication director, host (LCEN art. 6). */
export function legalMain(locale: Locale, operator: Operator): SafeHtml {
  const w = WORDS[locale];
  return markup`<article class="card">
    <h1>${w.legalTitle}</h1>
    <dl class="facts">
      <div>
        <dt>${w.publisher}</dt>
        <dd>${operator.name}<br />${operator.address}<br /><a href="mailto:${operator.email}">${operator.email}</a></dd>
      </div>
      <div>
        <dt>${w.director}</dt>
        <dd>${operator.director}</dd>
      </div>
      <div>
        <dt>${w.host}</dt>
        <dd>${operator.hostName}<br />${operator.hostAddress}</dd>
      </div>
    </dl>
    <p><a href="/privacy?lang=${locale === Locale.EN ? 'en' : 'fr'}">${w.privacyLink}</a></p>
  </article>`;
}
