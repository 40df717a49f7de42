import { inject, Injectable } from '@angular/core';
import { CanActivateFn, Route, Routes } from '@angular/router';
import { mergeDeep, TranslateService, TranslationObject } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AppLanguage, LanguageState } from './language-state';

/**
 * A web library's own UI strings, one file per language (`libs/<domain>/web/src/i18n/{fr,en}.json`),
 * each a lazy import: the bundler makes it a chunk of its own, fetched only when a page of that
 * library opens (ADR 0028). A library may split its strings in several pairs of files under its one
 * key, loaded by different routes (identity's log-in page does not fetch the account pages'
 * strings): they are merged key by key, as `setTranslation(lang, texts, true)` merges (ADR 0036).
 */
export type DomainTextFiles = Readonly<Record<AppLanguage, () => Promise<{ default: TranslationObject }>>>;

/**
 * Which libraries' strings the interface needs so far, and which are merged into each loaded
 * language. Free of `TranslateService` so that the loader, which that service builds, can read it.
 */
@Injectable({ providedIn: 'root' })
export class DomainTextsRegistry {
  private readonly registered = new Set<DomainTextFiles>();
  private readonly merged = new Map<string, Set<DomainTextFiles>>();
  private readonly files = new Map<DomainTextFiles, Map<AppLanguage, Promise<TranslationObject>>>();

  register(files: DomainTextFiles): void {
    this.registered.add(files);
  }

  /** One library's strings in one language, imported once. */
  read(files: DomainTextFiles, lang: string): Promise<TranslationObject> {
    const lng: AppLanguage = lang === 'en' ? 'en' : 'fr';
    let byLang = this.files.get(files);
    if (!byLang) this.files.set(files, (byLang = new Map()));
    let pending = byLang.get(lng);
    if (!pending) {
      const cache = byLang;
      pending = files[lng]().then((m) => m.default);
      pending.catch(() => cache.delete(lng));
      cache.set(lng, pending);
    }
    return pending;
  }

  /** Every registered library's strings in `lang`, for the loader that reads a language for the first time. */
  async all(lang: string): Promise<TranslationObject> {
    const files = [...this.registered];
    const parts = await Promise.all(
      files.map((f) =>
        this.read(f, lang).then(
          (texts) => {
            this.mergedInto(lang).add(f);
            return texts;
          },
          () => ({}), // offline: merged later, when a page asks again
        ),
      ),
    );
    return parts.reduce<TranslationObject>((all, texts) => mergeDeep(all, texts) as TranslationObject, {});
  }

  /** The registered libraries whose strings `lang` still lacks. */
  missing(lang: string): DomainTextFiles[] {
    const merged = this.mergedInto(lang);
    return [...this.registered].filter((f) => !merged.has(f));
  }

  markMerged(lang: string, files: DomainTextFiles): void {
    this.mergedInto(lang).add(files);
  }

  private mergedInto(lang: string): Set<DomainTextFiles> {
    let set = this.merged.get(lang);
    if (!set) this.merged.set(lang, (set = new Set()));
    return set;
  }
}

/** Loads libraries' strings into ngx-translate: when a page needs them, and on a language change. */
@Injectable({ providedIn: 'root' })
export class DomainTexts {
  private readonly registry = inject(DomainTextsRegistry);
  private readonly translate = inject(TranslateService);
  private readonly state = inject(LanguageState);

  /** Resolves once the chosen language holds these libraries' strings (failures leave the keys shown). */
  async ensure(files: readonly DomainTextFiles[]): Promise<void> {
    files.forEach((f) => this.registry.register(f));
    const lang = this.state.language();
    if (!this.translate.getLangs().includes(lang)) {
      // The language's first load is on its way (or about to be): it includes what is registered now.
      await firstValueFrom(this.translate.use(lang)).catch(() => undefined);
    }
    await this.complete(lang);
  }

  /** Merges into an already loaded language the registered libraries it lacks (before switching to it). */
  async complete(lang: string): Promise<void> {
    if (!this.translate.getLangs().includes(lang)) return;
    await Promise.all(
      this.registry.missing(lang).map(async (files) => {
        try {
          this.translate.setTranslation(lang, await this.registry.read(files, lang), true);
          this.registry.markMerged(lang, files);
        } catch {
          // offline: the page shows the keys, as when the shell's own file fails
        }
      }),
    );
  }
}

/** A guard that holds a page until its libraries' strings are in, so it never shows raw keys. */
export function textsGuard(...files: DomainTextFiles[]): CanActivateFn {
  return () =>
    inject(DomainTexts)
      .ensure(files)
      .then(() => true);
}

/** A library's routes behind one parent that loads its strings (and those of the libraries it shows). */
export function withTexts(files: readonly DomainTextFiles[], routes: Routes): Routes {
  const parent: Route = { path: '', canActivate: [textsGuard(...files)], children: routes };
  return [parent];
}
