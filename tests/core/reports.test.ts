import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../src/shared/domain/jobs';
import type { ReportFilters } from '../../src/shared/domain/reports';
import { auditEvents, insertTestCase, officeDb, PLACES } from '../support/cases';
import { issueTestDocuments } from '../support/issued-documents';
import { addAccount, firstSignIn, setUpOffice, type TestOffice } from '../support/office';

const SUPERVISOR = {
  userName: 'supervisor.r',
  password: 'Supervisor-pass-2569',
  fullName: 'วิภา หัวหน้า',
};
const INJECTED = '=HYPERLINK("http://evil.example/?q=1","คลิก")';
const QUOTED_LAST = 'ใจดี, "ชัย"';
const REASON = 'รายงานผู้รับบริการประจำปีให้ พม. จังหวัด';
const FY = 2569;

let root: string;
let office: TestOffice;
let outDir: string;
let answer: (name: string) => string | null;
let supervisorId: number;
let caseA: number;
let caseWithdrawn: number;
let caseOtherProvince: number;

function freshOutDir(): string {
  outDir = join(root, `out-${Math.random().toString(36).slice(2)}`);
  mkdirSync(outDir);
  answer = (name) => join(outDir, name);
  return outDir;
}

const filters = (over: Partial<ReportFilters> = {}): ReportFilters => ({
  fiscalYear: FY,
  provinceId: null,
  department: null,
  ...over,
});

async function setIntake(caseId: number, date: string) {
  await officeDb(office)
    .updateTable('cases')
    .set({ intake_date: date })
    .where('id', '=', caseId)
    .execute();
}

async function insertSession(
  id: string,
  caseId: number,
  heldOn: string,
  minutes: number,
  corrects: string | null = null,
) {
  await officeDb(office)
    .insertInto('advisory_sessions')
    .values({
      id,
      case_id: caseId,
      mentor_id: supervisorId,
      held_on: heldOn,
      held_time: '10:00',
      duration_minutes: minutes,
      mode: 'phone',
      topics: '[]',
      summary: 'คุยเรื่องร้านค้า',
      next_session_on: null,
      completed_action_ids: '[]',
      corrects_session_id: corrects,
      correction_note: corrects ? 'แก้เวลา' : '',
      revision: 1,
      created_at: '2026-01-01T03:00:00.000Z',
      updated_at: '2026-01-01T03:00:00.000Z',
      updated_by: supervisorId,
    })
    .execute();
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kaona-reports-'));
  office = await setUpOffice(join(root, 'data'), {
    host: { chooseSavePath: async ({ suggestedName }) => answer(suggestedName) },
  });
  supervisorId = await addAccount(office, SUPERVISOR, 'supervisor');
  const db = officeDb(office);
  ({ caseId: caseA } = await insertTestCase(db, {
    firstName: INJECTED,
    lastName: QUOTED_LAST,
    nationalId: '1101700207366',
  }));
  ({ caseId: caseWithdrawn } = await insertTestCase(db, {
    firstName: 'ถอนแล้ว',
    lastName: 'ยินยอม',
  }));
  ({ caseId: caseOtherProvince } = await insertTestCase(db, {
    firstName: 'ก้อย',
    lastName: 'ต่างจังหวัด',
    place: 'bangkok',
  }));
  await insertTestCase(db, { firstName: 'ปีหน้า', lastName: 'ยังไม่ถึง' }); // FY 2570
  await setIntake(caseA, '2025-12-01');
  await setIntake(caseWithdrawn, '2026-03-01');
  await setIntake(caseOtherProvince, '2026-09-30');
  // The withdrawal is a newer row: the newest row per purpose is the consent's state.
  const withdrawn = await db
    .selectFrom('cases')
    .select('beneficiary_id')
    .where('id', '=', caseWithdrawn)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('consents')
    .values({
      beneficiary_id: withdrawn.beneficiary_id,
      purpose: 'programme',
      granted: 0,
      notice_version: '2569-2',
      given_by: 'self',
      guardian_name: '',
      note: '',
      recorded_at: '2026-04-01T03:00:00.000Z',
      recorded_by: supervisorId,
    })
    .execute();
  await db.updateTable('cases').set({ mentor_id: supervisorId }).where('id', '=', caseA).execute();
  await insertSession('s1', caseA, '2025-12-10', 60);
  await insertSession('s2', caseA, '2026-02-10', 30);
  await insertSession('s3', caseWithdrawn, '2026-03-10', 45);
  await insertSession('s3c', caseWithdrawn, '2026-03-10', 90, 's3'); // corrects s3: counted once
  await insertSession('old', caseA, '2025-09-30', 60); // FY 2568
  await issueTestDocuments(db, {
    kind: 'certificate',
    caseId: caseA,
    userId: supervisorId,
    count: 2,
  });
  await issueTestDocuments(db, {
    kind: 'certificate',
    caseId: caseWithdrawn,
    userId: supervisorId,
    count: 1,
  });
});

