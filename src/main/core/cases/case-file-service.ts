import type { Language } from '../../../shared/domain/mentoring';
import type {
  CaseFile,
  CaseDetails,
  FieldChange,
  RevealableField,
  RevealedValue,
  TimelineEntry,
} from '../../../shared/domain/cases';
import { roleHasPermission } from '../../../shared/permissions';
import type { SignedInCall } from '../call/call-context';
import { addressView } from './case-file-addresses';
import { caseEventsOf, fieldChangesFor } from './case-file-history-repository';
import { requireCase } from './case-file-lookup';
import { maskNationalId, maskOtherIdNumber } from './case-file-mask';
import { placesOf } from './case-file-places-repository';
import {
  otherCasesOf,
  targetGroupsOf,
  userNames,
  type BeneficiaryRow,
  type CaseRow,
} from './case-file-repository';
import { codesOf, contactOf, disabilityTypesOf } from './case-file-sections';
import { listAttachments } from './attachments-repository';
import { consentStates } from './consents-service';

function displayName(person: BeneficiaryRow): string {
  return `${person.first_name} ${person.last_name}`;
}

function caseDetails(
  caseRow: CaseRow,
  targetGroups: CaseDetails['targetGroups'],
  names: Map<number, string>,
): CaseDetails {
  return {
    caseId: caseRow.id,
    caseNumber: caseRow.case_number,
    status: caseRow.status,
    statusReason: caseRow.status_reason,
    intakeDate: caseRow.intake_date,
    targetGroups,
    department: caseRow.department,
    flagshipProject: caseRow.flagship_project,
    referralSource: caseRow.referral_source,
    referralSourceDetail: caseRow.referral_source_detail,
    householdSize: caseRow.household_size,
    monthlyIncomeSatang: caseRow.monthly_income_satang,
    welfareCard: caseRow.welfare_card === 1,
    disabilityCard: caseRow.disability_card === 1,
    hasDisabilityTypes: disabilityTypesOf(caseRow).length > 0,
    hasHealthNotes: caseRow.health_notes !== '',
    caregiverName: caseRow.caregiver_name,
    caregiverRelation: caseRow.caregiver_relation,
    occupation: caseRow.occupation,
    skills: caseRow.skills,
    products: caseRow.products,
    hasSmartphone: caseRow.has_smartphone === 1,
    hasInternet: caseRow.has_internet === 1,
    hasBankAccount: caseRow.has_bank_account === 1,
    hasProductPhotos: caseRow.has_product_photos === 1,
    hasOnlineShop: caseRow.has_online_shop === 1,
    lazadaSellerId: caseRow.lazada_seller_id,
    goals: caseRow.goals,
    notes: caseRow.notes,
    mentoringNeeds: codesOf<string>(caseRow.mentoring_needs),
    productCategory: caseRow.product_category,
    languages: codesOf<Language>(caseRow.languages),
    mentorId: caseRow.mentor_id,
    mentorName: caseRow.mentor_id === null ? null : (names.get(caseRow.mentor_id) ?? null),
    createdByName: names.get(caseRow.created_by) ?? '',
  };
}

function timelineDetail(text: string): TimelineEntry['detail'] {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as TimelineEntry['detail'])
      : {};
  } catch {
    return {};
  }
}

/**
 * Everything the case page shows, in one call and one audit event. Sensitive fields are masked
 * here (the last four digits of the ID; only whether disability types or health notes exist):
 * `reveal` is the only way to their values, and it is audited field by field.
 */
export async function openCaseFile(call: SignedInCall, caseId: number): Promise<CaseFile> {
  const { caseRow, person } = await requireCase(call.db, caseId);
  const contact = contactOf(person);
  const places = await placesOf(call.db, [
    contact.registeredAddress.subdistrictId,
    contact.currentAddress.subdistrictId,
  ]);
  const targetGroups = await targetGroupsOf(call.db, caseRow.id);
  const names = await userNames(
    call.db,
    [caseRow.created_by, caseRow.mentor_id].filter((id): id is number => id !== null),
  );
  const consents = await consentStates(call.db, person.id);
  const otherCases = await otherCasesOf(call.db, person.id, caseRow.id);
  const events = await caseEventsOf(call.db, caseRow.id);
  const attachments = await listAttachments(call.db, caseRow.id);

  const caseFile: CaseFile = {
    profile: {
      beneficiaryId: person.id,
      title: person.title,
      titleOther: person.title_other,
      displayName: displayName(person),
      firstName: person.first_name,
      lastName: person.last_name,
      nickname: person.nickname,
      latinName: person.latin_name,
      birthDate: person.birth_date,
      sex: person.sex,
      hasThaiId: person.has_thai_id === 1,
      nationalIdMasked: maskNationalId(person.national_id),
      otherIdDocument: person.other_id_document,
      // The other document's number is as sensitive as the national ID: masked the same way.
      otherIdNumber: maskOtherIdNumber(person.other_id_number),
      phone: person.phone,
      lineId: person.line_id,
      registeredAddress: addressView(contact.registeredAddress, places),
      currentSameAsRegistered: contact.currentSameAsRegistered,
      currentAddress: addressView(contact.currentAddress, places),
      erasedAt: person.erased_at,
    },
    case: caseDetails(caseRow, targetGroups, names),
    consents,
    otherCases: otherCases.map((other) => ({
      caseId: other.id,
      caseNumber: other.case_number,
      status: other.status,
      intakeDate: other.intake_date,
    })),
    timeline: events.map((event) => ({
      id: event.id,
      kind: event.kind,
      at: event.at,
      byName: event.by_name,
      detail: timelineDetail(event.detail),
    })),
    attachments,
    canReveal: roleHasPermission(call.user.role, 'cases.reveal'),
  };
  await call.audit.record({
    action: 'case.viewed',
    outcome: 'success',
    actor: call.actor,
    target: { type: 'case', id: caseRow.id },
  });
  return caseFile;
}

/** One masked field's value, for a role allowed to see it (the contract checks the permission). */
export async function revealField(
  call: SignedInCall,
  caseId: number,
  field: RevealableField,
): Promise<RevealedValue> {
  const { caseRow, person } = await requireCase(call.db, caseId);
  const value: RevealedValue = {
    field,
    // `national_id` is the identity document's number: for a person without a Thai ID, the
    // number of the document they have instead (masked on the page in the same way).
    nationalId: field === 'national_id' ? (person.national_id ?? person.other_id_number) : '',
    disabilityTypes: field === 'disability' ? disabilityTypesOf(caseRow) : [],
    healthNotes: field === 'health_notes' ? caseRow.health_notes : '',
  };
  await call.audit.record({
    action: 'case.sensitive_revealed',
    outcome: 'success',
    actor: call.actor,
    target: { type: 'case', id: caseRow.id },
    details: { field },
  });
  return value;
}

/** Who changed what and when, newest first; sensitive fields carry no values (they were never kept). */
export async function caseHistory(call: SignedInCall, caseId: number): Promise<FieldChange[]> {
  const { caseRow, person } = await requireCase(call.db, caseId);
  const rows = await fieldChangesFor(call.db, person.id, caseRow.id);
  await call.audit.record({
    action: 'case.history_viewed',
    outcome: 'success',
    actor: call.actor,
    target: { type: 'case', id: caseRow.id },
  });
  return rows.map((row) => ({
    id: row.id,
    field: row.field,
    oldValue: row.old_value,
    newValue: row.new_value,
    sensitive: row.sensitive === 1,
    changedAt: row.changed_at,
    changedByName: row.changed_by_name,
  }));
}
