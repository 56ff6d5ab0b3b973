import { sql, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { z } from 'zod';
import type {
  DocumentDetail,
  DocumentList,
  documentListSchema,
  DocumentRow,
} from '../../../shared/domain/documents';
import { thaiDigitsToArabic } from '../../../shared/thai/thai-digits';
import { displayName } from '../cases/person-names';
import type { DatabaseSchema } from '../db/schema';
import { AppError } from '../errors';
import { storedImages } from './print-images';
import { readSnapshot } from './register-repository';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;
type DocumentListInput = z.output<typeof documentListSchema>;

/**
 * The document register's reads. The register is small (a few thousand rows a year), so the text
 * filter is a plain substring of the number or of the person's name, after Thai digits typed are
 * read as Arabic ones (numbers are stored with Arabic digits).
 */
function registerQuery(db: Db) {
  return db
    .selectFrom('documents as d')
    .innerJoin('cases as c', 'c.id', 'd.case_id')
    .innerJoin('beneficiaries as b', 'b.id', 'c.beneficiary_id')
    .innerJoin('users as u', 'u.id', 'd.issued_by');
}

function rowQuery(db: Db) {
  return registerQuery(db).select([
    'd.id',
    'd.kind',
    'd.number',
    'd.case_id',
    'c.case_number',
    'b.title',
    'b.title_other',
    'b.first_name',
    'b.last_name',
    'd.issued_on',
    'd.issued_at',
    'u.full_name as issued_by_name',
    'd.status',
    'd.void_reason',
    'd.voided_at',
    'd.print_count',
    'd.referral_id',
    'd.batch_id',
  ]);
}

type RegisterRow = Awaited<ReturnType<ReturnType<typeof rowQuery>['executeTakeFirstOrThrow']>>;

function toDocumentRow(row: RegisterRow): DocumentRow {
  return {
    documentId: row.id,
    kind: row.kind,
    number: row.number,
    caseId: row.case_id,
    caseNumber: row.case_number,
    personName: displayName(row),
    issuedOn: row.issued_on,
    issuedAt: row.issued_at,
    issuedByDisplayName: row.issued_by_name,
    status: row.status,
    voidReason: row.void_reason,
    voidedAt: row.voided_at,
    printCount: row.print_count,
    referralId: row.referral_id,
    batchId: row.batch_id,
  };
}

export async function listDocuments(db: Db, query: DocumentListInput): Promise<DocumentList> {
  const text = thaiDigitsToArabic(query.text.trim());
  const filtered = <Q extends ReturnType<typeof registerQuery>>(builder: Q): Q => {
    let q = builder;
    if (query.kind !== null) q = q.where('d.kind', '=', query.kind) as Q;
    if (query.status !== null) q = q.where('d.status', '=', query.status) as Q;
    if (query.caseId !== null) q = q.where('d.case_id', '=', query.caseId) as Q;
    if (query.from !== null) q = q.where('d.issued_on', '>=', query.from) as Q;
    if (query.to !== null) q = q.where('d.issued_on', '<=', query.to) as Q;
    if (text !== '')
      q = q.where(
        sql<SqlBool>`(instr(d.number, ${text}) > 0
          OR instr(b.first_name || ' ' || b.last_name, ${text}) > 0)`,
      ) as Q;
    return q;
  };
  const rows = await filtered(rowQuery(db) as unknown as ReturnType<typeof registerQuery>)
    .orderBy('d.issued_on', 'desc')
    .orderBy('d.id', 'desc')
    .offset(query.offset)
    .limit(query.limit)
    .execute();
  const { total } = await filtered(registerQuery(db))
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return { rows: (rows as unknown as RegisterRow[]).map(toDocumentRow), total: Number(total) };
}

/** One document with its snapshot and its images checked against their SHA-256. */
export async function readDocumentDetail(db: Db, documentId: number): Promise<DocumentDetail> {
  const row = await rowQuery(db)
    .select(['d.snapshot', 'd.sha256'])
    .where('d.id', '=', documentId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'document_not_found');
  let snapshot: ReturnType<typeof readSnapshot>;
  try {
    snapshot = readSnapshot(row);
  } catch {
    // Not even JSON any more: edited outside Kaona, with nothing left to show.
    throw new AppError('CONFLICT', 'document_snapshot_damaged');
  }
  const { model } = snapshot;
  // Shown even when damaged (never hidden): the images that still match their hash, and the
  // document marked as not intact when its text or any image it names was changed.
  const images = await storedImages(db, [model]);
  return {
    ...toDocumentRow(row),
    sha256: row.sha256,
    intact: snapshot.intact && images.intact,
    model,
    images: images.images,
  };
}
