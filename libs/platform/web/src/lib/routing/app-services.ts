import { inject, Injector } from '@angular/core';
import { loadGraphql } from '../apollo/graphql-on-demand';

let materialSetup: Promise<typeof import('../icons/material-setup')> | null = null;

/** Material's app-wide setup (icons, form field defaults), loaded once (again after a failed download). */
function loadMaterialSetup(injector: Injector): Promise<void> {
  materialSetup ??= import('../icons/material-setup').catch((error: unknown) => {
    materialSetup = null;
    throw error;
  });
  return materialSetup.then((setup) => setup.registerAppIcons(injector));
}

/**
 * A route's `loadChildren` or `loadComponent` that also loads, in parallel, what the app's pages rely
 * on beyond the log-in page (ADR 0036): Apollo Client (provided in the root injector on first use:
 * every data-access service's `inject(Apollo)`, `provideTypePolicies`), and Material's app-wide setup
 * (the application's icons for `<mat-icon svgIcon>`, the form fields' outlined appearance). The log-in
 * page, the app's first load, needs none of them (about 90 kB gzip). Every route whose pages use
 * them loads through it; the app's logged-in part does as a whole (app.routes.ts), so a domain's
 * routes under it need nothing:
 * `loadComponent: withAppServices(() => import('./sign-up/sign-up').then((m) => m.SignUp))`.
 */
export function withAppServices<T>(load: () => Promise<T>): () => Promise<T> {
  return () => {
    // The router calls loaders in the route's injection context; the setup reaches root services.
    const injector = inject(Injector);
    return Promise.all([load(), loadGraphql(), loadMaterialSetup(injector)]).then(([loaded]) => loaded);
  };
}
