/**
 * The fixed lists a case file is made of. Each is stored as text checked by a CHECK constraint
 * (migration 0004) and translated in the `cases` namespace; the Thai names are in docs/domain.md.
 */

/** A person can belong to several (เด็ก เยาวชน, สตรี, ผู้สูงอายุ, คนพิการ, ผู้ด้อยโอกาส). */
export const TARGET_GROUPS = [
  'children_youth',
  'women',
  'older_persons',
  'persons_with_disabilities',
  'underprivileged',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** The five departments that signed the MOU, by their Thai abbreviation (ดย. ผส. สค. พส. พก.). */
export const DEPARTMENTS = ['dcy', 'dop', 'dwf', 'dsdw', 'dep'] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** The ministry's seven flagship projects, in the ministry's order (the Lazada work is the 3rd). */
export const FLAGSHIP_PROJECTS = [
  'quality_of_life',
  'housing_security',
  'jobs_and_income',
  'society_without_violence',
  'network_partnership',
  'social_protection',
  'msdhs_next',
] as const;
export type FlagshipProject = (typeof FLAGSHIP_PROJECTS)[number];

/** นาย นาง นางสาว เด็กชาย เด็กหญิง; `other` keeps the title typed (ว่าที่ร้อยตรี, พระ…). */
export const NAME_TITLES = ['mr', 'mrs', 'miss', 'master', 'girl', 'other'] as const;
export type NameTitle = (typeof NAME_TITLES)[number];

export const SEXES = ['male', 'female', 'other'] as const;
export type Sex = (typeof SEXES)[number];

/** For people without a Thai national ID (stateless people, migrants). */
export const OTHER_ID_DOCUMENTS = [
  'passport',
  'pink_card',
  'alien_id',
  'birth_certificate',
  'other',
] as const;
export type OtherIdDocument = (typeof OTHER_ID_DOCUMENTS)[number];

/** The seven disability types of the disability card (sensitive data, PDPA s.26). */
export const DISABILITY_TYPES = [
  'visual',
  'hearing_communication',
  'physical_mobility',
  'mental_behavioural',
  'intellectual',
  'learning',
  'autism',
] as const;
export type DisabilityType = (typeof DISABILITY_TYPES)[number];

/** Consent is asked per purpose (PDPA s.19); a withdrawal stops that purpose from that moment. */
export const CONSENT_PURPOSES = [
  'programme',
  'share_lazada',
  'share_volunteers',
  'photos',
  'referral',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** Who gave the consent: the person, or a guardian for a minor or an incapacitated person. */
export const CONSENT_GIVERS = ['self', 'guardian'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/**
 * The notice shown at collection (PDPA s.23). Its text lives in the `intake` catalogues under
 * `notice`; a changed text gets a new version, and every consent records the version seen.
 */
export const CONSENT_NOTICE_VERSION = '2569-2';

/** How the person came to the programme. */
export const REFERRAL_SOURCES = [
  'walk_in',
  'department',
  'local_office',
  'community_leader',
  'lazada',
  'other_agency',
  'other',
] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
