import { Locale, OpenGraphImage, OpenGraphPage, ShareCardContent, shareCardColour } from '@assoc/platform-api';
import { formatCounted, formatInstant } from '@assoc/shared-util';
import { PublicCampaignModel } from './campaign.models';

export type CampaignPreviewFacts = Pick<
  PublicCampaignModel,
  'title' | 'theme' | 'description' | 'associationName' | 'startsAt' | 'endsAt' | 'timeZone' | 'offers'
>;

/** "Du 1er décembre au 8 décembre" / "From 1 December to 8 December", in the association's time zone. */
function dates(c: CampaignPreviewFacts, locale: Locale, year = false): string {
  const fr = locale !== Locale.EN;
  const day = (at: Date) =>
    formatInstant(at, fr ? 'fr' : 'en', c.timeZone, {
      day: 'numeric',
      month: 'long',
      ...(year ? { year: 'numeric' } : {}),
    });
  return fr ? `Du ${day(c.startsAt)} au ${day(c.endsAt)}` : `From ${day(c.startsAt)} to ${day(c.endsAt)}`;
}

function offerCount(c: CampaignPreviewFacts, locale: Locale): string {
  const n = c.offers.length;
  if (locale === Locale.EN) return `${formatCounted(n, 'en', { one: 'offer', other: 'offers' })} in the shops`;
  return `${formatCounted(n, 'fr', { one: 'offre', other: 'offres' })} dans les boutiques`;
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
