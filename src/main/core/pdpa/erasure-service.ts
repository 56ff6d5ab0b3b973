import { sql } from 'kysely';
import { isOpenStatus } from '../../../shared/domain/cases';
import { formatNationalId } from '../../../shared/thai/national-id';
import { formatThaiPhone, parseThaiPhone } from '../../../shared/thai/phone';
import type { ErasureOutcome, PdpaErase } from '../../../shared/domain/pdpa';
import type { SignedInCall } from '../call/call-context';
import { AppError } from '../errors';
import { markRefreshDue } from '../sync/refresh-due';
import {
  compactSearchIndex,
  eraseAttachments,
  eraseCases,
  eraseConsentTexts,
  eraseDrafts,
  eraseHistory,
  eraseMentoring,
  erasePerson,
  eraseReferrals,
  eraseRequestTexts,
  redactDocuments,
} from './erasure-writes';
import { closeRequestRow, findRequest } from './pdpa-requests-repository';

/**
 * Anonymises the person of an open erasure request (PDPA s.33), in one transaction with its
 * audit event (`pdpa.erased`: the request and the counts, never what was erased). Refused while
 * any case of theirs is open: a person still being served is closed first, with its reason, so
 * the figures that count open cases never hold a nameless case. Mentors who ever held the
 * person's cases get their compartments refreshed at the next sync; a compartment carried away
 * on another PC is beyond reach until it comes back (ADR 0034).
 */
export async function erasePersonOnRequest(
  call: SignedInCall,
  input: PdpaErase,
): Promise<ErasureOutcome> {
  const at = call.clock.now().toISOString();
  const outcome = await call.audited<ErasureOutcome>(
    (result) => ({
      action: 'pdpa.erased',
      outcome: 'success',
      target: { type: 'beneficiary', id: result.beneficiaryId },
      details: {
        requestId: input.requestId,
        cases: result.casesErased,
        documents: result.documentsRedacted,
        attachments: result.attachmentsRemoved,
      },
    }),
    async (trx) => {
      const request = await findRequest(trx, input.requestId);
      if (!request) throw new AppError('NOT_FOUND', 'pdpa_request_not_found');
      if (request.kind !== 'erasure') throw new AppError('CONFLICT', 'pdpa_not_erasure_request');
      if (request.status !== 'open') throw new AppError('CONFLICT', 'pdpa_request_closed');
      const beneficiaryId = request.beneficiary_id;
      const person = await trx
        .selectFrom('beneficiaries')
        .select(['first_name', 'last_name', 'national_id', 'other_id_number', 'phone', 'erased_at'])
        .where('id', '=', beneficiaryId)
        .executeTakeFirstOrThrow();
      if (person.erased_at !== null) throw new AppError('CONFLICT', 'pdpa_person_erased');
      const cases = await trx
        .selectFrom('cases')
        .select(['id', 'status'])
        .where('beneficiary_id', '=', beneficiaryId)
        .execute();
      if (cases.some((row) => isOpenStatus(row.status)))
        throw new AppError('CONFLICT', 'pdpa_open_case');
      const caseIds = cases.map((row) => row.id);

      const localPhone = person.phone.startsWith('+66')
        ? `0${person.phone.slice(3)}`
        : person.phone;
      await eraseDrafts(trx, [
        `${person.first_name} ${person.last_name}`,
        person.first_name.length >= 3 && person.last_name.length >= 3 ? person.last_name : '',
        person.national_id ?? '',
        person.other_id_number,
        person.phone,
        localPhone,
        // As the intake form keeps them while typed (found in review, issue 11).
        ...typedForms(person.national_id, person.phone),
      ]);
      await erasePerson(trx, beneficiaryId, at);
      await eraseCases(trx, beneficiaryId, caseIds, at);
      await eraseHistory(trx, beneficiaryId);
      await eraseConsentTexts(trx, beneficiaryId);
      const attachmentsRemoved = await eraseAttachments(trx, caseIds, at, call.user.id);
      await eraseMentoring(trx, caseIds);
      await eraseReferrals(trx, caseIds);
      const documentsRedacted = await redactDocuments(trx, caseIds, {
        id: request.id,
        at,
        userId: call.user.id,
      });
      await eraseRequestTexts(trx, beneficiaryId);
      await closeRequestRow(trx, request.id, {
        status: 'done',
        reason: input.reason,
        at,
        by: call.user.id,
      });
      // Every mentor who ever held one of the cases: an ended assignment's compartment was
      // refreshed when it ended, but a carried copy coming back is merged against this state.
      if (caseIds.length > 0) {
        const mentors = await trx
          .selectFrom('mentor_assignments')
          .select('mentor_id')
          .distinct()
          .where('case_id', 'in', caseIds)
          .execute();
        await markRefreshDue(
          trx,
          mentors.map((row) => row.mentor_id),
        );
      }
      await compactSearchIndex(trx);
      return { beneficiaryId, casesErased: caseIds.length, documentsRedacted, attachmentsRemoved };
    },
  );
  // The log's old frames still hold the pages as they were: move them into the database (where
  // secure_delete zeroed what the erasure freed) and empty the log. A reader in a worker may
  // hold the log open; the next checkpoint then finishes the job.
  try {
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(call.db);
  } catch {
    // Never fails an erasure that committed.
  }
  return outcome;
}

/** The dashed forms a draft holds: `1-2345-67890-12-3`, `081-234-5678`. */
function typedForms(nationalId: string | null, phone: string): string[] {
  const forms: string[] = [];
  if (nationalId && /^\d{13}$/.test(nationalId)) forms.push(formatNationalId(nationalId));
  if (parseThaiPhone(phone).ok) forms.push(formatThaiPhone(phone));
  return forms;
}
