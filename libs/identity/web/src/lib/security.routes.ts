import { Routes } from '@angular/router';
import { withTexts } from '@assoc/platform-web/first-load';
import { identityAccountTexts, identityTexts } from './identity.texts';

/** Logged-in: the account's security (issue 25), `/account/security`: the second factor. */
export const securityRoutes: Routes = withTexts(
  [identityTexts, identityAccountTexts],
  [
    {
      path: 'account/security',
      title: 'identity.secondFactor.title',
      loadComponent: () => import('./security/security-page').then((m) => m.SecurityPage),
    },
  ],
);
