import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type {
  caseUpdateSchema,
  identityDocumentUpdateSchema,
  profileUpdateSchema,
  sensitiveUpdateSchema,
} from '../../../shared/domain/cases';
import type { AuditAction } from '../../../shared/domain/audit';
import { bangkokToday } from '../../../shared/thai/bangkok-time';
import { addDays } from '../../../shared/thai/iso-date';
import type { SignedInCall } from '../call/call-context';
import type { DatabaseSchema } from '../db/schema';
import { AppError } from '../errors';
import { checkAddress } from './case-addresses';
import { changedFields } from './case-file-fields';
import {
  insertCaseEvent,
  insertFieldChanges,
  type FieldChangeRow,
} from './case-file-history-repository';
import { requireChangeableCase } from './case-file-lookup';
import { personNameKeys } from './case-file-person-keys';
import { checkSkillCodes } from '../mentors/skills-service';
import { markRefreshDue, mentorsOfCases } from '../sync/refresh-due';
import {
  caseIdsOf,
  personWithNationalId,
  replaceTargetGroups,
  targetGroupsOf,
  updateBeneficiary,
  updateCase,
  updateCasesOfPerson,
} from './case-file-repository';
import {
  baselineColumns,
  baselineOf,
  businessColumns,
  businessOf,
  contactColumns,
  contactFields,
  contactOf,
  identityDocumentColumns,
  identityDocumentOf,
  personColumns,
  personOf,
  programmeColumns,
  programmeOf,
  sensitiveColumns,
  sensitiveOf,
  withCurrentAddress,
  type PersonInput,
} from './case-file-sections';

type ProfileUpdate = z.output<typeof profileUpdateSchema>;
type CaseUpdate = z.output<typeof caseUpdateSchema>;
type IdentityDocumentUpdate = z.output<typeof identityDocumentUpdateSchema>;
type SensitiveUpdate = z.output<typeof sensitiveUpdateSchema>;

/** A person older than this is a typing mistake (the date input accepts พ.ศ. 2400 onwards). */
const OLDEST_AGE_DAYS = 130 * 366;

/** Fields whose values never enter the change history: only that they changed, and by whom. */
const SENSITIVE_IDENTITY = new Set(['nationalId', 'otherIdNumber']);
const SENSITIVE_BASELINE = new Set(['disabilityTypes', 'healthNotes']);

/**
 * Fields a mentor's compartment holds (names, nickname, contact, district, the business): an edit
 * of one marks the compartments of the person's mentors for refresh in the same transaction.
 */
const COMPARTMENT_FIELDS = new Set([
  'identity.title',
  'identity.titleOther',
  'identity.firstName',
  'identity.lastName',
  'identity.nickname',
  'contact.phone',
  'contact.lineId',
  'contact.currentAddress.subdistrictId',
  'baseline.occupation',
  'business.skills',
  'business.products',
  'business.hasSmartphone',
  'business.hasInternet',
  'business.hasBankAccount',
  'business.hasProductPhotos',
  'business.hasOnlineShop',
  'business.lazadaSellerId',
  'business.goals',
  'business.mentoringNeeds',
  'business.productCategory',
  'business.languages',
]);

interface Edit {
  action: AuditAction;
  caseId: number;
  beneficiaryId: number;
  /** Person-level fields are kept without a case, so every case of the person shows them. */
  caseLevel: boolean;
  changes: FieldChangeRow[];
  write: (trx: Transaction<DatabaseSchema>, at: string) => Promise<void>;
  /** Cases whose mentors' compartments hold a changed field (they are marked for refresh). */
  refreshCases?: readonly number[];
}

/**
 * One edit from the case page: the changed fields, written with one history row each, a
 * `profile_edited` timeline line and one audit event naming the fields (never their values),
 * all in one transaction. An edit that changes nothing is refused, so the history holds only
 * real changes.
 */
async function applyEdit(call: SignedInCall, edit: Edit): Promise<null> {
  if (edit.changes.length === 0) throw new AppError('VALIDATION', 'nothing_changed');
  const fields = edit.changes.map((change) => change.field);
  const at = call.clock.now().toISOString();
  await call.audited(
    {
      action: edit.action,
      outcome: 'success',
      target: { type: 'case', id: edit.caseId },
      details: { fields },
    },
    async (trx) => {
      await edit.write(trx, at);
      await insertFieldChanges(
        trx,
        { beneficiaryId: edit.beneficiaryId, caseId: edit.caseLevel ? edit.caseId : null },
        edit.changes,
        { userId: call.user.id, at },
      );
      await insertCaseEvent(trx, {
        caseId: edit.caseId,
        kind: 'profile_edited',
        at,
        userId: call.user.id,
        detail: { fields },
      });
      if (edit.refreshCases && edit.refreshCases.length > 0)
        await markRefreshDue(trx, await mentorsOfCases(trx, edit.refreshCases));
    },
  );
  return null;
}

function checkBirthDate(call: SignedInCall, birthDate: string): void {
  const today = bangkokToday(call.clock.now());
  if (birthDate > today) throw new AppError('VALIDATION', 'birth_date_in_future');
  if (birthDate < addDays(today, -OLDEST_AGE_DAYS))
    throw new AppError('VALIDATION', 'birth_date_too_old');
}

/** `titleOther` means something only with the title `other`; it is stored empty otherwise. */
function normalisedPerson(person: PersonInput): PersonInput {
  return { ...person, titleOther: person.title === 'other' ? person.titleOther : '' };
}

