import { Locale } from '@assoc/platform-api';
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

const DESCRIPTION_MAX = 300;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Title and description of a cashmob's link preview, in French (the association's language). */
export function openGraphText(facts: OpenGraphFacts): { title: string; description: string } {
  const spend = `${centsToDecimal(facts.spendMinCents, ',')} à ${centsToDecimal(facts.spendMaxCents, ',')} €`;
  const parts = [`${whenText(facts, Locale.FR)} — rendez-vous : ${facts.meetingPoint}.`, `Dépense suggérée : ${spend}.`, facts.story];
  return {
    title: `Cashmob chez ${facts.shopName} (${facts.town})`,
    description: clip(parts.filter(Boolean).join(' '), DESCRIPTION_MAX),
  };
}

/** The page's HTML with Open Graph and Twitter tags (escaped) before `</head>`, and its <title> replaced. */
export function withOpenGraph(html: string, facts: OpenGraphFacts, url: string): string {
  const { title, description } = openGraphText(facts);
  const meta = (attribute: 'property' | 'name', key: string, value: string) => `<meta ${attribute}="${key}" content="${escapeHtml(value)}" />`;
  const tags = [
    meta('name', 'description', description),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', facts.associationName),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:locale', 'fr_FR'),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
  ].join('\n    ');
  const titled = html.replace(/<title>[\s\S]*?<\/title>/i, `<title>${escapeHtml(title)}</title>`);
  return titled.includes('</head>') ? titled.replace('</head>', `    ${tags}\n  </head>`) : titled;
}
