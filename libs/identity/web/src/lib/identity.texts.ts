import type { DomainTextFiles } from '@assoc/platform-web/core';

/**
 * This library's UI strings, French and English, each loaded with its pages (ADR 0028): those of
 * the pages before logging in (log in, sign up, password reset, e-mail change links, the closed
 * account's page), which the log-in page's first load fetches...
 */
export const identityTexts: DomainTextFiles = {
  fr: () => import('../i18n/fr.json'),
  en: () => import('../i18n/en.json'),
};

/**
 * ...and those only the logged-in account pages read (account, closing it, the second factor's
 * settings), under the same `identity` key: the loader merges them key by key (ADR 0036).
 */
export const identityAccountTexts: DomainTextFiles = {
  fr: () => import('../i18n/account/fr.json'),
  en: () => import('../i18n/account/en.json'),
};
