import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { SavedCase } from '../../../shared/contract/methods/cases';
import {
  isOpenStatus,
  type DuplicateCheck,
  type DuplicateReport,
  type intakeSaveSchema,
  type newCaseForPersonSchema,
} from '../../../shared/domain/cases';
import { bangkokDate } from '../../../shared/thai/bangkok-time';
import { parseIsoDate } from '../../../shared/thai/iso-date';
import { validateNationalId } from '../../../shared/thai/national-id';
import { parseThaiPhone } from '../../../shared/thai/phone';
import type { SignedInCall } from '../call/call-context';
import type { DatabaseSchema } from '../db/schema';
import { AppError } from '../errors';
import { checkAddresses } from './case-addresses';
import { refuseErased } from './case-file-lookup';
import { findDuplicates } from './case-duplicates';
import { maskedDigits } from './cases-search';
import {
  beneficiaryIdByNationalId,
  casesOfBeneficiary,
  findBeneficiaryForCase,
  insertBeneficiary,
  insertCase,
  insertCaseEvent,
  insertConsents,
  insertDuplicateReview,
  insertTargetGroups,
  nextCaseNumber,
} from './case-intake-repository';
import { newBeneficiaryRow } from './beneficiary-row';
import { checkSkillCodes } from '../mentors/skills-service';
import { caseRow } from './case-row';
import { nameKey, nameSortKey } from './person-names';

type IntakeSave = z.output<typeof intakeSaveSchema>;
type NewCaseForPerson = z.output<typeof newCaseForPersonSchema>;
type Trx = Transaction<DatabaseSchema>;

/** Nobody registered is older than this; an older birth date is a typing mistake (ค.ศ. for พ.ศ.). */
const MAX_AGE_YEARS = 130;

/**
 * Registering a person with their first case, in one transaction with its audit event: the
 * person, the case and its number, target groups, consents, the timeline's intake entry and the
 * clerk's duplicate decisions. Any refusal rolls all of it back, the case number included.
 */
export async function createIntake(call: SignedInCall, input: IntakeSave): Promise<SavedCase> {
  const { identity, contact, consents } = input.intake;
  const now = call.clock.now();
  const at = now.toISOString();
  const today = bangkokDate(now);
  checkBirthDate(identity.birthDate, today);
  const key = nameKey(identity.firstName, identity.lastName);
  const nationalId = identity.hasThaiId ? identity.nationalId : null;

  const saved = await call.audited<SavedCase & { reviewed: number }>(
    (saved) => ({
      action: 'case.created',
      outcome: 'success',
      target: { type: 'case', id: saved.caseId },
      details: { beneficiaryId: saved.beneficiaryId, reviewedDuplicates: saved.reviewed },
    }),
    async (trx) => {
      const provinceId = await checkAddresses(trx, contact);
      if (nationalId && (await beneficiaryIdByNationalId(trx, nationalId)) !== undefined)
        throw new AppError('CONFLICT', 'national_id_taken');
      const report = await findDuplicates(trx, {
        nationalId: '',
        nameKey: key,
        birthDate: identity.birthDate,
        phone: contact.phone,
      });
      const reviewed = new Set(input.reviewedDuplicates);
      if (report.similar.some((candidate) => !reviewed.has(candidate.beneficiaryId)))
        throw new AppError('CONFLICT', 'possible_duplicate');

      const beneficiaryId = await insertBeneficiary(
        trx,
        newBeneficiaryRow({
          identity,
          contact,
          provinceId,
          nameKey: key,
          at,
          userId: call.user.id,
        }),
      );
      await insertConsents(
        trx,
        consents.choices.map((choice) => ({
          beneficiary_id: beneficiaryId,
          purpose: choice.purpose,
          granted: choice.granted ? 1 : 0,
          notice_version: consents.noticeVersion,
          given_by: consents.givenBy,
          guardian_name: consents.givenBy === 'guardian' ? consents.guardianName : '',
          note: '',
          recorded_at: at,
          recorded_by: call.user.id,
        })),
      );
      const saved = await openCase(trx, call, {
        beneficiaryId,
        sortKey: nameSortKey(identity.firstName, identity.lastName),
        provinceId,
        intake: input.intake,
        today,
      });
      for (const candidate of report.similar) {
        await recordReview(trx, call, {
          ...saved,
          resembledId: candidate.beneficiaryId,
          matchedOn: candidate.matchedOn.join(','),
        });
      }
      return { ...saved, reviewed: report.similar.length };
    },
  );
  return { caseId: saved.caseId, caseNumber: saved.caseNumber, beneficiaryId: saved.beneficiaryId };
}

