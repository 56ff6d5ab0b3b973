import type { Language, ProductCategory } from '../mentoring/codes';
import { z } from 'zod';
import {
  addressSchema,
  baselineEditSchema,
  businessSchema,
  consentNoticeVersionSchema,
  contactSchema,
  identityDocumentSchema,
  personNameSchema,
  programmeSchema,
  sensitiveFields,
} from './intake';
import { CASE_STATUSES, type CaseStatus } from './status';
import { safeText } from '../../text/safe-text';
import { CONSENT_GIVERS, CONSENT_PURPOSES } from './codes';
import type {
  ConsentGiver,
  ConsentPurpose,
  Department,
  DisabilityType,
  FlagshipProject,
  NameTitle,
  OtherIdDocument,
  ReferralSource,
  Sex,
  TargetGroup,
} from './codes';

export const caseIdSchema = z.strictObject({ caseId: z.number().int().positive() });
export const beneficiaryIdSchema = z.strictObject({ beneficiaryId: z.number().int().positive() });

/** An address as stored and shown, with the names of its reference places (Bangkok: เขต/แขวง). */
export interface AddressView {
  line: string;
  subdistrictId: number | null;
  postcode: string;
  subdistrictName: string | null;
  districtName: string | null;
  provinceId: number | null;
  provinceName: string | null;
  isBangkok: boolean;
}

/**
 * What the case page shows of a person. Sensitive fields (national ID, disability types, health
 * notes) are masked here: `nationalIdMasked` shows the last four digits only, and the others say
 * only whether something is recorded. `cases.reveal` returns them, audited.
 */
export interface BeneficiaryProfile {
  beneficiaryId: number;
  title: NameTitle;
  titleOther: string;
  displayName: string;
  firstName: string;
  lastName: string;
  nickname: string;
  latinName: string;
  birthDate: string;
  sex: Sex;
  hasThaiId: boolean;
  nationalIdMasked: string;
  otherIdDocument: OtherIdDocument | null;
  otherIdNumber: string;
  phone: string;
  lineId: string;
  registeredAddress: AddressView;
  currentSameAsRegistered: boolean;
  currentAddress: AddressView;
  /**
   * When the person's data was erased on their request (PDPA s.33, issue 11), else null: the
   * case still opens, for the figures and the register, but takes nothing new.
   */
  erasedAt: string | null;
}

export interface CaseDetails {
  caseId: number;
  caseNumber: string;
  status: CaseStatus;
  statusReason: string;
  intakeDate: string;
  targetGroups: TargetGroup[];
  department: Department;
  flagshipProject: FlagshipProject;
  referralSource: ReferralSource;
  referralSourceDetail: string;
  householdSize: number;
  monthlyIncomeSatang: number;
  welfareCard: boolean;
  disabilityCard: boolean;
  /** Masked: only whether disability types or health notes are recorded. */
  hasDisabilityTypes: boolean;
  hasHealthNotes: boolean;
  caregiverName: string;
  caregiverRelation: string;
  occupation: string;
  skills: string;
  products: string;
  hasSmartphone: boolean;
  hasInternet: boolean;
  hasBankAccount: boolean;
  hasProductPhotos: boolean;
  hasOnlineShop: boolean;
  lazadaSellerId: string;
  goals: string;
  notes: string;
  mentoringNeeds: string[];
  productCategory: ProductCategory | null;
  languages: Language[];
  mentorId: number | null;
  mentorName: string | null;
  createdByName: string;
}

export interface ConsentState {
  purpose: ConsentPurpose;
  granted: boolean;
  /** When the current state began (the grant, or the withdrawal). */
  since: string | null;
  noticeVersion: string | null;
  givenBy: ConsentGiver | null;
  guardianName: string;
  recordedByName: string | null;
}

export interface ConsentHistoryEntry {
  id: number;
  purpose: ConsentPurpose;
  granted: boolean;
  noticeVersion: string;
  givenBy: ConsentGiver;
  guardianName: string;
  note: string;
  recordedAt: string;
  recordedByName: string;
}

