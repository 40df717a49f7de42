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
      path: 'cashmobs/:id',
      title: 'cashmobs.title',
      canActivate: [associationGuard, permissionGuard(Permission.ViewCashmobs)],
      loadComponent: () => import('./cashmob-page/cashmob-page').then((m) => m.CashmobPage),
    },
  ],
);

/** The public pages, without an account (inside the public layout): the cashmob and one's own sign-up. */
export const publicCashmobRoutes: Routes = withTexts(
  [cashmobsTexts],
  [
    {
      path: 'c/sign-up/:token',
      title: 'cashmobs.mySignUp.title',
      loadComponent: () => import('./my-sign-up/my-sign-up').then((m) => m.MySignUpPage),
    },
    {
      path: 'c/:slug',
      title: 'cashmobs.public.title',
      loadComponent: () => import('./public-cashmob/public-cashmob').then((m) => m.PublicCashmobPage),
    },
  ],
);
