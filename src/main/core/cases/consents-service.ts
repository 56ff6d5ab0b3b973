import type { z } from 'zod';
import {
  CONSENT_PURPOSES,
  type ConsentHistoryEntry,
  type ConsentPurpose,
  type ConsentState,
  type consentChangeSchema,
} from '../../../shared/domain/cases';
import type { SignedInCall } from '../call/call-context';
import { AppError } from '../errors';
import { endForConsentWithdrawn } from '../mentors/assignment-changes';
import { insertCaseEvent } from './case-file-history-repository';
import { requireChangeableCase } from './case-file-lookup';
import { findBeneficiary, type Db } from './case-file-repository';
import { appendConsent, consentRowsOf, newestConsent } from './consents-repository';

type ConsentChange = z.output<typeof consentChangeSchema>;

/**
 * Whether the person's consent to a purpose stands now: the newest row decides, so a withdrawal
 * stops the purpose from the moment it is recorded. Sharing with Lazada, photos and referrals
 * check this before they act.
 */
export async function hasConsent(
  db: Db,
  beneficiaryId: number,
  purpose: ConsentPurpose,
): Promise<boolean> {
  return (await newestConsent(db, beneficiaryId, purpose))?.granted === 1;
}

/** The state of each purpose (the newest row of each), for the case page. */
export async function consentStates(db: Db, beneficiaryId: number): Promise<ConsentState[]> {
  const rows = await consentRowsOf(db, beneficiaryId);
  return CONSENT_PURPOSES.map((purpose) => {
    const newest = rows.find((row) => row.purpose === purpose);
    return newest
      ? {
          purpose,
          granted: newest.granted === 1,
          since: newest.recorded_at,
          noticeVersion: newest.notice_version,
          givenBy: newest.given_by,
          guardianName: newest.guardian_name,
          recordedByName: newest.recorded_by_name,
        }
      : {
          purpose,
          granted: false,
          since: null,
          noticeVersion: null,
          givenBy: null,
          guardianName: '',
          recordedByName: null,
        };
  });
}

/**
 * Grants or withdraws consent to one purpose: a new row (the old ones stay as the record of
 * what was agreed when), a timeline line and an audit event, in one transaction.
 *
 * Withdrawing consent to the programme itself is allowed, not refused: PDPA s.19 lets a person
 * withdraw at any time and as easily as they gave it, so the app must never stand in the way.
 * It is recorded like any other withdrawal; the case file stays (the office keeps its records
 * of a government programme) and staff decide what follows, usually closing the case.
 */
export async function changeConsent(call: SignedInCall, input: ConsentChange): Promise<null> {
  const { caseRow, person } = await requireChangeableCase(call.db, input.caseId);
  const current = await newestConsent(call.db, person.id, input.purpose);
  if ((current?.granted === 1) === input.granted)
    throw new AppError('CONFLICT', 'consent_unchanged');
  const at = call.clock.now().toISOString();
  const kind = input.granted ? 'consent_granted' : 'consent_withdrawn';
  await call.audited(
    {
      action: input.granted ? 'case.consent_granted' : 'case.consent_withdrawn',
      outcome: 'success',
      target: { type: 'case', id: caseRow.id },
      details: { purpose: input.purpose, noticeVersion: input.noticeVersion },
    },
    async (trx) => {
      // Read in the transaction, so a double click cannot append the same state twice.
      const current = await newestConsent(trx, person.id, input.purpose);
      if ((current?.granted === 1) === input.granted)
        throw new AppError('CONFLICT', 'consent_unchanged');
      await appendConsent(trx, {
        beneficiary_id: person.id,
        purpose: input.purpose,
        granted: input.granted ? 1 : 0,
        notice_version: input.noticeVersion,
        given_by: input.givenBy,
        guardian_name: input.givenBy === 'guardian' ? input.guardianName : '',
        note: input.note,
        recorded_at: at,
        recorded_by: call.user.id,
      });
      await insertCaseEvent(trx, {
        caseId: caseRow.id,
        kind,
        at,
        userId: call.user.id,
        detail: { purpose: input.purpose },
      });
      // A mentor who needed this consent may no longer see the case: the assignment ends now.
      if (!input.granted) await endForConsentWithdrawn(trx, call, person.id, input.purpose, at);
    },
  );
  return null;
}

/** Every consent given or withdrawn by the person, newest first. */
export async function consentHistory(
  call: SignedInCall,
  beneficiaryId: number,
): Promise<ConsentHistoryEntry[]> {
  const person = await findBeneficiary(call.db, beneficiaryId);
  if (!person) throw new AppError('NOT_FOUND', 'beneficiary_not_found');
  const rows = await consentRowsOf(call.db, person.id);
  await call.audit.record({
    action: 'case.consent_history_viewed',
    outcome: 'success',
    actor: call.actor,
    target: { type: 'beneficiary', id: person.id },
  });
  return rows.map((row) => ({
    id: row.id,
    purpose: row.purpose,
    granted: row.granted === 1,
    noticeVersion: row.notice_version,
    givenBy: row.given_by,
    guardianName: row.guardian_name,
    note: row.note,
    recordedAt: row.recorded_at,
    recordedByName: row.recorded_by_name,
  }));
}
