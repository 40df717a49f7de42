import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { forkJoin, from, map, Observable } from 'rxjs';
import { DomainTextsRegistry } from './domain-texts';

/**
 * Loads a language: the shell's own strings, `/i18n/<lang>.json` shipped with the application (no
 * third-party request), with the strings of every library whose pages have opened so far (ADR 0028).
 */
@Injectable()
export class TranslationLoader implements TranslateLoader {
  private readonly http = inject(HttpClient);
  private readonly domains = inject(DomainTextsRegistry);

  getTranslation(lang: string): Observable<TranslationObject> {
    return forkJoin([this.http.get<TranslationObject>(`i18n/${lang}.json`), from(this.domains.all(lang))]).pipe(
      map(([shell, domains]) => ({ ...shell, ...domains })),
    );
  }
}
