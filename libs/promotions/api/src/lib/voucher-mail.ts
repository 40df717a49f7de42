import { Locale, MailContent, renderMail } from '@assoc/platform-api';

export interface VoucherMailFacts {
  to: string;
  locale: Locale;
  associationName: string;
  campaignTitle: string;
  shopName: string;
  address: string;
  headline: string;
  conditions: string;
  /** Grouped for reading. */
  code: string;
  /** "du … au …" in the association's time zone. */
  dates: string;
  publicLink: string;
}

/** The voucher, mailed once to the address given with consent (the code is never mailed again). */
export function voucherMail(f: VoucherMailFacts): MailContent {
  const fr = f.locale !== Locale.EN;
  return renderMail({
    to: f.to,
    subject: fr
      ? `[${f.associationName}] Votre bon « ${f.headline} » chez ${f.shopName}`
      : `[${f.associationName}] Your "${f.headline}" voucher at ${f.shopName}`,
    greeting: fr ? 'Bonjour,' : 'Hello,',
    paragraphs: [
      fr
        ? `Voici votre bon personnel pour « ${f.campaignTitle} » : ${f.headline} chez ${f.shopName}, ${f.address}.`
        : `Here is your personal voucher for "${f.campaignTitle}": ${f.headline} at ${f.shopName}, ${f.address}.`,
      ...(f.conditions ? [fr ? `Conditions : ${f.conditions}` : `Conditions: ${f.conditions}`] : []),
      fr
        ? `Votre code, à montrer en boutique (une seule utilisation) : ${f.code}`
        : `Your code, to show in the shop (single use): ${f.code}`,
      fr ? `Valable ${f.dates}.` : `Valid ${f.dates}.`,
    ],
    action: { label: fr ? 'Voir toutes les offres' : 'See every offer', url: f.publicLink },
    footer: fr
      ? `Votre adresse n'est gardée que pour ce temps fort (un bon par personne) et effacée 30 jours après sa fin.`
      : 'Your address is kept only for this campaign (one voucher per person) and erased 30 days after it ends.',
  });
}