export async function updateProfile(call: SignedInCall, input: ProfileUpdate): Promise<null> {
  const { caseRow, person } = await requireChangeableCase(call.db, input.caseId);
  const changes: FieldChangeRow[] = [];
  const newPerson = input.person ? normalisedPerson(input.person) : undefined;
  const newContact = input.contact ? withCurrentAddress(input.contact) : undefined;

  if (newPerson) {
    const personChanges = changedFields('identity', personOf(person), newPerson);
    if (personChanges.some((change) => change.field === 'identity.birthDate'))
      checkBirthDate(call, newPerson.birthDate);
    changes.push(...personChanges);
  }
  let provinceId: number | null = person.province_id;
  if (newContact) {
    await checkAddress(call.db, newContact.registeredAddress);
    provinceId = await checkAddress(call.db, newContact.currentAddress);
    changes.push(
      ...changedFields('contact', contactFields(contactOf(person)), contactFields(newContact)),
    );
  }

  const namesChanged = changes.some(
    (c) => c.field === 'identity.firstName' || c.field === 'identity.lastName',
  );
  // The person's fields show on every case of theirs, so every mentor of theirs may hold them.
  const refresh = changes.some((change) => COMPARTMENT_FIELDS.has(change.field));
  return applyEdit(call, {
    action: 'case.profile_updated',
    caseId: caseRow.id,
    beneficiaryId: person.id,
    caseLevel: false,
    changes,
    refreshCases: refresh ? (await caseIdsOf(call.db, person.id)).map((row) => row.id) : [],
    write: async (trx, at) => {
      const keys =
        newPerson && namesChanged
          ? personNameKeys(newPerson.firstName, newPerson.lastName)
          : undefined;
      await updateBeneficiary(trx, person.id, {
        ...(newPerson ? personColumns(newPerson) : {}),
        ...(newContact ? { ...contactColumns(newContact), province_id: provinceId } : {}),
        ...(keys ?? {}),
        updated_at: at,
      });
      // The list sorts and filters on the cases table: its copies follow the person.
      if (keys || newContact)
        await updateCasesOfPerson(trx, person.id, {
          ...(keys ? { sort_key: keys.sort_key } : {}),
          ...(newContact ? { province_id: provinceId } : {}),
        });
    },
  });
}

export async function updateCaseDetails(call: SignedInCall, input: CaseUpdate): Promise<null> {
  const { caseRow, person } = await requireChangeableCase(call.db, input.caseId);
  const changes: FieldChangeRow[] = [];
  if (input.programme) {
    const before = programmeOf(caseRow, await targetGroupsOf(call.db, caseRow.id));
    changes.push(...changedFields('programme', before, input.programme));
  }
  if (input.baseline)
    changes.push(...changedFields('baseline', baselineOf(caseRow), input.baseline));
  if (input.business) {
    const before = businessOf(caseRow);
    await checkSkillCodes(call.db, input.business.mentoringNeeds, before.mentoringNeeds);
    changes.push(...changedFields('business', before, input.business));
  }

  const { programme, baseline, business } = input;
  return applyEdit(call, {
    action: 'case.updated',
    caseId: caseRow.id,
    beneficiaryId: person.id,
    caseLevel: true,
    changes,
    refreshCases: changes.some((change) => COMPARTMENT_FIELDS.has(change.field))
      ? [caseRow.id]
      : [],
    write: async (trx, at) => {
      await updateCase(trx, caseRow.id, {
        ...(programme ? programmeColumns(programme) : {}),
        ...(baseline ? baselineColumns(baseline) : {}),
        ...(business ? businessColumns(business) : {}),
        updated_at: at,
      });
      if (programme)
        await replaceTargetGroups(trx, caseRow.id, [...new Set(programme.targetGroups)]);
    },
  });
}

export async function updateIdentityDocument(
  call: SignedInCall,
  input: IdentityDocumentUpdate,
): Promise<null> {
  const { caseRow, person } = await requireChangeableCase(call.db, input.caseId);
  const columns = identityDocumentColumns(input.document);
  const after = identityDocumentOf({ ...person, ...columns });
  const changes = changedFields('identity', identityDocumentOf(person), after, SENSITIVE_IDENTITY);
  return applyEdit(call, {
    action: 'case.identity_document_updated',
    caseId: caseRow.id,
    beneficiaryId: person.id,
    caseLevel: false,
    changes,
    write: async (trx, at) => {
      // Checked in the transaction that writes it: the number is unique among people.
      const { national_id: nationalId } = columns;
      if (nationalId !== null && (await personWithNationalId(trx, nationalId, person.id)))
        throw new AppError('CONFLICT', 'national_id_taken');
      await updateBeneficiary(trx, person.id, { ...columns, updated_at: at });
    },
  });
}

export async function updateSensitive(call: SignedInCall, input: SensitiveUpdate): Promise<null> {
  const { caseRow, person } = await requireChangeableCase(call.db, input.caseId);
  const after = { disabilityTypes: input.disabilityTypes, healthNotes: input.healthNotes };
  return applyEdit(call, {
    action: 'case.sensitive_updated',
    caseId: caseRow.id,
    beneficiaryId: person.id,
    caseLevel: true,
    changes: changedFields('baseline', sensitiveOf(caseRow), after, SENSITIVE_BASELINE),
    write: (trx, at) => updateCase(trx, caseRow.id, { ...sensitiveColumns(after), updated_at: at }),
  });
}
