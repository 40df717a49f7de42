import { Locale, OpenGraphImage, OpenGraphPage, ShareCardContent, shareCardColour } from '@assoc/platform-api';
import { PublicCampaignModel } from './campaign.models';

export type CampaignPreviewFacts = Pick<
  PublicCampaignModel,
  'title' | 'theme' | 'description' | 'associationName' | 'startsAt' | 'endsAt' | 'timeZone' | 'offers'
>;

/** "Du 1er décembre au 8 décembre" / "From 1 December to 8 December", in the association's time zone. */
function dates(c: CampaignPreviewFacts, locale: Locale, year = false): string {
  const fr = locale !== Locale.EN;
  const day = new Intl.DateTimeFormat(fr ? 'fr-FR' : 'en-GB', {
    timeZone: c.timeZone,
    day: 'numeric',
    month: 'long',
    ...(year ? { year: 'numeric' } : {}),
  });
  return fr
    ? `Du ${day.format(c.startsAt)} au ${day.format(c.endsAt)}`
    : `From ${day.format(c.startsAt)} to ${day.format(c.endsAt)}`;
}

function offerCount(c: CampaignPreviewFacts, locale: Locale): string {
  const n = c.offers.length;
  if (locale === Locale.EN) return `${n === 1 ? '1 offer' : `${n} offers`} in the shops`;
  return `${n === 1 ? '1 offre' : `${n} offres`} dans les boutiques`;
}

/** A campaign's link preview in the page's language (French by default): what, when in the association's time zone, how many offers. */
export function campaignOpenGraph(
  c: CampaignPreviewFacts,
  url: string,
  locale: Locale = Locale.FR,
  image?: OpenGraphImage,
): OpenGraphPage {
  return {
    title: `${c.title} — ${c.associationName}`,
    description: [
      `${dates(c, locale)}${locale === Locale.EN ? ':' : ' :'} ${offerCount(c, locale)}.`,
      c.theme,
      c.description,
    ]
      .filter(Boolean)
      .join(' '),
    siteName: c.associationName,
    url,
    locale,
    image,
  };
}

/** The campaign's share card: the association, the title, the dates (with the year) and the theme. */
export function campaignShareCard(c: CampaignPreviewFacts, locale: Locale = Locale.FR): ShareCardContent {
  return {
    colour: shareCardColour(c.associationName),
    kicker: c.associationName,
    title: c.title,
    lines: [dates(c, locale, true), c.theme, offerCount(c, locale)],
  };
}
