import { Locale, OpenGraphPage } from '@assoc/platform-api';
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

/** A cashmob's link preview, in French (the association's language). */
export function cashmobOpenGraph(facts: OpenGraphFacts, url: string): OpenGraphPage {
  const spend = `${centsToDecimal(facts.spendMinCents, ',')} à ${centsToDecimal(facts.spendMaxCents, ',')} €`;
  const parts = [
    `${whenText(facts, Locale.FR)} — rendez-vous : ${facts.meetingPoint}.`,
    `Dépense suggérée : ${spend}.`,
    facts.story,
  ];
  return {
    title: `Cashmob chez ${facts.shopName} (${facts.town})`,
    description: parts.filter(Boolean).join(' '),
    siteName: facts.associationName,
    url,
  };
}
