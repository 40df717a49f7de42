import { formatMoney } from '@assoc/shared-util';
import { Said } from './money-view';

/**
 * For unit tests: what the page reads out for a key of this library's catalogue (`texts`, its fr or
 * en JSON), numbers formatted as the money pipe does, narrow and non-breaking spaces made plain.
 */
export function say(texts: unknown, locale: 'fr' | 'en', { key, params }: Said): string {
  const template = key
    .split('.')
    .slice(1)
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown>)?.[part],
      (texts as { projects: unknown }).projects,
    );
  if (typeof template !== 'string') throw new Error(`No text for ${key} in ${locale}`);
  return template
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
      const value = params[name];
      return typeof value === 'number' ? formatMoney(value, 'EUR', locale === 'fr' ? 'fr-FR' : 'en-GB') : String(value);
    })
    .replace(/[\u202f\u00a0]/g, ' ');
}
