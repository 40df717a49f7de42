import { DOCUMENT } from '@angular/common';
import { effect, inject, Injectable, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { GraphqlRequest } from '../graphql-http/graphql-request';
import { SetLocaleDocument } from '../graphql/platform.generated';
import { DomainTexts } from './domain-texts';
import { AppLanguage, LanguageState } from './language-state';

/** Switches the interface language and remembers it (locally, and on the account when logged in). */
@Injectable({ providedIn: 'root' })
export class LanguageStore {
  private readonly state = inject(LanguageState);
  private readonly translate = inject(TranslateService);
  private readonly graphql = inject(GraphqlRequest);
  private readonly document = inject(DOCUMENT);
  private readonly domainTexts = inject(DomainTexts);

  readonly language = this.state.language;
  /**
   * The language whose texts are loaded: what `TranslateService.instant` speaks. It follows
   * `language` once that language's file is in, so a computed that calls `instant` (chart labels)
   * reads it rather than `language`, which changes before the texts arrive.
   */
  readonly textsLanguage = signal<AppLanguage>(this.state.language());

  constructor() {
    effect(() => {
      const lang = this.state.language();
      this.document.documentElement.lang = lang;
      // A language read before lacks the libraries opened since: merge them first, so no key shows raw.
      void this.domainTexts.complete(lang).then(() => {
        if (this.state.language() !== lang) return;
        this.translate.use(lang).subscribe({ complete: () => this.textsLanguage.set(lang) });
      });
    });
  }

  /** Applies a language without saving it on the account (e.g. the account's own locale at log-in). */
  apply(lang: AppLanguage): void {
    this.state.set(lang);
  }

  async choose(lang: AppLanguage, loggedIn: boolean): Promise<void> {
    this.state.set(lang);
    if (!loggedIn) return;
    try {
      await firstValueFrom(this.graphql.run(SetLocaleDocument, { locale: lang === 'en' ? 'EN' : 'FR' }));
    } catch {
      // the local choice still applies; the account keeps its previous locale
    }
  }
}
