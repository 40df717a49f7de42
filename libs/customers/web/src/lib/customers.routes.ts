import { Routes } from '@angular/router';
import { withTexts } from '@assoc/platform-web/core';
import { customersTexts } from './customers.texts';

/** This domain's pages inside the application shell. */
export const customersRoutes: Routes = withTexts([customersTexts], []);
