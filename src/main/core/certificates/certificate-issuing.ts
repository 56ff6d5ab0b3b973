import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type {
  CertificateAchievement,
  CertificateModel,
  certificateWordingSchema,
  SignerSnapshot,
} from '../../../shared/domain/documents';
import type { SignedInCall } from '../call/call-context';
import { displayName } from '../cases/person-names';
import { insertCaseEvent } from '../cases/case-file-history-repository';
import type { DatabaseSchema } from '../db/schema';
import { issueDocument, type IssuedDocument } from '../documents/register-repository';
import {
  defaultCertificateSignerIds,
  letterheadSnapshot,
  requireLetterhead,
  signerSnapshot,
} from '../documents/letterhead-snapshot';
import { AppError } from '../errors';
import { assembleCode, signedTextOf } from './certificate-code';
import type { SigningKey } from './certificate-keys';
import { certificateTargets, milestonesOf } from './certificate-repository';
import { certificateWording } from './certificate-wording';

type Trx = Transaction<DatabaseSchema>;
export type Wording = z.output<typeof certificateWordingSchema>;

/** What every certificate of one issue shares: the office, the signers, the wording. */
export interface IssueContext {
  letterhead: CertificateModel['letterhead'];
  signers: SignerSnapshot[];
  wording: Wording;
}

/** One holder: the name as the case shows it and the shop from the milestone, if any. */
export interface Holder {
  caseId: number;
  holderName: string;
  shopName: string | null;
}

/**
 * The letterhead and the signers, read in the issue's transaction: refused until the letterhead
 * is saved, and without a signer (none given and no default set in the letterhead). A certificate
 * is not dated ahead ("ให้ไว้ ณ วันที่" is the day it is given); `today` is Bangkok's date.
 */
export async function issueContext(
  trx: Trx,
  wording: Wording,
  today: string,
): Promise<IssueContext> {
  if (wording.issuedOn > today) throw new AppError('VALIDATION', 'certificate_date_future');
  const row = await requireLetterhead(trx);
  const signerIds =
    wording.signerIds.length > 0 ? wording.signerIds : defaultCertificateSignerIds(row);
  if (signerIds.length === 0) throw new AppError('CONFLICT', 'certificate_signers_missing');
  const signers: SignerSnapshot[] = [];
  for (const signerId of signerIds) signers.push(await signerSnapshot(trx, signerId));
  const { agencyName, emblem, thaiDigits } = await letterheadSnapshot(trx, row);
  return { letterhead: { agencyName, emblem, thaiDigits }, signers, wording };
}

/**
 * The holders of the cases, in the order given, or the refusal: a case that does not exist
 * (NOT_FOUND) or has not reached the milestone the certificate recognises
 * (`certificate_case_not_eligible`). Training and custom certificates need no milestone.
 */
export async function eligibleHolders(
  trx: Trx | SignedInCall['db'],
  caseIds: readonly number[],
  achievement: CertificateAchievement,
): Promise<Holder[]> {
  const targets = new Map((await certificateTargets(trx, caseIds)).map((t) => [t.case_id, t]));
  const milestone =
    achievement === 'shop_opened' || achievement === 'first_order'
      ? new Map((await milestonesOf(trx, caseIds, achievement)).map((m) => [m.case_id, m]))
      : null;
  return caseIds.map((caseId) => {
    const target = targets.get(caseId);
    if (!target) throw new AppError('NOT_FOUND', 'case_not_found');
    const reached = milestone?.get(caseId);
    if (milestone && !reached) throw new AppError('CONFLICT', 'certificate_case_not_eligible');
    return {
      caseId,
      holderName: displayName(target),
      shopName: reached?.shop_name ? reached.shop_name : null,
    };
  });
}

/** The model a holder's certificate freezes; `code` is null for a preview (no serial yet). */
export function certificateModel(
  context: IssueContext,
  holder: Holder,
  serial: string,
  key: SigningKey | null,
): CertificateModel {
  const { wording } = context;
  const text = certificateWording(wording, holder.shopName);
  let verificationCode = '';
  if (key) {
    const signedText = signedTextOf({
      serial,
      holderName: holder.holderName,
      issuedOn: wording.issuedOn,
      keyId: key.keyId,
    });
    verificationCode = assembleCode(signedText, key.sign(signedText));
  }
  return {
    kind: 'certificate',
    serial,
    issuedOn: wording.issuedOn,
    letterhead: context.letterhead,
    holderName: holder.holderName,
    achievement: wording.achievement,
    achievementText: text.achievementText,
    detailText: text.detailText,
    signers: context.signers,
    verificationCode,
  };
}

/** One certificate into the register, signed over its serial, and its timeline line. */
export async function issueCertificate(
  trx: Trx,
  call: SignedInCall,
  request: {
    context: IssueContext;
    holder: Holder;
    key: SigningKey;
    batchId: number | null;
    at: string;
  },
): Promise<IssuedDocument> {
  const { context, holder, key, batchId, at } = request;
  const issued = await issueDocument(trx, {
    kind: 'certificate',
    caseId: holder.caseId,
    referralId: null,
    batchId,
    achievement: context.wording.achievement,
    issuedOn: context.wording.issuedOn,
    issuedAt: at,
    issuedBy: call.user.id,
    numberPrefix: '',
    buildModel: (serial) => certificateModel(context, holder, serial, key),
  });
  await insertCaseEvent(trx, {
    caseId: holder.caseId,
    kind: 'certificate_issued',
    at,
    userId: call.user.id,
    detail: {
      documentId: String(issued.documentId),
      serial: issued.number,
      achievement: context.wording.achievement,
    },
  });
  return issued;
}
