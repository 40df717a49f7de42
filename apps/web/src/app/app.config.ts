import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { provideRouter, TitleStrategy, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import {
  contextHeadersInterceptor,
  DomainTexts,
  NAV_ITEMS,
  provideAppIcons,
  provideGraphql,
  provideI18n,
  TOOLBAR_ITEMS,
  TranslatedTitleStrategy,
} from '@assoc/platform-web/core';
import { appRoutes } from './app.routes';
// Every domain's permissions, for the menu and the route guards (ADR 0026).
import './domain-permissions';
import { navItems } from './nav-items';

/** The notifications bell, shown once its library's strings are in (called in the shell's injection context). */
function notificationBell() {
  const texts = inject(DomainTexts);
  return import('@assoc/notifications-web').then(async (m) => {
    await texts.ensure([m.notificationsTexts]);
    return m.NotificationBell;
  });
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideHttpClient(withFetch(), withInterceptors([contextHeadersInterceptor])),
    provideGraphql(),
    provideI18n(),
    provideAppIcons(),
    { provide: NAV_ITEMS, useValue: navItems },
    { provide: TOOLBAR_ITEMS, useValue: [notificationBell] },
    { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: { appearance: 'outline', subscriptSizing: 'dynamic' } },
  ],
};
