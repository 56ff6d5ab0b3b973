import type { Generated } from 'kysely';
import type {
  CertificateAchievement,
  DocumentKind,
  DocumentStatus,
  ImageMimeType,
  ReferralStatus,
} from '../../../shared/domain/documents';

/** The tables of migration 0008 (official documents). JSON columns hold arrays as text. */

export interface DocumentImagesTable {
  id: Generated<number>;
  sha256: string;
  mime: ImageMimeType;
  bytes: Uint8Array;
  created_at: string;
  created_by: number;
}

export interface SignersTable {
  id: Generated<number>;
  full_name: string;
  /** JSON array of lines. */
  position_lines: string;
  signature_image_id: number | null;
  active: 0 | 1;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface LetterheadTable {
  id: 1;
  agency_name: string;
  /** JSON array of lines. */
  address_lines: string;
  phone: string;
  fax: string;
  email: string;
  owning_division: string;
  number_prefix: string;
  thai_digits: 0 | 1;
  emblem_image_id: number | null;
  default_letter_signer_id: number | null;
  /** JSON array of up to two signer ids. */
  default_certificate_signer_ids: string;
  version: number;
  updated_at: string;
  updated_by: number;
}

export interface AgenciesTable {
  id: Generated<number>;
  name: string;
  addressee: string;
  /** JSON array of lines. */
  address_lines: string;
  phone: string;
  email: string;
  contact_person: string;
  active: 0 | 1;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface CertificateBatchesTable {
  id: Generated<number>;
  achievement: CertificateAchievement;
  /** JSON of the wording the batch was issued with. */
  wording: string;
  issued_on: string;
  count: number;
  created_at: string;
  created_by: number;
}

export interface DocumentCountersTable {
  kind: DocumentKind;
  /** The Gregorian calendar year of the issue date. */
  year: number;
  last_seq: number;
}

export interface DocumentsTable {
  id: Generated<number>;
  kind: DocumentKind;
  number: string;
  year: number;
  seq: number;
  case_id: number;
  referral_id: number | null;
  batch_id: number | null;
  achievement: CertificateAchievement | null;
  issued_on: string;
  issued_at: string;
  issued_by: number;
  status: Generated<DocumentStatus>;
  void_reason: string | null;
  voided_at: string | null;
  voided_by: number | null;
  /** Canonical JSON of the DocumentModel (`canonicalJson`). */
  snapshot: string;
  sha256: string;
  print_count: Generated<number>;
  last_printed_at: string | null;
}

export interface ReferralsTable {
  id: Generated<number>;
  case_id: number;
  agency_id: number;
  addressee: string;
  reason: string;
  requested_service: string;
  /** JSON arrays. */
  enclosures: string;
  reference_list: string;
  contact_person: string;
  details: string;
  status: Generated<ReferralStatus>;
  sent_on: string | null;
  status_on: string | null;
  letter_document_id: number | null;
  created_at: string;
  created_by: number;
  updated_at: string;
  version: Generated<number>;
}

export interface ReferralStatusHistoryTable {
  id: Generated<number>;
  referral_id: number;
  status: ReferralStatus;
  on_date: string;
  note: string;
  by_user_id: number;
  at: string;
}

export interface CertificateKeysTable {
  id: Generated<number>;
  key_id: string;
  /** Raw 32-byte Ed25519 public key. */
  public_key: Uint8Array;
  /** PKCS#8 DER of the private key. */
  private_key: Uint8Array;
  created_at: string;
  retired_at: string | null;
}

export interface DocumentsTables {
  document_images: DocumentImagesTable;
  signers: SignersTable;
  letterhead: LetterheadTable;
  agencies: AgenciesTable;
  certificate_batches: CertificateBatchesTable;
  document_counters: DocumentCountersTable;
  documents: DocumentsTable;
  referrals: ReferralsTable;
  referral_status_history: ReferralStatusHistoryTable;
  certificate_keys: CertificateKeysTable;
}
