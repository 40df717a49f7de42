import { Injectable, signal } from '@angular/core';
import { readStorage, writeStorage } from '../session/association-context';

export type AppLanguage = 'fr' | 'en';
export const LANGUAGES: readonly AppLanguage[] = ['fr', 'en'];
export const LANGUAGE_STORAGE_KEY = 'assoc.language';

export function toAppLanguage(value: string | null | undefined): AppLanguage {
  const v = (value ?? '').toLowerCase();
  return v === 'en' ? 'en' : 'fr';
}

/** The chosen interface language, sent as `accept-language`. Dependency-free on purpose. */
@Injectable({ providedIn: 'root' })
export class LanguageState {
  private readonly lang = signal<AppLanguage>(toAppLanguage(readStorage(LANGUAGE_STORAGE_KEY)));
  readonly language = this.lang.asReadonly();

  set(lang: AppLanguage): void {
    this.lang.set(lang);
    writeStorage(LANGUAGE_STORAGE_KEY, lang);
    // Also a cookie, for the server to draw the log-in page's app shell in this language (ADR 0022).
    if (typeof document !== 'undefined') {
      document.cookie = `${LANGUAGE_STORAGE_KEY}=${lang}; path=/; max-age=31536000; SameSite=Lax`;
    }
  }
}
