import { Locale, OpenGraphImage, OpenGraphPage, ShareCardContent, shareCardColour } from '@assoc/platform-api';
import { centsToDecimal } from '@assoc/shared-util';
import { whenText } from './cashmob-mails';

/** The public facts a link preview may show (the same as the public page: no participant data). */
export interface OpenGraphFacts {
  shopName: string;
  town: string;
  story: string;
  meetingPoint: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  spendMinCents: number;
  spendMaxCents: number;
  associationName: string;
}

/** A cashmob's link preview in the page's language (French by default): what, when (in the association's time zone), where, how much. */
export function cashmobOpenGraph(
  facts: OpenGraphFacts,
  url: string,
  locale: Locale = Locale.FR,
  image?: OpenGraphImage,
): OpenGraphPage {
  const fr = locale !== Locale.EN;
  const min = centsToDecimal(facts.spendMinCents, fr ? ',' : '.');
  const max = centsToDecimal(facts.spendMaxCents, fr ? ',' : '.');
  const parts = fr
    ? [`${whenText(facts, locale)} — rendez-vous : ${facts.meetingPoint}.`, `Dépense suggérée : ${min} à ${max} €.`]
    : [`${whenText(facts, locale)} — meet at: ${facts.meetingPoint}.`, `Suggested spend: €${min} to €${max}.`];
  return {
    title: fr ? `Cashmob chez ${facts.shopName} (${facts.town})` : `Cashmob at ${facts.shopName} (${facts.town})`,
    description: [...parts, facts.story].filter(Boolean).join(' '),
    siteName: facts.associationName,
    url,
    locale,
    image,
  };
}

/** The cashmob's share card: the association, the shop, the day and time in the association's time zone, the meeting point. */
export function cashmobShareCard(facts: OpenGraphFacts, locale: Locale = Locale.FR): ShareCardContent {
  const fr = locale !== Locale.EN;
  return {
    colour: shareCardColour(facts.associationName),
    kicker: facts.associationName,
    title: fr ? `Cashmob chez ${facts.shopName}` : `Cashmob at ${facts.shopName}`,
    lines: [
      whenText(facts, locale),
      fr ? `Rendez-vous : ${facts.meetingPoint}` : `Meet at: ${facts.meetingPoint}`,
      facts.town,
    ],
  };
}
