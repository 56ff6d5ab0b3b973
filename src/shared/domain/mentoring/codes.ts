/**
 * The fixed lists of the mentoring work. Each is stored as text checked by a CHECK constraint
 * (migration 0007 and compartment migration 0002) and translated in the `mentoring` namespace;
 * the Thai names are in docs/domain.md. The skills taxonomy is not here: it is data the admin
 * edits (table `mentor_skills`), seeded from DEFAULT_SKILLS.
 */

/** Who the mentor works for: Lazada's advisory team, a ministry department, or a volunteer. */
export const ORGANISATION_KINDS = ['lazada', 'department', 'volunteer'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * What an external mentor's organisation needs the beneficiary to have agreed to (PDPA s.19, 27):
 * Lazada advisers need "share with Lazada", other outside volunteers "share with volunteer
 * mentors". Ministry staff work under the programme consent every case has.
 */
export const SHARING_CONSENT_FOR = {
  lazada: 'share_lazada',
  volunteer: 'share_volunteers',
  department: 'programme',
} as const satisfies Record<OrganisationKind, string>;

/** What the person sells, in the marketplace's broad categories. */
export const PRODUCT_CATEGORIES = [
  'food',
  'agriculture',
  'fashion',
  'handicraft',
  'beauty',
  'home',
  'health',
  'services',
  'other',
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

/**
 * Languages a mentor coaches in and a beneficiary prefers. Lao covers Isan; Thai Sign Language
 * lets a deaf seller be matched with a mentor who signs.
 */
export const LANGUAGES = ['th', 'en', 'lo', 'km', 'my', 'ms', 'zh', 'tsl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The skills taxonomy as first seeded (DOMAIN.md); the admin may rename, add and retire. */
export const DEFAULT_SKILLS = [
  { code: 'product_photography', th: 'การถ่ายภาพสินค้า', en: 'Product photography' },
  { code: 'listing_pricing', th: 'การลงสินค้าและตั้งราคา', en: 'Listing and pricing' },
  { code: 'packaging_logistics', th: 'บรรจุภัณฑ์และการขนส่ง', en: 'Packaging and logistics' },
  { code: 'shop_setup', th: 'การเปิดร้านค้าออนไลน์', en: 'Shop setup' },
  { code: 'marketing_promotion', th: 'การตลาดและโปรโมชัน', en: 'Marketing and promotion' },
  { code: 'finance_bookkeeping', th: 'การเงินและการทำบัญชี', en: 'Finance and bookkeeping' },
  { code: 'customer_service', th: 'การบริการลูกค้า', en: 'Customer service' },
  { code: 'digital_literacy', th: 'ทักษะดิจิทัลพื้นฐาน', en: 'Digital literacy' },
] as const;

export const SKILL_CODE_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;

/** How a session was held. */
export const SESSION_MODES = ['in_person', 'phone', 'video', 'line'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

/** Who is to do an agreed action. */
export const ACTION_OWNERS = ['beneficiary', 'mentor', 'office'] as const;
export type ActionOwner = (typeof ACTION_OWNERS)[number];

/** The countable steps of selling online (one of each per case). */
export const MILESTONE_KINDS = ['shop_opened', 'products_listed', 'first_order'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Where a monthly figure comes from. */
export const FIGURE_SOURCES = ['self_reported', 'evidence'] as const;
export type FigureSource = (typeof FIGURE_SOURCES)[number];

/** Why an assignment ended. */
export const ASSIGNMENT_END_KINDS = [
  'reassigned',
  'ended',
  'consent_withdrawn',
  'case_closed',
  'mentor_removed',
] as const;
export type AssignmentEndKind = (typeof ASSIGNMENT_END_KINDS)[number];

/** A mentor edits their own session for this many days; after that a correction is a new entry. */
export const SESSION_EDIT_DAYS = 7;
/** A session lasts at least a minute and at most a day. */
export const SESSION_MINUTES_MAX = 24 * 60;
/** A session may be logged at most this many days ahead (a planned one is a "next session"). */
export const SESSION_FUTURE_DAYS_MAX = 1;
/** Monthly sales or income above this (10 million baht) is refused as a typing mistake. */
export const MONTHLY_SATANG_MAX = 1_000_000_000;
export const MONTHLY_ORDERS_MAX = 100_000;
export const PRODUCTS_LISTED_MAX = 100_000;
/** Mentor capacity: how many active mentees at most. */
export const CAPACITY_MAX = 200;
/** Default for the reminder "no session for N days". */
export const NO_SESSION_DAYS_DEFAULT = 30;
/** How many cases one bulk assignment takes. */
export const BULK_ASSIGN_MAX = 200;
