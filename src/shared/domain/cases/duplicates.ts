import { z } from 'zod';
import { safeText } from '../../text/safe-text';
import type { RelatedCase } from './case-file';

/**
 * The duplicate check the wizard runs before its review page (and the core runs again on save).
 * Same national ID: the save is refused; the clerk opens that person or starts a new case for
 * them. A similar name (normalised: tone marks, spacing, titles) with the same birth date or the
 * same phone: a warning with both people side by side, and the clerk's decision is recorded.
 */
export const duplicateCheckSchema = z.strictObject({
  nationalId: z.string().max(64),
  firstName: safeText().max(100),
  lastName: safeText().max(100),
  birthDate: z.string().max(10),
  phone: z.string().max(64),
});
export type DuplicateCheck = z.input<typeof duplicateCheckSchema>;

export const DUPLICATE_MATCHES = ['national_id', 'name_and_birth_date', 'name_and_phone'] as const;
export type DuplicateMatch = (typeof DUPLICATE_MATCHES)[number];

/** What the side-by-side view shows of a registered person. Never the full national ID. */
export interface DuplicateCandidate {
  beneficiaryId: number;
  displayName: string;
  nickname: string;
  birthDate: string;
  phone: string;
  idLastDigits: string;
  provinceName: string | null;
  matchedOn: DuplicateMatch[];
  cases: RelatedCase[];
}

export interface DuplicateReport {
  /** Someone with the same national ID: saving is refused. */
  sameNationalId: DuplicateCandidate | null;
  /** Possibly the same person: the clerk decides. */
  similar: DuplicateCandidate[];
}
