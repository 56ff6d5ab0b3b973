import type { z } from 'zod';
import {
  REFERRAL_DETAILS,
  type Referral,
  type ReferralDetail,
  type referralCreateSchema,
  type referralUpdateSchema,
} from '../../../shared/domain/documents';
import { bangkokToday } from '../../../shared/thai/bangkok-time';
import type { SignedInCall } from '../call/call-context';
import { insertCaseEvent } from '../cases/case-file-history-repository';
import { requireCase } from '../cases/case-file-lookup';
import type { Db } from '../cases/case-file-repository';
import { hasConsent } from '../cases/consents-service';
import { AppError } from '../errors';
import { readOfficeSettings } from '../settings/office-settings';
import { findAgency } from './agencies-repository';
import { requireActiveAgency } from './agencies-service';
import { readJsonList, writeJsonList } from './json-lists';
import { auditingRefusal, checkDetails, requireReferableCase } from './referral-rules';
import { toSummary } from './referral-summary';
import {
  findReferral,
  insertReferral,
  insertStatusHistory,
  referralRows,
  statusHistoryOf,
  updateReferralAt,
} from './referrals-repository';

type ReferralCreate = z.output<typeof referralCreateSchema>;
type ReferralUpdate = z.output<typeof referralUpdateSchema>;
type ReferralFields = Omit<ReferralCreate, 'caseId'>;

function fieldValues(input: ReferralFields) {
  return {
    agency_id: input.agencyId,
    addressee: input.addressee,
    reason: input.reason,
    requested_service: input.requestedService,
    enclosures: writeJsonList(input.enclosures),
    reference_list: writeJsonList(input.references),
    contact_person: input.contactPerson,
    // In the list's order, whatever order they were ticked in: the letter reads the same.
    details: writeJsonList(REFERRAL_DETAILS.filter((detail) => input.details.includes(detail))),
  };
}

/**
 * A new draft referral for a case. Refused (and the refusal audited) when the case is final or
 * the person has not consented to referral; the agency must be in the directory and active.
 * The timeline and the audit event carry ids and codes only: the reason and the requested
 * service are about the person.
 */
export async function createReferral(call: SignedInCall, input: ReferralCreate): Promise<Referral> {
  const at = call.clock.now().toISOString();
  const today = bangkokToday(call.clock.now());
  const referralId = await auditingRefusal(call, { caseId: input.caseId }, () =>
    call.audited<number>(
      (id) => ({
        action: 'referral.created',
        outcome: 'success',
        target: { type: 'case', id: input.caseId },
        details: { referralId: id, agencyId: input.agencyId, details: [...input.details] },
      }),
      async (trx) => {
        const { caseRow } = await requireReferableCase(trx, input.caseId);
        await requireActiveAgency(trx, input.agencyId);
        checkDetails(call, input.details);
        const id = await insertReferral(trx, {
          case_id: caseRow.id,
          ...fieldValues(input),
          created_at: at,
          created_by: call.user.id,
          updated_at: at,
        });
        await insertStatusHistory(trx, {
          referral_id: id,
          status: 'draft',
          on_date: today,
          note: '',
          by_user_id: call.user.id,
          at,
        });
        await insertCaseEvent(trx, {
          caseId: caseRow.id,
          kind: 'referral_created',
          at,
          userId: call.user.id,
          detail: { referralId: String(id), agencyId: String(input.agencyId) },
        });
        return id;
      },
    ),
  );
  return readReferral(call.db, call, referralId);
}

/**
 * Changes a draft (a sent referral is what the agency received: it is not rewritten). The
 * consent is checked again, since it may have been withdrawn since the draft was made.
 */
export async function updateReferral(call: SignedInCall, input: ReferralUpdate): Promise<Referral> {
  const at = call.clock.now().toISOString();
  const current = await findReferral(call.db, input.referralId);
  if (!current) throw new AppError('NOT_FOUND', 'referral_not_found');
  await auditingRefusal(call, { caseId: current.case_id, referralId: current.id }, () =>
    call.audited(
      {
        action: 'referral.updated',
        outcome: 'success',
        target: { type: 'case', id: current.case_id },
        details: {
          referralId: current.id,
          agencyId: input.agencyId,
          details: [...input.details],
        },
      },
      async (trx) => {
        const row = await findReferral(trx, input.referralId);
        if (!row) throw new AppError('NOT_FOUND', 'referral_not_found');
        if (row.status !== 'draft') throw new AppError('CONFLICT', 'referral_not_draft');
        if (row.version !== input.version) throw new AppError('CONFLICT', 'stale_version');
        await requireReferableCase(trx, row.case_id);
        // A retired agency stays valid on a draft that already names it; a new choice must be active.
        if (input.agencyId !== row.agency_id) await requireActiveAgency(trx, input.agencyId);
        else if (!(await findAgency(trx, input.agencyId)))
          throw new AppError('NOT_FOUND', 'agency_not_found');
        checkDetails(call, input.details, readJsonList(row.details) as ReferralDetail[]);
        if (
          !(await updateReferralAt(trx, row.id, input.version, {
            ...fieldValues(input),
            updated_at: at,
          }))
        )
          throw new AppError('CONFLICT', 'stale_version');
      },
    ),
  );
  return readReferral(call.db, call, input.referralId);
}

/** One referral with its texts and history. It shows case data, so reading it is audited. */
export async function getReferral(call: SignedInCall, referralId: number): Promise<Referral> {
  const referral = await readReferral(call.db, call, referralId);
  await call.audit.record({
    action: 'referral.viewed',
    outcome: 'success',
    actor: call.actor,
    target: { type: 'case', id: referral.caseId },
    details: { referralId },
  });
  return referral;
}

/** The whole referral as the page and the letter read it (no audit: callers decide). */
export async function readReferral(
  db: Db,
  call: Pick<SignedInCall, 'clock'>,
  referralId: number,
): Promise<Referral> {
  const [row] = await referralRows(db, {
    caseId: null,
    referralId,
    status: null,
    sentBefore: null,
  });
  if (!row) throw new AppError('NOT_FOUND', 'referral_not_found');
  const { referralReplyDays } = await readOfficeSettings(db);
  const history = await statusHistoryOf(db, row.id);
  const { person } = await requireCase(db, row.case_id);
  return {
    ...toSummary(row, bangkokToday(call.clock.now()), referralReplyDays),
    addressee: row.addressee,
    reason: row.reason,
    requestedService: row.requested_service,
    enclosures: readJsonList(row.enclosures),
    references: readJsonList(row.reference_list),
    contactPerson: row.contact_person,
    details: readJsonList(row.details) as ReferralDetail[],
    history: history.map((entry) => ({
      status: entry.status,
      on: entry.on_date,
      note: entry.note,
      byDisplayName: entry.by_name,
      at: entry.at,
    })),
    consentGiven: await hasConsent(db, person.id, 'referral'),
  };
}