afterAll(async () => {
  await office.core.close();
  rmSync(root, { recursive: true, force: true });
});

describe('reports for a role with reports.read only (admin)', () => {
  it('previews an aggregate report without an audit event', async () => {
    const preview = await office.ok('reports.preview', {
      report: 'mentoring_activity',
      filters: filters(),
      language: 'th',
    });
    expect(preview.personal).toBe(false);
    expect(preview.columns.map((c) => c.header)).toEqual([
      'พี่เลี้ยง',
      'จำนวนผู้รับคำปรึกษา (คน)',
      'จำนวนครั้งที่ให้คำปรึกษา',
      'จำนวนชั่วโมง',
      'ให้คำปรึกษาครั้งล่าสุด',
    ]);
    // s1, s2 (case A), s3c (replacing s3): 2 mentees, 3 sessions, 3 hours; "old" is FY 2568.
    expect(preview.rows).toEqual([[SUPERVISOR.fullName, 2, 3, 3, '10/03/2569']]);
    expect(await auditEvents(office, 'report.previewed')).toHaveLength(0);
  });

  it('refuses a personal report with FORBIDDEN and records the refusal', async () => {
    freshOutDir();
    const preview = await office.call('reports.preview', {
      report: 'beneficiary_register',
      filters: filters(),
      language: 'th',
    });
    expect(preview).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'personal_report_forbidden' },
    });
    const exported = await office.call('reports.export', {
      report: 'document_register',
      filters: filters(),
      language: 'th',
      format: 'csv',
      reason: REASON,
    });
    expect(exported).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const denied = await auditEvents(office, 'report.denied');
    expect(denied.map((e) => [e.outcome, JSON.parse(e.details ?? '{}').step])).toEqual([
      ['denied', 'preview'],
      ['denied', 'export'],
    ]);
    expect(readdirSync(outDir)).toEqual([]);
  });
});

