import { Routes } from '@angular/router';
import { identityTexts } from '@assoc/identity-web';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard, withTexts } from '@assoc/platform-web/core';
import { associationsTexts } from './associations.texts';

/** Logged-in pages about associations (inside the application shell). */
export const associationsRoutes: Routes = withTexts(
  [associationsTexts],
  [
    {
      path: 'associations',
      title: 'associations.choose.title',
      loadComponent: () => import('./choose-association/choose-association').then((m) => m.ChooseAssociation),
    },
    {
      path: 'associations/new',
      title: 'associations.create.title',
      loadComponent: () => import('./create-association/create-association').then((m) => m.CreateAssociation),
    },
    {
      path: 'association/members',
      title: 'associations.members.title',
      canActivate: [associationGuard, permissionGuard(Permission.ManageMembers)],
      loadComponent: () => import('./members/members-page').then((m) => m.MembersPage),
    },
    {
      path: 'association/settings',
      title: 'associations.settings.title',
      canActivate: [associationGuard, permissionGuard(Permission.EditSettings)],
      loadComponent: () => import('./settings/association-settings').then((m) => m.AssociationSettings),
    },
  ],
);

/** Public page opened from the invitation e-mail. */
export const invitationRoutes: Routes = withTexts(
  [associationsTexts, identityTexts],
  [
    {
      path: 'invitation/:token',
      title: 'associations.invitation.pageTitle',
      loadComponent: () => import('./accept-invitation/accept-invitation').then((m) => m.AcceptInvitation),
    },
  ],
);
