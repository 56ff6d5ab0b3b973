import type {
  CertificateModel,
  VerifyResult,
  VerifyUnknownCause,
  VerifyVerdict,
} from '../../../shared/domain/documents';
import type { SignedInCall } from '../call/call-context';
import { decodeCode } from './certificate-code';
import { currentPublicKey, findPublicKey, verifySignature } from './certificate-keys';
import { findCertificateBySerial } from './certificate-repository';
import { readVerifyInput } from './verify-input';
import { readSnapshot } from '../documents/register-repository';
import { REDACTED_SNAPSHOT } from '../pdpa/erasure-writes';

type RegisterRow = NonNullable<Awaited<ReturnType<typeof findCertificateBySerial>>>;

const NOTHING: VerifyResult = {
  verdict: 'unknown',
  serial: null,
  holderName: null,
  issuedOn: null,
  achievement: null,
  voidReason: null,
  voidedAt: null,
  bySerialOnly: false,
  unknownCause: null,
};

function verdictOnly(verdict: VerifyVerdict, unknownCause: VerifyUnknownCause | null = null) {
  return { ...NOTHING, verdict, unknownCause } satisfies VerifyResult;
}

/**
 * A certificate whose holder was erased (PDPA s.33, ADR 0034): the register keeps the serial and
 * its void, but no longer who held it. Answered as void, with no name, date or achievement.
 */
function erasedAnswer(row: RegisterRow) {
  if (row.snapshot !== REDACTED_SNAPSHOT) return null;
  return {
    result: {
      ...NOTHING,
      verdict: 'void',
      serial: row.number,
      voidReason: row.void_reason,
      voidedAt: row.voided_at,
    } satisfies VerifyResult,
    documentId: row.id,
  };
}

/**
 * The certificate as the register froze it, or null when the row no longer matches its SHA-256
 * (edited outside Kaona): the register cannot vouch for anything then, not even by serial.
 */
function frozenModel(row: RegisterRow): CertificateModel | null {
  try {
    const { model, intact } = readSnapshot(row);
    return intact && model.kind === 'certificate' ? model : null;
  } catch {
    return null;
  }
}

function fromRegister(
  row: RegisterRow,
  model: CertificateModel,
  bySerialOnly: boolean,
): VerifyResult {
  return {
    verdict: row.status === 'void' ? 'void' : 'valid',
    serial: row.number,
    holderName: model.holderName,
    issuedOn: model.issuedOn,
    // From the snapshot its SHA-256 covers, not the register's column beside it.
    achievement: model.achievement,
    voidReason: row.void_reason,
    voidedAt: row.voided_at,
    bySerialOnly,
    unknownCause: null,
  };
}

/**
 * The verify screen's answer:
 * - a code of the wrong shape, or whose signature fails under the office's key it names: forged;
 * - a code signed by a key that is not this office's: unknown (another office's certificate can
 *   only be checked there);
 * - a good signature whose serial is not in the register: unknown (e.g. a database restored from
 *   a backup older than the certificate);
 * - a good signature whose serial, name or date differ from the register's snapshot: forged;
 * - a register entry that no longer matches its SHA-256: unknown (`register_damaged`);
 * - otherwise the register's status: valid or void.
 * A typed serial is looked up without a signature (`bySerialOnly`: the paper's name must be
 * compared by eye). The audit holds the verdict and, when a holder is shown, which certificate
 * (never the typed text: a code holds a name).
 */
export async function verifyCertificate(call: SignedInCall, raw: string): Promise<VerifyResult> {
  const { result, documentId } = await verdictFor(call, raw);
  // A valid or void answer shows a holder's name (a typed serial is enough for that): the event
  // names the certificate, as a read of case data does. Nothing typed is recorded.
  await call.audit.record({
    action: 'certificate.verified',
    outcome: 'success',
    actor: call.actor,
    ...(documentId === null ? {} : { target: { type: 'document', id: documentId } }),
    details: { verdict: result.verdict, bySerialOnly: result.bySerialOnly },
  });
  return result;
}

/** The answer, and the register entry it shows (null when it shows none). */
async function verdictFor(
  call: SignedInCall,
  raw: string,
): Promise<{ result: VerifyResult; documentId: number | null }> {
  const nothing = (result: VerifyResult) => ({ result, documentId: null });
  const shown = (row: RegisterRow, model: CertificateModel, bySerialOnly: boolean) => ({
    result: fromRegister(row, model, bySerialOnly),
    documentId: row.id,
  });
  const input = readVerifyInput(raw);
  if (input.kind === 'serial') {
    const row = await findCertificateBySerial(call.db, input.serial);
    if (!row) return nothing(verdictOnly('unknown', 'no_such_serial'));
    const erased = erasedAnswer(row);
    if (erased) return erased;
    const model = frozenModel(row);
    return model ? shown(row, model, true) : nothing(verdictOnly('unknown', 'register_damaged'));
  }
  const decoded = decodeCode(input.code);
  if (!decoded) return nothing(verdictOnly('forged'));
  const { payload } = decoded;
  const publicKey = await findPublicKey(call.db, payload.keyId);
  if (!publicKey) return nothing(verdictOnly('unknown', 'other_office'));
  if (!verifySignature(publicKey, decoded.signedText, decoded.signature))
    return nothing(verdictOnly('forged'));
  const row = await findCertificateBySerial(call.db, payload.serial);
  if (!row) return nothing(verdictOnly('unknown', 'not_in_register'));
  const erased = erasedAnswer(row);
  if (erased) return erased;
  const model = frozenModel(row);
  if (!model) return nothing(verdictOnly('unknown', 'register_damaged'));
  const same =
    model.serial === payload.serial &&
    model.holderName === payload.holderName &&
    model.issuedOn === payload.issuedOn;
  return same ? shown(row, model, false) : nothing(verdictOnly('forged'));
}

/** The office's current public key for other offices (empty before its first certificate). */
export async function officePublicKey(
  call: SignedInCall,
): Promise<{ keyId: string; publicKeyBase64: string }> {
  const key = await currentPublicKey(call.db);
  return key
    ? { keyId: key.keyId, publicKeyBase64: Buffer.from(key.publicKey).toString('base64') }
    : { keyId: '', publicKeyBase64: '' };
}
