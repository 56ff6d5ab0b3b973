import type { CertificateAchievement, DocumentKind, DocumentStatus, ImageMimeType } from './codes';

/**
 * What a printed document says, frozen when it is issued. The register stores this model as
 * canonical JSON with its SHA-256 (`canonicalJson`), and every print and reprint renders from it,
 * so a later change of letterhead, signer or case never changes a document already issued.
 * Official documents are Thai: the texts here are composed in Thai whatever the UI language.
 */

/** An image the office stored (emblem, signature), by the SHA-256 of its bytes. */
export interface ImageRef {
  sha256: string;
  mime: ImageMimeType;
}

/** The office as a document shows it. */
export interface LetterheadSnapshot {
  /** ส่วนราชการเจ้าของหนังสือ, e.g. "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่". */
  agencyName: string;
  /** The agency's address, one line per printed line. */
  addressLines: string[];
  emblem: ImageRef | null;
  /** Print digits as ๐–๙. */
  thaiDigits: boolean;
}

export interface SignerSnapshot {
  fullName: string;
  /** One line per printed line (a position may be followed by "ปฏิบัติราชการแทน…"). */
  positionLines: string[];
  signature: ImageRef | null;
}

/** One line of the beneficiary's details in a referral letter: label and value, both Thai. */
export interface LetterDetail {
  label: string;
  value: string;
}

/** หนังสือภายนอก: a referral letter, part by part in the regulation's order. */
export interface LetterModel {
  kind: 'referral_letter';
  /** ที่: the register number with the office prefix, e.g. "พม 0506/123" (digits as stored). */
  number: string;
  /** วัน เดือน ปี: ISO date; printed as the long พ.ศ. form. */
  issuedOn: string;
  letterhead: LetterheadSnapshot;
  /** เรื่อง */
  subject: string;
  /** เรียน */
  addressee: string;
  /** อ้างถึง (may be empty) */
  references: string[];
  /** สิ่งที่ส่งมาด้วย (may be empty) */
  enclosures: string[];
  /** The body: the reason, the request; each paragraph gets the 2.5 cm first-line indent. */
  paragraphs: string[];
  /** The person's details the officer chose to include, printed between the paragraphs. */
  details: LetterDetail[];
  /** The closing paragraph ("จึงเรียนมาเพื่อโปรดพิจารณา…"). */
  closingParagraph: string;
  /** คำลงท้าย */
  complimentaryClose: string;
  signer: SignerSnapshot;
  /** Bottom left: ส่วนราชการเจ้าของเรื่อง, โทร., โทรสาร, e-mail, and the contact person. */
  footer: {
    owningDivision: string;
    phone: string;
    fax: string;
    email: string;
    contactPerson: string;
  };
  /** สำเนาส่ง (may be empty) */
  copyTo: string[];
}

/** เกียรติบัตร: A4 landscape. */
export interface CertificateModel {
  kind: 'certificate';
  /** The serial, e.g. "2569/00017". */
  serial: string;
  issuedOn: string;
  letterhead: Pick<LetterheadSnapshot, 'agencyName' | 'emblem' | 'thaiDigits'>;
  /** The holder's name as printed, with title ("นางสาวสมศรี ใจดี"). */
  holderName: string;
  achievement: CertificateAchievement;
  /** The achievement line ("ได้เปิดร้านค้าออนไลน์สำเร็จ", "ได้ผ่านการอบรม …"). */
  achievementText: string;
  /** A second line (the programme, the shop's name), may be empty. */
  detailText: string;
  /** One or two signers. */
  signers: SignerSnapshot[];
  /** The verification code the QR holds (ASCII only; see certificate-code.ts). */
  verificationCode: string;
}

export type DocumentModel = LetterModel | CertificateModel;

/** One page set to print: a document's model and whether this print is a copy (สำเนา). */
export interface PrintItem {
  /** The register id, or null for a preview of a document not yet issued. */
  documentId: number | null;
  kind: DocumentKind;
  status: DocumentStatus | 'draft';
  /** A reprint: the pages say "สำเนา". */
  copy: boolean;
  model: DocumentModel;
}

/**
 * What the print route renders: the items, and every image they name as a `data:` URL (the print
 * window loads nothing from anywhere else; the CSP allows no network).
 */
export interface PrintView {
  items: PrintItem[];
  images: Record<string, string>;
}
