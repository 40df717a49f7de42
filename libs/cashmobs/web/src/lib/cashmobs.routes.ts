import { Routes } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard, provideTypePolicies, withTexts } from '@assoc/platform-web/core';
import { cashmobsTypePolicies } from './data-access/cashmobs.type-policies';
import { cashmobsTexts } from './cashmobs.texts';

/** Cashmobs inside the application shell, in the current association. */
export const cashmobsRoutes: Routes = withTexts(
  [cashmobsTexts],
  [
    {
      path: 'cashmobs',
      providers: [provideTypePolicies('cashmobs', cashmobsTypePolicies)],
      title: 'cashmobs.title',
      canActivate: [associationGuard, permissionGuard(Permission.ViewCashmobs)],
      loadComponent: () => import('./cashmobs-page/cashmobs-page').then((m) => m.CashmobsPage),
    },
    {
      path: 'cashmobs/new',
      providers: [provideTypePolicies('cashmobs', cashmobsTypePolicies)],
      title: 'cashmobs.propose.title',
      canActivate: [associationGuard, permissionGuard(Permission.ProposeCashmob)],
      loadComponent: () => import('./propose-cashmob/propose-cashmob').then((m) => m.ProposeCashmob),
    },
    {
      // The counter's one-tap shortcut (phone menu): the shop's cashmob under way, on its check-in.
      path: 'check-in',
      providers: [provideTypePolicies('cashmobs', cashmobsTypePolicies)],
      title: 'cashmobs.checkIn.title',
      canActivate: [associationGuard, permissionGuard(Permission.HostCashmob)],
      loadComponent: () => import('./check-in-shortcut/check-in-shortcut').then((m) => m.CheckInShortcut),
    },
    {
      path: 'cashmobs/:id',
      title: 'cashmobs.title',
      canActivate: [associationGuard, permissionGuard(Permission.ViewCashmobs)],
      loadComponent: () => import('./cashmob-page/cashmob-page').then((m) => m.CashmobPage),
    },
  ],
);
