import type { Language } from '../../../shared/domain/mentoring';
import type { z } from 'zod';
import type {
  baselineEditSchema,
  businessSchema,
  contactSchema,
  DisabilityType,
  identityDocumentSchema,
  personNameSchema,
  programmeSchema,
  TargetGroup,
} from '../../../shared/domain/cases';
import type { Fields } from './case-file-fields';
import type { BeneficiaryRow, CaseRow } from './case-file-repository';

export type PersonInput = z.output<typeof personNameSchema>;
export type ContactInput = z.output<typeof contactSchema>;
export type IdentityDocumentInput = z.output<typeof identityDocumentSchema>;
export type ProgrammeInput = z.output<typeof programmeSchema>;
export type BaselineInput = z.output<typeof baselineEditSchema>;
export type BusinessInput = z.output<typeof businessSchema>;
export type SensitiveInput = { disabilityTypes: DisabilityType[]; healthNotes: string };

const flag = (value: boolean) => (value ? (1 as const) : (0 as const));

/**
 * Each section of the case page as the form sends it, read back from the stored rows, and its
 * columns: the edit service compares the two forms field by field and writes the columns.
 */
export function personOf(b: BeneficiaryRow): PersonInput {
  return {
    title: b.title,
    titleOther: b.title_other,
    firstName: b.first_name,
    lastName: b.last_name,
    nickname: b.nickname,
    latinName: b.latin_name,
    birthDate: b.birth_date,
    sex: b.sex,
  };
}

export function personColumns(p: PersonInput) {
  return {
    title: p.title,
    title_other: p.title === 'other' ? p.titleOther : '',
    first_name: p.firstName,
    last_name: p.lastName,
    nickname: p.nickname,
    latin_name: p.latinName,
    birth_date: p.birthDate,
    sex: p.sex,
  };
}

export function contactOf(b: BeneficiaryRow): ContactInput {
  return {
    phone: b.phone,
    lineId: b.line_id,
    registeredAddress: {
      line: b.registered_line,
      subdistrictId: b.registered_subdistrict_id,
      postcode: b.registered_postcode,
    },
    currentSameAsRegistered: b.current_same_as_registered === 1,
    currentAddress: {
      line: b.current_line,
      subdistrictId: b.current_subdistrict_id,
      postcode: b.current_postcode,
    },
  };
}

/** The current address is stored as a copy of the registered one when they are the same. */
export function withCurrentAddress(contact: ContactInput): ContactInput {
  return contact.currentSameAsRegistered
    ? { ...contact, currentAddress: { ...contact.registeredAddress } }
    : contact;
}

export function contactFields(c: ContactInput): Fields {
  return {
    phone: c.phone,
    lineId: c.lineId,
    'registeredAddress.line': c.registeredAddress.line,
    'registeredAddress.subdistrictId': c.registeredAddress.subdistrictId,
    'registeredAddress.postcode': c.registeredAddress.postcode,
    currentSameAsRegistered: c.currentSameAsRegistered,
    'currentAddress.line': c.currentAddress.line,
    'currentAddress.subdistrictId': c.currentAddress.subdistrictId,
    'currentAddress.postcode': c.currentAddress.postcode,
  };
}

export function contactColumns(c: ContactInput) {
  return {
    phone: c.phone,
    line_id: c.lineId,
    registered_line: c.registeredAddress.line,
    registered_subdistrict_id: c.registeredAddress.subdistrictId,
    registered_postcode: c.registeredAddress.postcode,
    current_same_as_registered: flag(c.currentSameAsRegistered),
    current_line: c.currentAddress.line,
    current_subdistrict_id: c.currentAddress.subdistrictId,
    current_postcode: c.currentAddress.postcode,
  };
}

export function identityDocumentOf(b: BeneficiaryRow): IdentityDocumentInput {
  return {
    hasThaiId: b.has_thai_id === 1,
    nationalId: b.national_id ?? '',
    otherIdDocument: b.other_id_document,
    otherIdNumber: b.other_id_number,
  };
}

