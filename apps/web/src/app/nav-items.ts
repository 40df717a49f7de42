import { Permission } from '@assoc/platform-domain';
import { NavItem } from '@assoc/platform-web/core';

/** The logged-in navigation; each entry points at a page owned by a domain library. */
export const navItems: readonly NavItem[] = [
  { path: '/feed', labelKey: 'nav.feed', icon: 'forum' },
  // At the counter: one tap from the phone menu for shopkeepers (issue 16).
  { path: '/redeem', labelKey: 'nav.redeem', icon: 'label', permission: Permission.EnrolOffer, shopkeeper: true },
  {
    path: '/check-in',
    labelKey: 'nav.checkIn',
    icon: 'done-all',
    permission: Permission.HostCashmob,
    shopkeeper: true,
  },
  { path: '/search', labelKey: 'nav.search', icon: 'search' },
  { path: '/projects', labelKey: 'nav.projects', icon: 'projects', permission: Permission.ViewProjects },
  { path: '/cashmobs', labelKey: 'nav.cashmobs', icon: 'group', permission: Permission.ViewCashmobs },
  { path: '/campaigns', labelKey: 'nav.promotions', icon: 'label', permission: Permission.ViewCampaigns },
  { path: '/calendar', labelKey: 'nav.calendar', icon: 'calendar', permission: Permission.ViewCalendar },
  { path: '/impact', labelKey: 'nav.impact', icon: 'insights', permission: Permission.ViewOwnImpact },
  { path: '/widgets', labelKey: 'nav.widgets', icon: 'widgets', permission: Permission.ManageWidgets },
  { path: '/widgets/products', labelKey: 'nav.featuredProducts', icon: 'image', permission: Permission.EditOwnShop },
  { path: '/directory', labelKey: 'nav.directory', icon: 'store' },
  { path: '/my-shop', labelKey: 'nav.myShop', icon: 'edit', permission: Permission.EditOwnShop },
  { path: '/association/members', labelKey: 'nav.members', icon: 'group', permission: Permission.ManageMembers },
  { path: '/association/settings', labelKey: 'nav.settings', icon: 'tune', permission: Permission.EditSettings },
  { path: '/associations', labelKey: 'nav.associations', icon: 'business', withoutAssociation: true },
];