/** A new case for someone already registered, once their earlier cases are all closed. */
export async function createCaseForPerson(
  call: SignedInCall,
  input: NewCaseForPerson,
): Promise<SavedCase> {
  const now = call.clock.now();
  const today = bangkokDate(now);
  return call.audited<SavedCase>(
    (saved) => ({
      action: 'case.created',
      outcome: 'success',
      target: { type: 'case', id: saved.caseId },
      details: { beneficiaryId: saved.beneficiaryId, reviewedDuplicates: 0 },
    }),
    async (trx) => {
      const person = await findBeneficiaryForCase(trx, input.beneficiaryId);
      if (!person) throw new AppError('NOT_FOUND', 'beneficiary_not_found');
      // A returning person whose data was erased registers afresh (cases.create), as someone new.
      refuseErased(person);
      const cases = await casesOfBeneficiary(trx, person.id);
      if (cases.some((row) => isOpenStatus(row.status)))
        throw new AppError('CONFLICT', 'open_case_exists');
      return openCase(trx, call, {
        beneficiaryId: person.id,
        sortKey: person.sort_key,
        provinceId: person.province_id,
        intake: input,
        today,
      });
    },
  );
}

/**
 * The duplicate check the wizard runs before its review page. What was typed may still be
 * incomplete or invalid: an invalid national ID or phone is simply not compared. The audit event
 * holds the counts only, never what was typed.
 */
export async function checkDuplicates(
  call: SignedInCall,
  input: DuplicateCheck,
): Promise<DuplicateReport> {
  const id = validateNationalId(input.nationalId);
  const phone = parseThaiPhone(input.phone);
  const hasName = input.firstName.trim() !== '' && input.lastName.trim() !== '';
  const report = await findDuplicates(call.db, {
    nationalId: id.ok ? id.nationalId : '',
    nameKey: hasName ? nameKey(input.firstName, input.lastName) : '',
    birthDate: input.birthDate,
    phone: phone.ok ? phone.phone.e164 : '',
  });
  // A check by national ID answers "whose number is this?": it leaves a trail naming the person
  // found and the number's last four digits, so probing numbers one after another shows in the
  // audit log (an admin, who may not reveal IDs, can still register a person from their card).
  const found = report.sameNationalId;
  await call.audit.record({
    action: 'case.duplicates_checked',
    outcome: 'success',
    actor: call.actor,
    ...(found ? { target: { type: 'beneficiary', id: found.beneficiaryId } } : {}),
    details: {
      sameNationalId: found !== null,
      ...(id.ok ? { nationalId: maskedDigits(id.nationalId) } : {}),
      similar: report.similar.length,
    },
  });
  return report;
}

function checkBirthDate(birthDate: string, today: string): void {
  if (birthDate > today) throw new AppError('VALIDATION', 'birth_date_in_future');
  const { year, month, day } = parseIsoDate(today);
  const oldest = `${String(year - MAX_AGE_YEARS).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  if (birthDate < oldest) throw new AppError('VALIDATION', 'birth_date_too_old');
}

const pad = (value: number) => String(value).padStart(2, '0');

interface OpenCase {
  beneficiaryId: number;
  sortKey: string;
  provinceId: number | null;
  intake: Parameters<typeof caseRow>[0];
  /** The intake date, a day in Bangkok: it names the case number's year. */
  today: string;
}

async function openCase(trx: Trx, call: SignedInCall, open: OpenCase): Promise<SavedCase> {
  const at = call.clock.now().toISOString();
  // Needs are codes of the mentors' skills taxonomy, which the admin edits: checked against it.
  await checkSkillCodes(trx, open.intake.business.mentoringNeeds);
  const caseNumber = await nextCaseNumber(trx, open.today);
  const caseId = await insertCase(trx, {
    ...caseRow(open.intake),
    case_number: caseNumber,
    beneficiary_id: open.beneficiaryId,
    status: 'intake',
    status_reason: '',
    status_changed_at: at,
    intake_date: open.today,
    mentor_id: null,
    sort_key: open.sortKey,
    province_id: open.provinceId,
    created_at: at,
    created_by: call.user.id,
    updated_at: at,
  });
  await insertTargetGroups(trx, caseId, open.intake.programme.targetGroups);
  await insertCaseEvent(trx, {
    case_id: caseId,
    kind: 'intake',
    at,
    by_user_id: call.user.id,
    detail: JSON.stringify({ caseNumber }),
  });
  return { caseId, caseNumber, beneficiaryId: open.beneficiaryId };
}

/** The clerk judged a look-alike to be someone else: kept on the case and in the audit log. */
async function recordReview(
  trx: Trx,
  call: SignedInCall,
  review: SavedCase & { resembledId: number; matchedOn: string },
): Promise<void> {
  const at = call.clock.now().toISOString();
  await insertDuplicateReview(trx, {
    beneficiary_id: review.beneficiaryId,
    resembled_id: review.resembledId,
    matched_on: review.matchedOn,
    decision: 'different_person',
    decided_at: at,
    decided_by: call.user.id,
  });
  await insertCaseEvent(trx, {
    case_id: review.caseId,
    kind: 'duplicate_reviewed',
    at,
    by_user_id: call.user.id,
    detail: JSON.stringify({
      resembledId: String(review.resembledId),
      matchedOn: review.matchedOn.split(','),
    }),
  });
  await call.audit.recordIn(trx, {
    action: 'case.duplicate_reviewed',
    outcome: 'success',
    actor: call.actor,
    target: { type: 'beneficiary', id: review.beneficiaryId },
    details: { resembledId: review.resembledId, matchedOn: review.matchedOn.split(',') },
  });
}
