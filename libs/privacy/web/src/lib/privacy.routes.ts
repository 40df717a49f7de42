import { Routes } from '@angular/router';
import { withTexts } from '@assoc/platform-web/core';
import { privacyTexts } from './privacy.texts';

/** The person's data (inside the application shell, whatever the current association). */
export const privacyRoutes: Routes = withTexts(
  [privacyTexts],
  [
    {
      path: 'account/data',
      title: 'privacy.myData.title',
      loadComponent: () => import('./my-data-page/my-data-page').then((m) => m.MyDataPage),
    },
  ],
);
