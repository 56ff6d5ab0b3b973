import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import {
  canonicalJson,
  type CertificateAchievement,
  type DocumentKind,
  type DocumentModel,
} from '../../../shared/domain/documents';
import type { JsonValue } from '../../../shared/contract/json';
import { toBuddhistYear } from '../../../shared/thai/buddhist-era';
import { parseIsoDate } from '../../../shared/thai/iso-date';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * The document register's one way in: allocates the next number of the kind for the issue
 * date's calendar year and stores the frozen model with its SHA-256, in the caller's transaction
 * (so the number, the snapshot and whatever else the issue changes commit together or not at
 * all). Letters are numbered `<prefix><n>` ("พม 0506/123"); certificates `<พ.ศ.>/<n, 5 digits>`
 * ("2569/00017"). Digits are stored Arabic; the templates print Thai digits when the office
 * asks for them.
 */
export interface IssueRequest {
  kind: DocumentKind;
  caseId: number;
  referralId: number | null;
  batchId: number | null;
  achievement: CertificateAchievement | null;
  /** ISO date printed on the document (Bangkok calendar date). */
  issuedOn: string;
  /** ISO timestamp of the issue. */
  issuedAt: string;
  issuedBy: number;
  /** The letter's prefix from the letterhead (ignored for certificates). */
  numberPrefix: string;
  /** Builds the model once the number is known (the QR code and the letter both print it). */
  buildModel: (number: string) => DocumentModel | Promise<DocumentModel>;
}

export interface IssuedDocument {
  documentId: number;
  number: string;
  model: DocumentModel;
  sha256: string;
}

export function documentNumber(
  kind: DocumentKind,
  year: number,
  seq: number,
  numberPrefix: string,
): string {
  return kind === 'referral_letter'
    ? `${numberPrefix}${seq}`
    : `${toBuddhistYear(year)}/${String(seq).padStart(5, '0')}`;
}

async function nextSeq(
  trx: Transaction<DatabaseSchema>,
  kind: DocumentKind,
  year: number,
): Promise<number> {
  const counter = await trx
    .insertInto('document_counters')
    .values({ kind, year, last_seq: 1 })
    .onConflict((conflict) =>
      conflict
        .columns(['kind', 'year'])
        .doUpdateSet((eb) => ({ last_seq: eb('document_counters.last_seq', '+', 1) })),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return counter.last_seq;
}

async function numberTaken(
  trx: Transaction<DatabaseSchema>,
  kind: DocumentKind,
  year: number,
  number: string,
): Promise<boolean> {
  const row = await trx
    .selectFrom('documents')
    .select('id')
    .where('kind', '=', kind)
    .where('year', '=', year)
    .where('number', '=', number)
    .executeTakeFirst();
  return row !== undefined;
}

export function snapshotHash(snapshot: string): string {
  return createHash('sha256').update(snapshot, 'utf8').digest('hex');
}

/** Must run inside a transaction: the counter's read and write and the insert are one change. */
export async function issueDocument(trx: Transaction<DatabaseSchema>, request: IssueRequest) {
  const year = parseIsoDate(request.issuedOn).year;
  let seq = await nextSeq(trx, request.kind, year);
  let number = documentNumber(request.kind, year, seq, request.numberPrefix);
  // A prefix changed during the year can meet a number given before ("X/1" then "X/": the 11th
  // under the new prefix reads like the 1st under the old). Numbers must stay unique, so such a
  // number is skipped, never given twice (and never an error that blocks every issue).
  while (await numberTaken(trx, request.kind, year, number)) {
    seq = await nextSeq(trx, request.kind, year);
    number = documentNumber(request.kind, year, seq, request.numberPrefix);
  }
  const model = await request.buildModel(number);
  const snapshot = canonicalJson(model as unknown as JsonValue);
  const sha256 = snapshotHash(snapshot);
  const row = await trx
    .insertInto('documents')
    .values({
      kind: request.kind,
      number,
      year,
      seq,
      case_id: request.caseId,
      referral_id: request.referralId,
      batch_id: request.batchId,
      achievement: request.achievement,
      issued_on: request.issuedOn,
      issued_at: request.issuedAt,
      issued_by: request.issuedBy,
      void_reason: null,
      voided_at: null,
      voided_by: null,
      snapshot,
      sha256,
      last_printed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { documentId: row.id, number, model, sha256 } satisfies IssuedDocument;
}

/**
 * A stored snapshot read back: the model, and whether it still matches its SHA-256. A mismatch
 * means the database was edited outside Kaona; callers refuse to print it
 * (`document_snapshot_damaged`) and the register shows it.
 */
export function readSnapshot(row: { snapshot: string; sha256: string }): {
  model: DocumentModel;
  intact: boolean;
} {
  const intact = snapshotHash(row.snapshot) === row.sha256;
  return { model: JSON.parse(row.snapshot) as DocumentModel, intact };
}

export async function findDocument(db: Db, documentId: number) {
  return db.selectFrom('documents').selectAll().where('id', '=', documentId).executeTakeFirst();
}