export const TIMELINE_KINDS = [
  'intake',
  'status_changed',
  'profile_edited',
  'consent_granted',
  'consent_withdrawn',
  'attachment_added',
  'attachment_removed',
  'duplicate_reviewed',
  'mentor_assigned',
  'mentor_unassigned',
  'session_logged',
  'milestone_recorded',
  'outcome_recorded',
  'referral_created',
  'referral_status_changed',
  'letter_issued',
  'certificate_issued',
  'document_voided',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One line of the story: what happened, when, by whom; details are ids and codes, not prose. */
export interface TimelineEntry {
  id: number;
  kind: TimelineKind;
  at: string;
  byName: string;
  /**
   * For status changes: `{ from, to, reason }`; consents: `{ purpose }`; edits: `{ fields }`;
   * mentoring: `{ mentorId, mentorName, endKind }`, `{ sessionId, heldOn, mode }`, `{ kind }`,
   * `{ month }` (ids and codes; names of staff only, never a beneficiary's detail).
   */
  detail: Record<string, string | string[]>;
}

export interface AttachmentInfo {
  attachmentId: number;
  fileName: string;
  mimeType: AttachmentMimeType;
  sizeBytes: number;
  caption: string;
  addedAt: string;
  addedByName: string;
}

/** The other cases of the same person (earlier ones, or the current one seen from an old one). */
export interface RelatedCase {
  caseId: number;
  caseNumber: string;
  status: CaseStatus;
  intakeDate: string;
}

/** Everything the case page needs in one call (one audit event `case.viewed`). */
export interface CaseFile {
  profile: BeneficiaryProfile;
  case: CaseDetails;
  consents: ConsentState[];
  otherCases: RelatedCase[];
  /** Newest first. */
  timeline: TimelineEntry[];
  attachments: AttachmentInfo[];
  /** The signed-in role may press "show" on masked fields. */
  canReveal: boolean;
}

export const REVEALABLE_FIELDS = ['national_id', 'disability', 'health_notes'] as const;
export type RevealableField = (typeof REVEALABLE_FIELDS)[number];

export const revealSchema = z.strictObject({
  caseId: z.number().int().positive(),
  field: z.enum(REVEALABLE_FIELDS),
});

export interface RevealedValue {
  field: RevealableField;
  nationalId: string;
  disabilityTypes: DisabilityType[];
  healthNotes: string;
}

/**
 * Editing from the case page: each section is sent whole, and each field that changed is kept in
 * the change history. The identity document and the sensitive baseline have their own methods,
 * which need the permission to reveal them.
 */
export const profileUpdateSchema = z.strictObject({
  caseId: z.number().int().positive(),
  person: personNameSchema.optional(),
  contact: contactSchema.optional(),
});

export const caseUpdateSchema = z.strictObject({
  caseId: z.number().int().positive(),
  programme: programmeSchema.optional(),
  baseline: baselineEditSchema.optional(),
  business: businessSchema.optional(),
});

export const identityDocumentUpdateSchema = z.strictObject({
  caseId: z.number().int().positive(),
  document: identityDocumentSchema,
});

export const sensitiveUpdateSchema = z.strictObject({
  caseId: z.number().int().positive(),
  ...sensitiveFields,
});

export interface FieldChange {
  id: number;
  /** `identity.firstName`, `contact.phone`, `baseline.householdSize`… */
  field: string;
  /** Shown as stored; sensitive fields (national ID, disability, health) say only "changed". */
  oldValue: string | null;
  newValue: string | null;
  sensitive: boolean;
  changedAt: string;
  changedByName: string;
}

export const statusChangeSchema = z.strictObject({
  caseId: z.number().int().positive(),
  to: z.enum(CASE_STATUSES),
  reason: z.string().trim().max(500, 'too_long'),
});

export const consentChangeSchema = z.strictObject({
  caseId: z.number().int().positive(),
  purpose: z.enum(CONSENT_PURPOSES),
  granted: z.boolean(),
  noticeVersion: consentNoticeVersionSchema,
  givenBy: z.enum(CONSENT_GIVERS),
  guardianName: safeText().trim().max(100, 'too_long'),
  note: z.string().trim().max(500, 'too_long'),
});

/** Attachments: checked by their content, not their name; at most this size each. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
] as const;
export type AttachmentMimeType = (typeof ATTACHMENT_MIME_TYPES)[number];

/**
 * The bytes travel base64-encoded (the file is picked in the page; both transports carry JSON).
 * The schema's length cap refuses an oversized file before it is decoded.
 */
export const attachmentAddSchema = z.strictObject({
  caseId: z.number().int().positive(),
  fileName: z.string().trim().min(1).max(200),
  caption: z.string().trim().max(200, 'too_long'),
  dataBase64: z.string().max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 4, 'attachment_too_large'),
});

export const attachmentIdSchema = z.strictObject({ attachmentId: z.number().int().positive() });

export interface AttachmentContent {
  attachmentId: number;
  fileName: string;
  mimeType: AttachmentMimeType;
  dataBase64: string;
}

export { addressSchema };
