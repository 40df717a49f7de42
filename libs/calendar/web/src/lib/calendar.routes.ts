import { Routes } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard, provideTypePolicies, withTexts } from '@assoc/platform-web/core';
import { calendarTypePolicies } from './data-access/calendar.type-policies';
import { calendarTexts } from './calendar.texts';

/** The association calendar (inside the application shell, in the current association). */
export const calendarRoutes: Routes = [
  {
    path: '',
    providers: [provideTypePolicies('calendar', calendarTypePolicies)],
    children: withTexts(
      [calendarTexts],
      [
        {
          path: 'calendar',
          title: 'calendar.title',
          canActivate: [associationGuard, permissionGuard(Permission.ViewCalendar)],
          loadComponent: () => import('./calendar-page/calendar-page').then((m) => m.CalendarPage),
        },
      ],
    ),
  },
];
