import { inject, provideAppInitializer, Provider, EnvironmentProviders } from '@angular/core';
import { registerLocaleData } from '@angular/common';
import localeFr from '@angular/common/locales/fr';
import { provideTranslateLoader, provideTranslateService, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { LanguageState } from './language-state';
import { LanguageStore } from './language-store';
import { TranslationLoader } from './translation-loader';

/** ngx-translate, French first; the remembered language is loaded before the first render. */
export function provideI18n(): (Provider | EnvironmentProviders)[] {
  registerLocaleData(localeFr);
  return [
    provideTranslateService({ loader: provideTranslateLoader(TranslationLoader), fallbackLang: 'fr', lang: 'fr' }),
    provideAppInitializer(() => {
      const lang = inject(LanguageState).language();
      inject(LanguageStore);
      return firstValueFrom(inject(TranslateService).use(lang)).then(
        () => undefined,
        () => undefined,
      );
    }),
  ];
}
