import { Routes } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard } from '@assoc/platform-web/core';

/** The association calendar (inside the application shell, in the current association). */
export const calendarRoutes: Routes = [
  {
    path: 'calendar',
    title: 'calendar.title',
    canActivate: [associationGuard, permissionGuard(Permission.ViewCalendar)],
    loadComponent: () => import('./calendar-page/calendar-page').then((m) => m.CalendarPage),
  },
];
