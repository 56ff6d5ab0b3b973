import type { Transaction } from 'kysely';
import type { DocumentDetail, PrintView } from '../../../shared/domain/documents';
import { composeLetter, type ComposedLetter } from '../../../shared/domain/documents/letter-text';
import { bangkokToday } from '../../../shared/thai/bangkok-time';
import type { SignedInCall } from '../call/call-context';
import { insertCaseEvent } from '../cases/case-file-history-repository';
import type { Db } from '../cases/case-file-repository';
import type { DatabaseSchema } from '../db/schema';
import { AppError } from '../errors';
import { markReferralSent } from '../referrals/mark-sent';
import { requireReferableCase } from '../referrals/referral-rules';
import { readLetterSource } from './letter-source';
import { letterheadSnapshot, requireLetterhead, signerSnapshot } from './letterhead-snapshot';
import { printImages } from './print-images';
import { issueDocument } from './register-repository';
import { readDocumentDetail } from './register-search';

/** What a preview shows where the number will be: a draft has none yet. */
export const DRAFT_NUMBER = '(ร่าง)';

interface LetterRequest {
  referralId: number;
  signerId: number | null;
}

/**
 * The referral's letter as it would be issued now, checked as the issue checks it (the officer
 * learns before clicking that the letter cannot be issued, and why).
 */
async function composeFor(db: Db, request: LetterRequest, issuedOn: string) {
  const letterhead = await requireLetterhead(db);
  const signerId = request.signerId ?? letterhead.default_letter_signer_id;
  if (signerId === null) throw new AppError('CONFLICT', 'letter_signer_missing');
  const source = await readLetterSource(db, request.referralId);
  if (source.referral.letterDocumentId !== null) {
    // A letter voided before any reply (a typo, the wrong signer) is replaced by a new number;
    // a letter in force is reprinted from the register, never issued twice.
    const current = await db
      .selectFrom('documents')
      .select('status')
      .where('id', '=', source.referral.letterDocumentId)
      .executeTakeFirst();
    if (current?.status !== 'void' || source.referral.status !== 'sent')
      throw new AppError('CONFLICT', 'letter_already_issued');
  } else if (source.referral.status !== 'draft')
    throw new AppError('CONFLICT', 'referral_not_draft');
  // As for a draft's creation and edits: the case still open (a draft made before the case was
  // closed is not sent afterwards), and the person's referral consent as it stands now.
  await requireReferableCase(db, source.referral.caseId);
  const letter: ComposedLetter = composeLetter({
    issuedOn,
    letterhead: await letterheadSnapshot(db, letterhead),
    office: {
      owningDivision: letterhead.owning_division,
      phone: letterhead.phone,
      fax: letterhead.fax,
      email: letterhead.email,
    },
    signer: await signerSnapshot(db, signerId),
    referral: source.referral,
    person: source.person,
  });
  return { letter, letterhead, source };
}

/** PDPA: the preview shows the person's details, so opening it is recorded like a case read. */
export async function previewLetter(
  call: SignedInCall,
  request: LetterRequest,
): Promise<PrintView> {
  const issuedOn = bangkokToday(call.clock.now());
  const { letter, source } = await composeFor(call.db, request, issuedOn);
  const model = { ...letter, number: DRAFT_NUMBER };
  await call.audit.record({
    action: 'document.viewed',
    outcome: 'success',
    actor: call.actor,
    target: { type: 'referral', id: source.referral.id },
    details: { caseId: source.referral.caseId, preview: true },
  });
  return {
    items: [{ documentId: null, kind: 'referral_letter', status: 'draft', copy: false, model }],
    images: await printImages(call.db, [model]),
  };
}

/**
 * Issues the letter: every check, the next number, the snapshot with its SHA-256, the referral
 * marked sent, the timeline and the audit event, in ONE transaction. A refusal leaves nothing
 * behind (no number is used up).
 */
export async function issueLetter(
  call: SignedInCall,
  request: LetterRequest,
): Promise<DocumentDetail> {
  const now = call.clock.now();
  const at = now.toISOString();
  const issuedOn = bangkokToday(now);
  let issued: { documentId: number; number: string; caseId: number };
  try {
    issued = await call.audited<{ documentId: number; number: string; caseId: number }>(
      (result) => ({
        action: 'document.letter_issued',
        outcome: 'success',
        target: { type: 'document', id: result.documentId },
        details: {
          referralId: request.referralId,
          caseId: result.caseId,
          kind: 'referral_letter',
        },
      }),
      (trx) => issueIn(trx, call, request, { at, issuedOn }),
    );
  } catch (error) {
    if (
      error instanceof AppError &&
      (error.reason === 'referral_no_consent' || error.reason === 'referral_case_closed')
    )
      await call.audit.record({
        action: 'document.letter_issued',
        outcome: 'denied',
        actor: call.actor,
        target: { type: 'referral', id: request.referralId },
        details: { reason: error.reason },
      });
    throw error;
  }
  return readDocumentDetail(call.db, issued.documentId);
}

async function issueIn(
  trx: Transaction<DatabaseSchema>,
  call: SignedInCall,
  request: LetterRequest,
  when: { at: string; issuedOn: string },
) {
  const { letter, letterhead, source } = await composeFor(trx, request, when.issuedOn);
  const document = await issueDocument(trx, {
    kind: 'referral_letter',
    caseId: source.referral.caseId,
    referralId: source.referral.id,
    batchId: null,
    achievement: null,
    issuedOn: when.issuedOn,
    issuedAt: when.at,
    issuedBy: call.user.id,
    numberPrefix: letterhead.number_prefix,
    buildModel: (number) => ({ ...letter, number }),
  });
  await markReferralSent(trx, {
    referralId: source.referral.id,
    on: when.issuedOn,
    documentId: document.documentId,
    by: call.user.id,
    at: when.at,
  });
  await insertLetterIssued(trx, call.user.id, when.at, source.referral.caseId, document);
  return {
    documentId: document.documentId,
    number: document.number,
    caseId: source.referral.caseId,
  };
}

async function insertLetterIssued(
  trx: Transaction<DatabaseSchema>,
  userId: number,
  at: string,
  caseId: number,
  document: { documentId: number; number: string },
) {
  await insertCaseEvent(trx, {
    caseId,
    kind: 'letter_issued',
    at,
    userId,
    detail: { documentId: String(document.documentId), number: document.number },
  });
}
