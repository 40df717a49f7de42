import { Routes } from '@angular/router';
import { withTexts } from '@assoc/platform-web/first-load';
import { identityAccountTexts, identityTexts } from './identity.texts';

/**
 * Logged-in: the person's own account (issue 25). Exactly `/account`, so the sub-pages other parts
 * add (`/account/security`, `/account/data`, `/account/close`) match their own routes.
 */
export const accountRoutes: Routes = withTexts(
  [identityTexts, identityAccountTexts],
  [
    {
      path: 'account',
      pathMatch: 'full',
      title: 'identity.account.title',
      loadComponent: () => import('./account/account-page').then((m) => m.AccountPage),
    },
    {
      path: 'account/close',
      title: 'identity.close.title',
      loadComponent: () => import('./close-account/close-account-page').then((m) => m.CloseAccountPage),
    },
  ],
);
