import type { ParseKeys } from 'i18next';
import { roleHasPermission, type Permission, type Role } from '../../../shared/permissions';

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
  { path: '/mentors', labelKey: 'nav.mentors', permission: 'cases.read' },
  { path: '/referrals', labelKey: 'nav.referrals', permission: 'cases.read' },
  { path: '/documents', labelKey: 'nav.documents', permission: 'documents.read' },
  { path: '/certificates', labelKey: 'nav.certificates', permission: 'documents.issue' },
  { path: '/verify', labelKey: 'nav.verify', permission: 'documents.read' },
  { path: '/workspace', labelKey: 'nav.workspace', permission: 'mentoring.own' },
  { path: '/reminders', labelKey: 'nav.reminders' },
  { path: '/dashboard', labelKey: 'nav.dashboard', permission: 'reports.read' },
  { path: '/reports', labelKey: 'nav.reports', permission: 'reports.read' },
  { path: '/imports', labelKey: 'nav.imports', permission: 'cases.import' },
  { path: '/backup', labelKey: 'nav.backup', permission: 'backup.create' },
  { path: '/pdpa', labelKey: 'nav.pdpa', permission: 'pdpa.requests' },
  { path: '/accounts', labelKey: 'nav.accounts', permission: 'accounts.manage' },
  { path: '/settings', labelKey: 'nav.settings', permission: 'settings.write' },
  { path: '/audit', labelKey: 'nav.audit', permission: 'audit.read' },
  { path: '/about', labelKey: 'nav.about' },
];

/**
 * Where the app opens: the root, which sends each person on to their role's home page
 * (`homePathFor`). Sign-out goes back here, so that the next person starts on their own home page,
 * not on the page the last one left open.
 */
export const HOME_PATH = '/';

/**
 * An office role's daily work is the case list, so it opens there; a mentor's is their workspace
 * (their mentees). A role with neither opens on the About page, which everyone may see.
 */
export function homePathFor(role: Role): string {
  if (roleHasPermission(role, 'cases.read')) return '/cases';
  return roleHasPermission(role, 'mentoring.own') ? '/workspace' : '/about';
}
