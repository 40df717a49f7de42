import { OpenGraphPage } from '@assoc/platform-api';
import { PublicCampaignModel } from './campaign.models';

/** A campaign's link preview, in French (the association's language): what, when, how many shops. */
export function campaignOpenGraph(
  c: Pick<
    PublicCampaignModel,
    'title' | 'theme' | 'description' | 'associationName' | 'startsAt' | 'endsAt' | 'timeZone' | 'offers'
  >,
  url: string,
): OpenGraphPage {
  const day = new Intl.DateTimeFormat('fr-FR', { timeZone: c.timeZone, day: 'numeric', month: 'long' });
  const offers = c.offers.length === 1 ? '1 offre' : `${c.offers.length} offres`;
  return {
    title: `${c.title} — ${c.associationName}`,
    description: [
      `Du ${day.format(c.startsAt)} au ${day.format(c.endsAt)} : ${offers} dans les boutiques.`,
      c.theme,
      c.description,
    ]
      .filter(Boolean)
      .join(' '),
    siteName: c.associationName,
    url,
  };
}
