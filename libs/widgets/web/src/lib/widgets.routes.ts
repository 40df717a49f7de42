import { Routes } from '@angular/router';

/** Scaffold: the widgets pages (inside the application shell). */
export const widgetsRoutes: Routes = [];
