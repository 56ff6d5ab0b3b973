/**
 * The sections in the navigation column. Only sections that are really built are listed: a clerk
 * should never click into a "coming soon" page.
 */
export const NAV_ITEMS = [{ path: '/about', labelKey: 'nav.about' }] as const;

export type NavItem = (typeof NAV_ITEMS)[number];

/** Where the app opens. */
export const HOME_PATH = '/about';
