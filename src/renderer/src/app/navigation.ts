import type { ParseKeys } from 'i18next';
import type { Permission } from '../../../shared/permissions';

export interface NavItem {
  path: string;
  labelKey: ParseKeys;
  /** Shown only to roles holding this permission (main enforces it anyway). */
  permission?: Permission;
}

/**
 * The sections in the navigation column. Only sections that are really built are listed: a clerk
 * should never click into a "coming soon" page.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/cases', labelKey: 'nav.cases', permission: 'cases.read' },
  { path: '/cases/new', labelKey: 'nav.registerPerson', permission: 'cases.write' },
  { path: '/accounts', labelKey: 'nav.accounts', permission: 'accounts.manage' },
  { path: '/settings', labelKey: 'nav.settings', permission: 'settings.write' },
  { path: '/audit', labelKey: 'nav.audit', permission: 'audit.read' },
  { path: '/about', labelKey: 'nav.about' },
];

/** Where the app opens. */
export const HOME_PATH = '/about';
