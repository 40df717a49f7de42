import { Routes } from '@angular/router';
import { withTexts } from '@assoc/platform-web/core';
import { loyaltyTexts } from './loyalty.texts';

/** This domain's pages inside the application shell. */
export const loyaltyRoutes: Routes = withTexts([loyaltyTexts], []);
