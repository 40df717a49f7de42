import type { DomainTextFiles } from '@assoc/platform-web/core';

/** This library's UI strings, French and English, each loaded with its pages (ADR 0028). */
export const customersTexts: DomainTextFiles = {
  fr: () => import('../i18n/fr.json'),
  en: () => import('../i18n/en.json'),
};