/** A person has either a Thai ID or another document: the other one is cleared. */
export function identityDocumentColumns(d: IdentityDocumentInput) {
  return d.hasThaiId
    ? {
        has_thai_id: 1 as const,
        national_id: d.nationalId,
        other_id_document: null,
        other_id_number: '',
      }
    : {
        has_thai_id: 0 as const,
        national_id: null,
        other_id_document: d.otherIdDocument,
        other_id_number: d.otherIdNumber,
      };
}

export function programmeOf(c: CaseRow, targetGroups: TargetGroup[]): ProgrammeInput {
  return {
    targetGroups,
    department: c.department,
    flagshipProject: c.flagship_project,
    referralSource: c.referral_source,
    referralSourceDetail: c.referral_source_detail,
  };
}

export function programmeColumns(p: ProgrammeInput) {
  return {
    department: p.department,
    flagship_project: p.flagshipProject,
    referral_source: p.referralSource,
    referral_source_detail: p.referralSourceDetail,
  };
}

export function baselineOf(c: CaseRow): BaselineInput {
  return {
    householdSize: c.household_size,
    monthlyIncomeSatang: c.monthly_income_satang,
    welfareCard: c.welfare_card === 1,
    disabilityCard: c.disability_card === 1,
    caregiverName: c.caregiver_name,
    caregiverRelation: c.caregiver_relation,
    occupation: c.occupation,
  };
}

export function baselineColumns(b: BaselineInput) {
  return {
    household_size: b.householdSize,
    monthly_income_satang: b.monthlyIncomeSatang,
    welfare_card: flag(b.welfareCard),
    disability_card: flag(b.disabilityCard),
    caregiver_name: b.caregiverName,
    caregiver_relation: b.caregiverRelation,
    occupation: b.occupation,
  };
}

export function businessOf(c: CaseRow): BusinessInput {
  return {
    skills: c.skills,
    products: c.products,
    hasSmartphone: c.has_smartphone === 1,
    hasInternet: c.has_internet === 1,
    hasBankAccount: c.has_bank_account === 1,
    hasProductPhotos: c.has_product_photos === 1,
    hasOnlineShop: c.has_online_shop === 1,
    lazadaSellerId: c.lazada_seller_id,
    goals: c.goals,
    notes: c.notes,
    mentoringNeeds: codesOf<string>(c.mentoring_needs),
    productCategory: c.product_category,
    languages: codesOf<Language>(c.languages),
  };
}

export function businessColumns(b: BusinessInput) {
  return {
    skills: b.skills,
    products: b.products,
    has_smartphone: flag(b.hasSmartphone),
    has_internet: flag(b.hasInternet),
    has_bank_account: flag(b.hasBankAccount),
    has_product_photos: flag(b.hasProductPhotos),
    has_online_shop: flag(b.hasOnlineShop),
    lazada_seller_id: b.lazadaSellerId,
    goals: b.goals,
    notes: b.notes,
    mentoring_needs: JSON.stringify(b.mentoringNeeds),
    product_category: b.productCategory,
    languages: JSON.stringify(b.languages),
  };
}

/** A JSON array of codes as stored; anything unreadable counts as none. */
export function codesOf<T extends string>(json: string): T[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

/** Stored as a JSON array of codes; anything unreadable counts as none recorded. */
export function disabilityTypesOf(c: CaseRow): DisabilityType[] {
  try {
    const value: unknown = JSON.parse(c.disability_types);
    return Array.isArray(value) ? (value as DisabilityType[]) : [];
  } catch {
    return [];
  }
}

export function sensitiveOf(c: CaseRow): SensitiveInput {
  return { disabilityTypes: disabilityTypesOf(c), healthNotes: c.health_notes };
}

export function sensitiveColumns(s: SensitiveInput) {
  return {
    disability_types: JSON.stringify([...new Set(s.disabilityTypes)].sort()),
    health_notes: s.healthNotes,
  };
}
