import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACTED_SNAPSHOT } from '../../src/main/core/pdpa/erasure-writes';
import { auditEvents, insertTestCase, officeDb } from '../support/cases';
import { insertDraftReferral } from '../support/documents';
import { issueTestDocuments } from '../support/issued-documents';
import { officeWithColleague, type TestOffice } from '../support/office';
import { keysOf, slotsIn } from '../support/slot-tampering';
import { decryptDatabaseFile } from '../support/sqlcipher-pages';

const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kaona-test-'));
  made.push(dir);
  return dir;
};
let opened: TestOffice | null = null;
afterAll(async () => {
  await opened?.core.close();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export const SUPERVISOR = {
  userName: 'supervisor.p',
  password: 'Supervisor-pass-2569',
  fullName: 'วิไลวรรณ ตรวจสอบ',
};

// The person to erase: every marker below must be gone from the whole file afterwards.
const FIRST = 'สมหญิง';
const LAST = 'ทดสอบ';
const NATIONAL_ID = '3101700123453';
const PHONE_LOCAL = '0898765432';
const HEALTH = 'ความดันสูงลับเฉพาะมาก';
const CAREGIVER = 'นายดูแลลับ ใจดีมาก';
const ADDRESS = '77/9 ซอยลับสุดยอด';
const SESSION_SUMMARY = 'สรุปการให้คำปรึกษาลับเฉพาะ';
const ATTACHMENT_TEXT = 'ATTACHMENT-SECRET-BYTES-4411';
const GUARDIAN = 'นางผู้ปกครองลับ';
const REFERRAL_REASON = 'เหตุผลส่งต่อลับเฉพาะบุคคล';
const OLD_PHONE = '0811119999';
const MARKERS = [
  FIRST,
  LAST,
  NATIONAL_ID,
  PHONE_LOCAL,
  '898765432',
  HEALTH,
  CAREGIVER,
  ADDRESS,
  SESSION_SUMMARY,
  ATTACHMENT_TEXT,
  GUARDIAN,
  REFERRAL_REASON,
  OLD_PHONE,
];

async function supervisorOffice(): Promise<{
  office: TestOffice;
  supervisorId: number;
  dir: string;
}> {
  const dir = tempDir();
  const { office, colleagueId } = await officeWithColleague(dir, SUPERVISOR, 'supervisor');
  await office.ok('session.signIn', {
    userName: SUPERVISOR.userName,
    password: SUPERVISOR.password,
  });
  return { office, supervisorId: colleagueId, dir };
}

/** The person with something in every table that can hold them, and a control person. */
async function seedPerson(office: TestOffice, userId: number) {
  const db = officeDb(office);
  const person = await insertTestCase(db, {
    firstName: FIRST,
    lastName: LAST,
    nationalId: NATIONAL_ID,
    healthNotes: HEALTH,
    status: 'closed',
    targetGroups: ['women', 'persons_with_disabilities'],
    granted: ['referral'],
    userId,
  });
  const control = await insertTestCase(db, {
    firstName: 'ประยงค์',
    lastName: 'คงอยู่ตลอด',
    status: 'closed',
    targetGroups: ['women'],
    userId,
  });
  await db
    .updateTable('beneficiaries')
    .set({ phone: `+66${PHONE_LOCAL.slice(1)}`, registered_line: ADDRESS, current_line: ADDRESS })
    .where('id', '=', person.beneficiaryId)
    .execute();
  await db
    .updateTable('cases')
    .set({ caregiver_name: CAREGIVER, notes: `บันทึก ${FIRST}` })
    .where('id', '=', person.caseId)
    .execute();
  const at = '2026-11-26T04:00:00.000Z';
  await db
    .insertInto('field_changes')
    .values({
      beneficiary_id: person.beneficiaryId,
      case_id: person.caseId,
      field: 'phone',
      old_value: OLD_PHONE,
      new_value: PHONE_LOCAL,
      sensitive: 0,
      changed_at: at,
      changed_by: userId,
    })
    .execute();
  await db
    .insertInto('consents')
    .values({
      beneficiary_id: person.beneficiaryId,
      purpose: 'photos',
      granted: 1,
      notice_version: '2569-2',
      given_by: 'guardian',
      guardian_name: GUARDIAN,
      note: '',
      recorded_at: at,
      recorded_by: userId,
    })
    .execute();
  const { id: attachmentId } = await db
    .insertInto('attachments')
    .values({
      case_id: person.caseId,
      file_name: `บัตร-${FIRST}.pdf`,
      mime_type: 'application/pdf',
      size_bytes: 40,
      sha256: 'a'.repeat(64),
      caption: `สำเนาบัตร ${FIRST}`,
      added_at: at,
      added_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('attachment_contents')
    .values({ attachment_id: attachmentId, content: Buffer.from(`%PDF-1.4 ${ATTACHMENT_TEXT}`) })
    .execute();
  await db
    .insertInto('advisory_sessions')
    .values({
      id: 'sess-pdpa-1',
      case_id: person.caseId,
      mentor_id: userId,
      held_on: '2026-11-20',
      held_time: '10:00',
      duration_minutes: 30,
      mode: 'phone',
      topics: JSON.stringify(['pricing']),
      summary: SESSION_SUMMARY,
      next_session_on: null,
      completed_action_ids: '[]',
      corrects_session_id: null,
      correction_note: '',
      revision: 1,
      created_at: at,
      updated_at: at,
      updated_by: userId,
    })
    .execute();
  await db
    .insertInto('outcome_months')
    .values({
      id: `${person.caseId}:2026-10`,
      case_id: person.caseId,
      month: '2026-10',
      orders: 3,
      sales_satang: 150_000,
      income_satang: 90_000,
      source: 'self_reported',
      evidence_attachment_id: attachmentId,
      note: `รายได้ของ${FIRST}`,
      revision: 1,
      recorded_at: at,
      recorded_by: userId,
    })
    .execute();
  await insertDraftReferral(db, person.caseId, { reason: REFERRAL_REASON });
  // The certificate fixture names "นางสาวสมหญิง ทดสอบ": the person's name in a frozen snapshot.
  const documentIds = await issueTestDocuments(db, {
    kind: 'certificate',
    caseId: person.caseId,
    userId,
    count: 1,
  });
  await db
    .insertInto('drafts')
    .values({
      user_id: userId,
      kind: 'intake',
      step: 1,
      json: JSON.stringify({ person: { firstName: FIRST, lastName: LAST, phone: PHONE_LOCAL } }),
      saved_at: at,
    })
    .execute();
  return { person, control, documentIds };
}

/** Counts the dashboard would show: by target group, province, status; incomes; milestones. */
async function aggregates(office: TestOffice) {
  const db = officeDb(office);
  const { rows } = await sql`
    SELECT
      (SELECT json_group_array(json_array(target_group, n)) FROM
        (SELECT target_group, count(*) n FROM case_target_groups GROUP BY 1 ORDER BY 1)) groups,
      (SELECT json_group_array(json_array(province_id, n)) FROM
        (SELECT province_id, count(*) n FROM cases GROUP BY 1 ORDER BY 1)) provinces,
      (SELECT json_group_array(json_array(status, department, flagship_project, n)) FROM
        (SELECT status, department, flagship_project, count(*) n FROM cases GROUP BY 1, 2, 3 ORDER BY 1, 2, 3)) statuses,
      (SELECT sum(monthly_income_satang) FROM cases) baseline,
      (SELECT sum(income_satang) FROM outcome_months) incomes,
      (SELECT count(*) FROM advisory_sessions) sessions,
      (SELECT group_concat(substr(birth_date, 1, 4)) FROM beneficiaries) birth_years
  `.execute(db);
  return rows[0];
}

/** Every row of every table as text (bytes as text too), to search for a marker. */
async function everything(office: TestOffice): Promise<string> {
  const db = officeDb(office);
  const { rows: tables } = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit_events'
  `.execute(db);
  const parts: string[] = [];
  for (const { name } of tables) {
    const { rows } = await sql`SELECT * FROM ${sql.table(name)}`.execute(db);
    parts.push(
      JSON.stringify(rows, (_key, value: unknown) =>
        value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value,
      ),
    );
  }
  return parts.join('\n');
}

describe('pdpa.erase: anonymising one person on an erasure request', () => {
  let seeded: Awaited<ReturnType<typeof seedPerson>>;
  let office: TestOffice;
  let dir: string;
  let before: unknown;
  let requestId: number;

  beforeAll(async () => {
    let supervisorId: number;
    ({ office, dir, supervisorId } = await supervisorOffice());
    opened = office;
    seeded = await seedPerson(office, supervisorId);
    before = await aggregates(office);
    const request = await office.ok('pdpa.recordRequest', {
      beneficiaryId: seeded.person.beneficiaryId,
      kind: 'erasure',
      receivedOn: '2026-11-25',
      requester: 'self',
      representativeName: '',
      channel: 'letter',
      note: `ขอลบข้อมูลของ${FIRST}`,
    });
    requestId = request.id;
    // The control: before the erasure the person is found by name, ID and phone.
    // Searched by name and by phone before the erasure too: the audit keeps no letters of a
    // search (issue 11's review), so these leave nothing of the person behind.
    await office.ok('cases.search', searchInput(FIRST));
    await office.ok('cases.search', searchInput(PHONE_LOCAL));
    const found = await office.ok('cases.search', searchInput(NATIONAL_ID));
    expect(found.total).toBe(1);
  }, 60_000);

  it('removes every trace from tables, search, drafts, attachments, documents and the file', async () => {
    const outcome = await office.ok('pdpa.erase', {
      requestId,
      reason: 'เจ้าของข้อมูลขอให้ลบตามมาตรา 33',
    });
    expect(outcome).toEqual({
      beneficiaryId: seeded.person.beneficiaryId,
      casesErased: 1,
      documentsRedacted: 1,
      attachmentsRemoved: 1,
    });

    // The bytes: every page of the database and its log, decrypted, free pages included.
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(officeDb(office));
    const slot = slotsIn(join(dir, 'kaona.keys')).find((s) => s.userName === SUPERVISOR.userName)!;
    const [key] = await keysOf(slot, SUPERVISOR.password);
    const plain = decryptDatabaseFile(join(dir, 'kaona.db'), key!);
    expect(plain).not.toBeNull();
    expect(plain!.includes(Buffer.from('คงอยู่ตลอด', 'utf8'))).toBe(true);
    for (const marker of MARKERS)
      expect(plain!.includes(Buffer.from(marker, 'utf8')), `file: ${marker}`).toBe(false);

    // The search index's own blocks (what SQL still reads of it, older segments included): no
    // trigram of the person's name, ID or phone that nobody else's indexed text explains. FTS5
    // keeps deleted terms in older segments until they are merged; without the erasure's
    // 'optimize' the ID's and phone's trigrams are still here.
    const db = officeDb(office);
    const { rows: blocks } = await sql<{ block: Uint8Array }>`
      SELECT block FROM case_search_data
    `.execute(db);
    const index = Buffer.concat(blocks.map((row) => Buffer.from(row.block)));
    const { rows: live } = await sql<{ text: string }>`
      SELECT names || ' ' || nickname || ' ' || national_id || ' ' || phone || ' ' || case_number
        AS text FROM case_search
    `.execute(db);
    const liveGrams = new Set(live.flatMap((row) => trigrams(row.text)));
    const gone = [FIRST, LAST, NATIONAL_ID, PHONE_LOCAL]
      .flatMap(trigrams)
      .filter((gram) => !liveGrams.has(gram));
    expect(gone.length).toBeGreaterThan(5);
    for (const gram of gone)
      expect(index.includes(Buffer.from(gram, 'utf8')), `index: ${gram}`).toBe(false);

    // Every row of every table, FTS shadow tables included.
    const dump = await everything(office);
    for (const marker of MARKERS) expect(dump.includes(marker), marker).toBe(false);
    expect(dump).toContain('คงอยู่ตลอด');

    // The register keeps the number; the content is the marker; the redaction is recorded.
    const document = await officeDb(office)
      .selectFrom('documents')
      .select(['number', 'status', 'snapshot'])
      .where('id', '=', seeded.documentIds[0]!)
      .executeTakeFirstOrThrow();
    expect(document.number).not.toBe('');
    expect(document.status).toBe('void');
    expect(document.snapshot).toBe(REDACTED_SNAPSHOT);
    // The verify screen answers "void", naming nobody.
    const verified = await office.ok('certificates.verify', { code: document.number });
    expect(verified).toMatchObject({ verdict: 'void', serial: document.number, holderName: null });

    // The audit event names the request and counts, nothing erased.
    const [erased] = await auditEvents(office, 'pdpa.erased');
    expect(JSON.parse(erased!.details!)).toEqual({
      requestId,
      cases: 1,
      documents: 1,
      attachments: 1,
    });
    // Older audit details about this person hold none of their data, searches included
    // (`case.searched` keeps only the count of letters typed and the last digits of numbers).
    const audit = await officeDb(office).selectFrom('audit_events').select('details').execute();
    const auditText = audit.map((row) => row.details ?? '').join('\n');
    for (const marker of MARKERS)
      expect(auditText.includes(marker), `audit: ${marker}`).toBe(false);

    // The search finds nothing, by name, ID or phone.
    for (const text of [FIRST, LAST, NATIONAL_ID, PHONE_LOCAL, '089-876-5432'])
      expect((await office.ok('cases.search', searchInput(text))).total, text).toBe(0);
    // The control person is still found.
    expect((await office.ok('cases.search', searchInput('ประยงค์'))).total).toBe(1);
  }, 60_000);

  it('still opens the case, under the erased name, with nothing to reveal', async () => {
    const file = await office.ok('cases.open', { caseId: seeded.person.caseId });
    expect(file.profile.displayName).toContain(`ข้อมูลถูกลบ #${seeded.person.beneficiaryId}`);
    expect(file.case.status).toBe('closed');
    expect(file.profile.erasedAt).not.toBeNull();
    const subject = await office.ok('pdpa.subject', { beneficiaryId: seeded.person.beneficiaryId });
    expect(subject.erasedAt).not.toBeNull();
    expect(subject.personName).toBe('');
    expect(subject.consents.every((row) => row.guardianName === '' && row.note === '')).toBe(true);
  });

  it('keeps the aggregate figures', async () => {
    expect(await aggregates(office)).toEqual(before);
  });

  it('refuses a second erasure and a new request for the erased person', async () => {
    const again = await office.call('pdpa.erase', { requestId, reason: 'อีกครั้งหนึ่งเพื่อทดสอบ' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'pdpa_request_closed' },
    });
    const request = await office.call('pdpa.recordRequest', {
      beneficiaryId: seeded.person.beneficiaryId,
      kind: 'access',
      receivedOn: '2026-11-25',
      requester: 'self',
      representativeName: '',
      channel: 'letter',
      note: '',
    });
    expect(request).toMatchObject({ ok: false, error: { reason: 'pdpa_person_erased' } });
  });
});

/** The trigrams FTS5's tokenizer makes of a text (three characters, every position). */
function trigrams(text: string): string[] {
  const chars = [...text];
  return chars.slice(0, -2).map((_, i) => chars.slice(i, i + 3).join(''));
}

function searchInput(text: string) {
  return {
    text,
    statuses: [],
    targetGroup: null,
    department: null,
    flagshipProject: null,
    provinceId: null,
    mentorId: null,
    intakeFrom: null,
    intakeTo: null,
    sort: 'name' as const,
    offset: 0,
    limit: 50,
  };
}
