import { Routes } from '@angular/router';
import { withTexts } from '@assoc/platform-web/core';
import { communityTexts } from './community.texts';

/** This domain's pages inside the application shell. */
export const communityRoutes: Routes = withTexts([communityTexts], []);
