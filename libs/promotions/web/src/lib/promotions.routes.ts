import { Routes } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard, provideTypePolicies, withTexts } from '@assoc/platform-web/core';
import { promotionsTypePolicies } from './data-access/promotions.type-policies';
import { promotionsTexts } from './promotions.texts';

/** Campaigns (temps forts) inside the application shell, in the current association; the shop's redemption page. */
export const promotionsRoutes: Routes = withTexts(
  [promotionsTexts],
  [
    {
      path: 'campaigns',
      title: 'promotions.title',
      canActivate: [associationGuard, permissionGuard(Permission.ViewCampaigns)],
      loadComponent: () => import('./campaigns-page/campaigns-page').then((m) => m.CampaignsPage),
    },
    {
      path: 'campaigns/:id',
      title: 'promotions.title',
      canActivate: [associationGuard, permissionGuard(Permission.ViewCampaigns)],
      providers: [provideTypePolicies('promotions', promotionsTypePolicies)],
      loadComponent: () => import('./campaign-page/campaign-page').then((m) => m.CampaignPage),
    },
    {
      path: 'redeem',
      title: 'promotions.redeem.title',
      canActivate: [associationGuard, permissionGuard(Permission.EnrolOffer)],
      loadComponent: () => import('./redeem-page/redeem-page').then((m) => m.RedeemPage),
    },
    {
      path: 'redeem/:code',
      title: 'promotions.redeem.title',
      canActivate: [associationGuard, permissionGuard(Permission.EnrolOffer)],
      loadComponent: () => import('./redeem-page/redeem-page').then((m) => m.RedeemPage),
    },
  ],
);
