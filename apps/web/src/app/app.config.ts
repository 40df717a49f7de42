import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { provideRouter, TitleStrategy, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import {
  contextHeadersInterceptor,
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
    { provide: TOOLBAR_ITEMS, useValue: [() => import('@assoc/notifications-web').then((m) => m.NotificationBell)] },
    { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: { appearance: 'outline', subscriptSizing: 'dynamic' } },
  ],
};
