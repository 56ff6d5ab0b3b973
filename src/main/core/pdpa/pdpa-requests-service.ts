import {
  pdpaDueDate,
  type ConsentHistoryRow,
  type PdpaRequest,
  type PdpaRequestClose,
  type PdpaRequestCreate,
  type PdpaRequestListQuery,
  type PdpaSubject,
} from '../../../shared/domain/pdpa';
import { isOpenStatus } from '../../../shared/domain/cases';
import { bangkokToday } from '../../../shared/thai/bangkok-time';
import type { SignedInCall } from '../call/call-context';
import { userNames } from '../cases/case-file-repository';
import { displayName } from '../cases/person-names';
import { AppError } from '../errors';
import {
  closeRequestRow,
  findRequest,
  insertRequest,
  requestRows,
  toRequests,
} from './pdpa-requests-repository';

type Db = SignedInCall['db'];

/** The person, or NOT_FOUND. */
export async function requirePerson(db: Db, beneficiaryId: number) {
  const person = await db
    .selectFrom('beneficiaries')
    .select(['id', 'title', 'title_other', 'first_name', 'last_name', 'erased_at'])
    .where('id', '=', beneficiaryId)
    .executeTakeFirst();
  if (!person) throw new AppError('NOT_FOUND', 'pdpa_person_not_found');
  return person;
}

async function oneRequest(call: SignedInCall, requestId: number): Promise<PdpaRequest> {
  const row = await findRequest(call.db, requestId);
  if (!row) throw new AppError('NOT_FOUND', 'pdpa_request_not_found');
  const [request] = await toRequests(call.db, [row], bangkokToday(call.clock.now()));
  return request!;
}

/**
 * Records a request with its due date (received + 30 days). A representative must be named; a
 * receipt date in the future is refused. The audit event holds the kind and ids, never the note.
 */
export async function recordRequest(
  call: SignedInCall,
  input: PdpaRequestCreate,
): Promise<PdpaRequest> {
  if (input.requester === 'representative' && input.representativeName.trim() === '')
    throw new AppError('VALIDATION', 'pdpa_representative_name_required');
  if (input.receivedOn > bangkokToday(call.clock.now()))
    throw new AppError('VALIDATION', 'pdpa_received_in_future');
  const at = call.clock.now().toISOString();
  const id = await call.audited<number>(
    (requestId) => ({
      action: 'pdpa.request_recorded',
      outcome: 'success',
      target: { type: 'beneficiary', id: input.beneficiaryId },
      details: { requestId, kind: input.kind, requester: input.requester, channel: input.channel },
    }),
    async (trx) => {
      const person = await requirePerson(trx, input.beneficiaryId);
      if (person.erased_at !== null) throw new AppError('CONFLICT', 'pdpa_person_erased');
      return insertRequest(trx, {
        beneficiary_id: input.beneficiaryId,
        kind: input.kind,
        received_on: input.receivedOn,
        due_on: pdpaDueDate(input.receivedOn),
        requester: input.requester,
        representative_name: input.requester === 'self' ? '' : input.representativeName.trim(),
        channel: input.channel,
        note: input.note ?? '',
        status: 'open',
        reason: '',
        recorded_at: at,
        recorded_by: call.user.id,
      });
    },
  );
  return oneRequest(call, id);
}

/** Done or refused with a reason. An erasure request is done only by `pdpa.erase`. */
export async function closeRequest(
  call: SignedInCall,
  input: PdpaRequestClose,
): Promise<PdpaRequest> {
  const reason = (input.reason ?? '').trim();
  if (input.status === 'refused' && reason === '')
    throw new AppError('VALIDATION', 'pdpa_refusal_reason_required');
  const at = call.clock.now().toISOString();
  await call.audited(
    {
      action: 'pdpa.request_closed',
      outcome: 'success',
      target: { type: 'pdpa_request', id: input.requestId },
      details: { requestId: input.requestId, status: input.status },
    },
    async (trx) => {
      const row = await findRequest(trx, input.requestId);
      if (!row) throw new AppError('NOT_FOUND', 'pdpa_request_not_found');
      if (row.status !== 'open') throw new AppError('CONFLICT', 'pdpa_request_closed');
      if (row.kind === 'erasure' && input.status === 'done')
        throw new AppError('CONFLICT', 'pdpa_erasure_needs_erase');
      await closeRequestRow(trx, row.id, { status: input.status, reason, at, by: call.user.id });
    },
  );
  return oneRequest(call, input.requestId);
}

/** The /pdpa page's list or one person's. Reading names is audited (count only). */
export async function listRequests(
  call: SignedInCall,
  query: PdpaRequestListQuery,
): Promise<PdpaRequest[]> {
  const rows = await requestRows(call.db, {
    beneficiaryId: query.beneficiaryId,
    openOnly: query.status === 'open',
  });
  const requests = await toRequests(call.db, rows, bangkokToday(call.clock.now()));
  await call.audit.record({
    action: 'pdpa.requests_listed',
    outcome: 'success',
    actor: call.actor,
    ...(query.beneficiaryId === null
      ? {}
      : { target: { type: 'beneficiary', id: query.beneficiaryId } }),
    details: { status: query.status, count: requests.length },
  });
  return requests;
}

/** The case page's PDPA tab: every consent row (the whole history) and the requests. Audited. */
export async function readSubject(call: SignedInCall, beneficiaryId: number): Promise<PdpaSubject> {
  const person = await requirePerson(call.db, beneficiaryId);
  const consents = await call.db
    .selectFrom('consents')
    .selectAll()
    .where('beneficiary_id', '=', beneficiaryId)
    .orderBy('id', 'desc')
    .execute();
  const staff = await userNames(
    call.db,
    consents.map((row) => row.recorded_by),
  );
  const statuses = await call.db
    .selectFrom('cases')
    .select('status')
    .where('beneficiary_id', '=', beneficiaryId)
    .execute();
  const today = bangkokToday(call.clock.now());
  const requests = await toRequests(
    call.db,
    await requestRows(call.db, { beneficiaryId, openOnly: false }),
    today,
  );
  await call.audit.record({
    action: 'pdpa.subject_viewed',
    outcome: 'success',
    actor: call.actor,
    target: { type: 'beneficiary', id: beneficiaryId },
    details: { consents: consents.length, requests: requests.length },
  });
  return {
    beneficiaryId,
    personName: person.erased_at === null ? displayName(person) : '',
    erasedAt: person.erased_at,
    hasOpenCase: statuses.some((row) => isOpenStatus(row.status)),
    consents: consents.map((row): ConsentHistoryRow => ({
      id: row.id,
      purpose: row.purpose,
      granted: row.granted === 1,
      noticeVersion: row.notice_version,
      givenBy: row.given_by,
      guardianName: row.guardian_name,
      note: row.note,
      recordedAt: row.recorded_at,
      recordedBy: staff.get(row.recorded_by) ?? '',
    })),
    requests,
  };
}