describe('reports for a supervisor (reports.exportPersonal)', () => {
  beforeAll(async () => {
    await office.ok('session.signOut');
    await firstSignIn(office, SUPERVISOR);
  });

  it('previews the register with only consenting people, counts those left out, and audits it', async () => {
    const preview = await office.ok('reports.preview', {
      report: 'beneficiary_register',
      filters: filters(),
      language: 'th',
    });
    expect(preview.total).toBe(2);
    expect(preview.excluded).toBe(1);
    const names = preview.rows.map((row) => row[1]);
    expect(names.some((name) => String(name).includes('ถอนแล้ว'))).toBe(false);
    expect(names.some((name) => String(name).includes('ปีหน้า'))).toBe(false);
    const rowA = preview.rows.find((row) => String(row[1]).includes('HYPERLINK'));
    // Always masked, whoever asks (ADR 0030); the date in พ.ศ.
    expect(rowA?.[2]).toBe('x-xxxx-xxxx7-36-6');
    expect(rowA?.slice(3)).toEqual([
      'สตรี',
      'พก.',
      'สร้างโอกาส สร้างงาน และสร้างรายได้',
      expect.any(String),
      'รับเรื่อง',
      '01/12/2568',
      SUPERVISOR.fullName,
    ]);
    const [event] = await auditEvents(office, 'report.previewed');
    expect(JSON.parse(event?.details ?? '{}')).toEqual({
      report: 'beneficiary_register',
      fiscalYear: FY,
      provinceId: null,
      department: null,
      rows: 2,
      shown: 2,
      excluded: 1,
    });
    expect(event?.details).not.toContain('HYPERLINK');
  });

  it('filters by province', async () => {
    const preview = await office.ok('reports.preview', {
      report: 'beneficiary_register',
      filters: filters({ provinceId: PLACES.bangkok.provinceId }),
      language: 'th',
    });
    expect(preview.total).toBe(1);
    expect(String(preview.rows[0]?.[1])).toContain('ก้อย');
  });

  it('asks for a typed reason before a personal export, in Thai, and writes nothing', async () => {
    freshOutDir();
    for (const reason of [undefined, '', 'สั้นไป']) {
      const result = await office.call('reports.export', {
        report: 'beneficiary_register',
        filters: filters(),
        language: 'th',
        format: 'xlsx',
        ...(reason === undefined ? {} : { reason }),
      });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', reason: 'export_reason_required' },
      });
    }
    expect(readdirSync(outDir)).toEqual([]);
    expect(await auditEvents(office, 'report.exported')).toHaveLength(0);
  });

  it('exports the register to XLSX: Thai name, bold frozen header, formula text neutralised, audited with the row count', async () => {
    freshOutDir();
    const outcome = await office.ok('reports.export', {
      report: 'beneficiary_register',
      filters: filters(),
      language: 'th',
      format: 'xlsx',
      reason: REASON,
    });
    expect(outcome).toEqual({
      done: true,
      fileName: 'ทะเบียนผู้รับบริการ-ปีงบ2569.xlsx',
      rows: 2,
      excluded: 1,
    });
    expect(readdirSync(outDir)).toEqual(['ทะเบียนผู้รับบริการ-ปีงบ2569.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(outDir, outcome.done ? outcome.fileName : ''));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('ทะเบียนผู้รับบริการ');
    expect(sheet.getRow(1).getCell(1).value).toBe('เลขที่แฟ้ม');
    expect(sheet.getRow(1).getCell(2).value).toBe('ชื่อ-สกุล');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).getCell(1).font?.name).toBe('Sarabun');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(3);
    const names = [2, 3].map((r) => String(sheet.getRow(r).getCell(2).value));
    const injected = names.find((name) => name.includes('HYPERLINK'));
    // With a title in front the name does not start with "=": only the CSV test's does.
    expect(injected).toBe(`นาง${INJECTED} ${QUOTED_LAST}`);
    const [event] = await auditEvents(office, 'report.exported');
    const details = JSON.parse(event?.details ?? '{}');
    expect(details).toEqual({
      report: 'beneficiary_register',
      fiscalYear: FY,
      provinceId: null,
      department: null,
      format: 'xlsx',
      rows: 2,
      excluded: 1,
      reason: REASON,
    });
    expect(event?.details).not.toContain('HYPERLINK');
  });

  it('exports CSV with a BOM, CRLF, RFC 4180 quoting and the injection prefix', async () => {
    freshOutDir();
    // A name that starts with "=" right away (no title in front): the prefix must be there.
    await officeDb(office)
      .updateTable('beneficiaries')
      .set({ title: 'other', title_other: '' })
      .where('first_name', '=', INJECTED)
      .execute();
    const outcome = await office.ok('reports.export', {
      report: 'beneficiary_register',
      filters: filters(),
      language: 'th',
      format: 'csv',
      reason: REASON,
    });
    expect(outcome).toMatchObject({ done: true, fileName: 'ทะเบียนผู้รับบริการ-ปีงบ2569.csv' });
    const bytes = readFileSync(join(outDir, 'ทะเบียนผู้รับบริการ-ปีงบ2569.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(lines[0]).toBe(
      'เลขที่แฟ้ม,ชื่อ-สกุล,เลขประจำตัวประชาชน (ปิดบางส่วน),กลุ่มเป้าหมาย,กรม,โครงการเรือธง,จังหวัด,สถานะ,วันที่รับเรื่อง,พี่เลี้ยง',
    );
    // Quotes doubled, the field quoted (it has a comma and quotes), the "=" behind an apostrophe.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?q=1"",""คลิก"") ใจดี, ""ชัย"""`);
    await officeDb(office)
      .updateTable('beneficiaries')
      .set({ title: 'mrs' })
      .where('first_name', '=', INJECTED)
      .execute();
  });

  it('exports the document register with consent applied and aggregate reports in English', async () => {
    freshOutDir();
    const outcome = await office.ok('reports.export', {
      report: 'document_register',
      filters: filters({ fiscalYear: 2570 }),
      language: 'en',
      format: 'csv',
      reason: REASON,
    });
    expect(outcome).toMatchObject({
      done: true,
      fileName: 'ทะเบียนเอกสาร-ปีงบ2570.csv',
      rows: 2,
      excluded: 1,
    });
    const text = readFileSync(join(outDir, 'ทะเบียนเอกสาร-ปีงบ2570.csv'), 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFNumber,Kind,Issued on,Status,Case number,Name');
    expect(text).toContain(',Certificate,26/11/2569,Issued,');
    const cohort = await office.ok('reports.preview', {
      report: 'cohort_outcomes',
      filters: filters(),
      language: 'en',
    });
    expect(cohort.rows.map((row) => row[0])).toEqual([
      'FY 2569 Q1',
      'FY 2569 Q2',
      'FY 2569 Q3',
      'FY 2569 Q4',
      'Total',
    ]);
    // A (Q1), withdrawn (Q2: counts have no consent filter), other province (Q4); 5,000 baht each.
    expect(cohort.rows.map((row) => row[1])).toEqual([1, 1, 0, 1, 3]);
    expect(cohort.rows.at(-1)?.[4]).toBe(5000);
    expect(cohort.rows.at(-1)?.[5]).toBeNull();
  });

  it('writes nothing and records no export when the save dialog is cancelled', async () => {
    freshOutDir();
    answer = () => null;
    const before = (await auditEvents(office, 'report.exported')).length;
    expect(
      await office.ok('reports.export', {
        report: 'mentoring_activity',
        filters: filters(),
        language: 'th',
        format: 'xlsx',
      }),
    ).toEqual({ done: false });
    expect(readdirSync(outDir)).toEqual([]);
    expect(await auditEvents(office, 'report.exported')).toHaveLength(before);
  });

  it('leaves no file (not even the temporary one) when the export is cancelled', async () => {
    freshOutDir();
    const db = officeDb(office);
    // 6,000 more cases for person A in FY 2569 (closed, so the one-open-case rule holds): three chunks.
    await sql`
      with recursive n(i) as (select 1 union all select i + 1 from n where i < 6000)
      insert into cases (case_number, beneficiary_id, status, status_reason, status_changed_at,
        intake_date, department, flagship_project, referral_source, referral_source_detail,
        household_size, monthly_income_satang, welfare_card, disability_card, disability_types,
        health_notes, caregiver_name, caregiver_relation, occupation, skills, products,
        has_smartphone, has_internet, has_bank_account, has_product_photos, has_online_shop,
        lazada_seller_id, goals, notes, mentor_id, sort_key, province_id, created_at, created_by,
        updated_at)
      select 'X-' || i, beneficiary_id, 'closed', 'ทดสอบ', status_changed_at, '2026-01-15',
        department, flagship_project, referral_source, referral_source_detail, household_size,
        monthly_income_satang, welfare_card, disability_card, disability_types, health_notes,
        caregiver_name, caregiver_relation, occupation, skills, products, has_smartphone,
        has_internet, has_bank_account, has_product_photos, has_online_shop, lazada_seller_id,
        goals, notes, mentor_id, sort_key, province_id, created_at, created_by, updated_at
      from cases, n where cases.id = ${caseA}
    `.execute(db);
    const cancelled: string[] = [];
    const unsubscribe = office.core.events.subscribe((event, payload) => {
      const progress = payload as JobProgress;
      if (event !== 'job.progress' || progress.kind !== 'reports.export') return;
      // Once the worker has counted the rows (the first event comes before the job is listed).
      if (progress.total !== null && !cancelled.includes(progress.jobId)) {
        cancelled.push(progress.jobId);
        void office.ok('jobs.cancel', { jobId: progress.jobId });
      }
    });
    const before = (await auditEvents(office, 'report.exported')).length;
    const outcome = await office.ok('reports.export', {
      report: 'beneficiary_register',
      filters: filters(),
      language: 'th',
      format: 'xlsx',
      reason: REASON,
    });
    unsubscribe();
    expect(outcome).toEqual({ done: false });
    expect(cancelled).toHaveLength(1);
    expect(readdirSync(outDir)).toEqual([]);
    expect(await auditEvents(office, 'report.exported')).toHaveLength(before);
    const ended = await auditEvents(office, 'job.ended');
    expect(JSON.parse(ended.at(-1)?.details ?? '{}')).toMatchObject({
      kind: 'reports.export',
      state: 'cancelled',
    });
  });
});
