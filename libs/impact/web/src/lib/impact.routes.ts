import { Routes } from '@angular/router';

/** Scaffold: the impact pages (inside the application shell). */
export const impactRoutes: Routes = [];
