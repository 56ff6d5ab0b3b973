import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../src/shared/domain/jobs';
import type { ImportSettings, ReportRow } from '../../src/shared/domain/imports';
import { auditEvents, officeDb } from '../support/cases';
import {
  IMPORT_MAPPING,
  IMPORT_SETTINGS,
  fixedErrorRows,
  importCsv,
  importSheet,
  importXlsx,
  readXlsxRows,
  type ImportSheet,
} from '../support/import-files';
import { addAccount, firstSignIn, OFFICER, setUpOffice, type TestOffice } from '../support/office';

/**
 * Import from spreadsheets against a real encrypted office: the dry run's exact per-row report on
 * 10,000 rows with 5% bad ones, the one-transaction apply, the second run finding duplicates, a
 * cancelled and a failed apply writing nothing, CSV (BOM, Thai headers) and the error report.
 */
let root: string;
let office: TestOffice;
let outDir: string;
const progress: JobProgress[] = [];

const settings = IMPORT_SETTINGS as unknown as ImportSettings;
const BIG = 10_000;
let big: ImportSheet;
let bigXlsx: Buffer;

async function open(bytes: Buffer, fileName: string) {
  return office.ok('imports.open', { fileName, contentBase64: bytes.toString('base64') });
}

async function allRows(importId: string): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  for (const kind of ['ok', 'warning', 'error', 'duplicate'] as const) {
    for (let offset = 0; ; offset += 200) {
      const page = await office.ok('imports.report', { importId, kind, offset, limit: 200 });
      rows.push(...page.rows);
      if (offset + 200 >= page.total) break;
    }
  }
  return rows.sort((a, b) => a.rowNumber - b.rowNumber);
}

const simplify = (rows: ReportRow[]) =>
  rows.map((row) => ({
    rowNumber: row.rowNumber,
    kind: row.kind,
    problems: row.problems.map((problem) => [problem.field, problem.code]),
  }));

async function tableCounts() {
  const db = officeDb(office);
  const count = async (
    table: 'beneficiaries' | 'cases' | 'consents' | 'case_events' | 'import_batches',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const counters = await db.selectFrom('case_number_counters').selectAll().execute();
  return {
    beneficiaries: await count('beneficiaries'),
    cases: await count('cases'),
    consents: await count('consents'),
    events: await count('case_events'),
    batches: await count('import_batches'),
    counters,
  };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kaona-imports-'));
  outDir = join(root, 'out');
  mkdirSync(outDir);
  office = await setUpOffice(join(root, 'data'), {
    host: { chooseSavePath: async ({ suggestedName }) => join(outDir, suggestedName) },
  });
  office.core.events.subscribe((event, payload) => {
    if (event === 'job.progress') progress.push(payload as JobProgress);
  });
  await addAccount(office, OFFICER, 'officer');
  await office.ok('session.signOut');
  await firstSignIn(office, OFFICER);
  big = importSheet({ rows: BIG, badEvery: 20, noPhoneEvery: 97, badAddressEvery: 101 });
  bigXlsx = await importXlsx(big);
}, 120_000);

afterAll(async () => {
  await office.core.close();
  rmSync(root, { recursive: true, force: true });
});

describe('a 10,000-row XLSX with 5% bad rows', () => {
  let importId: string;

  it('opens: header, sample rows and the mapping suggested from the Thai headers', async () => {
    const opened = await open(bigXlsx, 'ทะเบียนเก่า.xlsx');
    importId = opened.importId;
    expect(opened).toMatchObject({ rowCount: BIG, sheetName: 'ทะเบียน', headers: big.headers });
    expect(opened.sampleRows).toEqual(big.rows.slice(0, 5));
    expect(opened.suggested).toEqual(IMPORT_MAPPING);
  });

  it('dry run: the exact report for every row, nothing written, one audit event with counts', async () => {
    const before = await tableCounts();
    const checked = await office.ok('imports.check', { importId, settings });
    const expectedCounts = { ok: 0, warning: 0, error: 0, duplicate: 0 };
    for (const row of big.expected) expectedCounts[row.kind] += 1;
    expect(expectedCounts.error + expectedCounts.duplicate).toBe(BIG / 20);
    expect(checked).toEqual({ importId, total: BIG, counts: expectedCounts });
    expect(simplify(await allRows(importId))).toEqual(big.expected);
    expect(await tableCounts()).toEqual(before);
    const [event] = (await auditEvents(office, 'imports.checked')).slice(-1);
    expect(JSON.parse(event!.details ?? '{}')).toEqual({
      total: BIG,
      ...expectedCounts,
      matched: [],
    });
  });

  it('pages the problem rows for the screen (everything but ok) by default', async () => {
    const page = await office.ok('imports.report', { importId, kind: null, offset: 0, limit: 10 });
    const problems = big.expected.filter((row) => row.kind !== 'ok');
    expect(page.total).toBe(problems.length);
    expect(page.rows.map((row) => row.rowNumber)).toEqual(
      problems.slice(0, 10).map((row) => row.rowNumber),
    );
    expect(page.rows[0]!.label).not.toBe('');
  });

  it('refuses to apply without the paper-consent declaration', async () => {
    const result = await office.call('imports.apply', { importId, consentDeclared: false });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'import_consent_not_declared' },
    });
  });

  it('applies the valid rows in one transaction with progress; audit holds counts, no names', async () => {
    progress.length = 0;
    const valid = big.expected.filter((row) => row.kind === 'ok' || row.kind === 'warning');
    const applied = await office.ok('imports.apply', { importId, consentDeclared: true });
    expect(applied).toMatchObject({
      done: true,
      imported: valid.length,
      skipped: BIG - valid.length,
    });
    const counts = await tableCounts();
    expect(counts).toMatchObject({
      beneficiaries: valid.length,
      cases: valid.length,
      consents: valid.length,
      batches: 1,
    });
    const running = progress.filter((p) => p.kind === 'imports.apply' && p.state === 'running');
    expect(running.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toMatchObject({ kind: 'imports.apply', state: 'done' });

    const db = officeDb(office);
    const consent = await db.selectFrom('consents').selectAll().limit(1).executeTakeFirstOrThrow();
    expect(consent).toMatchObject({ purpose: 'programme', granted: 1, notice_version: 'import' });
    const batch = await db.selectFrom('import_batches').selectAll().executeTakeFirstOrThrow();
    expect(batch).toMatchObject({
      file_name: 'ทะเบียนเก่า.xlsx',
      total_rows: BIG,
      imported_rows: valid.length,
      consent_basis: 'paper_declaration',
    });
    expect(batch.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Row 4 of the sheet: a Khon Kaen address matched to the reference data, a case number.
    const first = await db
      .selectFrom('beneficiaries')
      .innerJoin('cases', 'cases.beneficiary_id', 'beneficiaries.id')
      .select([
        'national_id',
        'birth_date',
        'beneficiaries.province_id',
        'registered_postcode',
        'case_number',
        'intake_date',
      ])
      .where('national_id', '=', big.rows[2]![3]!)
      .executeTakeFirstOrThrow();
    expect(first).toMatchObject({
      birth_date: '1957-01-03',
      province_id: 6,
      registered_postcode: '40000',
    });
    expect(first.case_number).toMatch(/^2569-\d{6}$/);
    // The search index follows through the triggers.
    const found = await office.ok('cases.search', {
      text: big.rows[2]![3]!,
      statuses: [],
      targetGroup: null,
      department: null,
      flagshipProject: null,
      provinceId: null,
      mentorId: null,
      intakeFrom: null,
      intakeTo: null,
      sort: 'name',
      offset: 0,
      limit: 50,
    });
    expect(found.total).toBe(1);

    const [event] = await auditEvents(office, 'imports.applied');
    const details = event!.details ?? '';
    expect(JSON.parse(details)).toMatchObject({ batchId: batch.id, imported: valid.length });
    for (const secret of [big.rows[2]![1]!, big.rows[2]![3]!, 'ทะเบียนเก่า'])
      expect(details).not.toContain(secret);
  });

  it('the same file again: every row that was imported is now a duplicate', async () => {
    const opened = await open(bigXlsx, 'ทะเบียนเก่า.xlsx');
    const checked = await office.ok('imports.check', { importId: opened.importId, settings });
    const errors = big.expected.filter((row) => row.kind === 'error').length;
    expect(checked.counts).toEqual({ ok: 0, warning: 0, error: errors, duplicate: BIG - errors });
    const rows = await allRows(opened.importId);
    for (const row of rows.filter((r) => r.kind === 'duplicate'))
      expect(row.problems.at(-1)?.code).toBe('duplicate_existing');
    expect(
      await office.call('imports.apply', { importId: opened.importId, consentDeclared: true }),
    ).toMatchObject({ ok: false, error: { reason: 'import_nothing_to_import' } });
  });
});

describe('nothing half-done', () => {
  it('a cancelled apply writes nothing and gives the case numbers back', async () => {
    const sheet = importSheet({ rows: 3000, badEvery: 0, seed: 7 });
    const opened = await open(importCsv(sheet), 'ยกเลิก.csv');
    await office.ok('imports.check', { importId: opened.importId, settings });
    const before = await tableCounts();
    const unsubscribe = office.core.events.subscribe((event, payload) => {
      const job = payload as JobProgress;
      if (event === 'job.progress' && job.kind === 'imports.apply' && job.done >= 500)
        office.core.sessions.signedInCall().jobs.cancel(job.jobId);
    });
    try {
      const outcome = await office.ok('imports.apply', {
        importId: opened.importId,
        consentDeclared: true,
      });
      expect(outcome).toEqual({ done: false });
    } finally {
      unsubscribe();
    }
    expect(await tableCounts()).toEqual(before);
    expect(await auditEvents(office, 'job.ended')).not.toHaveLength(0);
  });

  it('a failure in the middle (a row the database refuses) writes nothing', async () => {
    // Past the first chunk of rows written (IMPORT_CHUNK, 250), so that rows are already in the
    // transaction when the refused one comes; more rows would prove nothing more.
    const sheet = importSheet({ rows: 300, badEvery: 0, seed: 8 });
    sheet.rows[280]![1] = 'ล้มเหลว';
    const opened = await open(importCsv(sheet), 'ล้มเหลว.csv');
    await office.ok('imports.check', { importId: opened.importId, settings });
    const db = officeDb(office);
    await sql`CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON main.beneficiaries
      WHEN NEW.first_name = 'ล้มเหลว' BEGIN SELECT RAISE(ABORT, 'refused'); END`.execute(db);
    // A TEMP trigger lives in main's connection only; the job has its own: a real one instead.
    await sql`DROP TRIGGER temp.refuse_one`.execute(db);
    await sql`CREATE TRIGGER refuse_one BEFORE INSERT ON beneficiaries
      WHEN NEW.first_name = 'ล้มเหลว' BEGIN SELECT RAISE(ABORT, 'refused'); END`.execute(db);
    const before = await tableCounts();
    try {
      expect(
        await office.call('imports.apply', { importId: opened.importId, consentDeclared: true }),
      ).toMatchObject({ ok: false, error: { code: 'INTERNAL', reason: 'import_failed' } });
    } finally {
      await sql`DROP TRIGGER refuse_one`.execute(db);
    }
    expect(await tableCounts()).toEqual(before);
  });
});

describe('CSV, the error report and the fixed file', () => {
  it('reads CSV with a BOM or without, Thai headers and Thai text alike', async () => {
    const sheet = importSheet({ rows: 40, badEvery: 8, seed: 21 });
    for (const bom of [true, false]) {
      const opened = await open(importCsv(sheet, bom), 'ทะเบียน.csv');
      expect(opened.headers).toEqual(sheet.headers);
      expect(opened.suggested).toEqual(IMPORT_MAPPING);
      await office.ok('imports.check', { importId: opened.importId, settings });
      expect(simplify(await allRows(opened.importId))).toEqual(sheet.expected);
    }
  });

  it('refuses a file that is not UTF-8 or a spreadsheet', async () => {
    const tis620 = Buffer.from([0xa1, 0xa2, 0x2c, 0xa3, 0x0a, 0xff, 0xfe]);
    expect(
      await office.call('imports.open', {
        fileName: 'x.csv',
        contentBase64: tis620.toString('base64'),
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'import_file_unreadable' } });
  });

  it('saves the failed rows with a Thai "ปัญหา" column; the fixed file imports', async () => {
    const sheet = importSheet({ rows: 60, badEvery: 10, seed: 33 });
    const opened = await open(await importXlsx(sheet), 'รอบสอง.xlsx');
    const checked = await office.ok('imports.check', { importId: opened.importId, settings });
    const saved = await office.ok('imports.saveErrorReport', {
      importId: opened.importId,
      format: 'xlsx',
    });
    expect(saved).toEqual({ done: true, fileName: 'รอบสอง-ปัญหา.xlsx' });
    const report = await readXlsxRows(readFileSync(join(outDir, 'รอบสอง-ปัญหา.xlsx')));
    expect(report[0]).toEqual([...sheet.headers, 'ปัญหา']);
    expect(report).toHaveLength(1 + checked.counts.error);
    const firstBad = sheet.expected.find((row) => row.kind === 'error')!;
    expect(report[1]!.slice(0, sheet.headers.length)).toEqual(sheet.rows[firstBad.rowNumber - 2]);
    expect(report[1]!.at(-1)).toBe('เลขประจำตัวประชาชน: เลขตรวจสอบไม่ถูกต้อง');
    expect((await auditEvents(office, 'imports.error_report_saved')).at(-1)?.details).toBe(
      JSON.stringify({ rows: checked.counts.error, format: 'xlsx' }),
    );

    const csv = await office.ok('imports.saveErrorReport', {
      importId: opened.importId,
      format: 'csv',
    });
    expect(csv).toMatchObject({ done: true });
    const text = readFileSync(join(outDir, 'รอบสอง-ปัญหา.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(Papa.parse<string[]>(text.slice(1).trim()).data[0]!.at(-1)).toBe('ปัญหา');

    await office.ok('imports.apply', { importId: opened.importId, consentDeclared: true });
    // The person fixes the bad cells of the report and imports it.
    const fixed = fixedErrorRows({ rows: 60, badEvery: 10, seed: 33 });
    // The same people as the report's rows (title and last name are never the spoiled cells).
    const person = (row: string[]) => [row[0], row[2]];
    expect(fixed.rows.map(person)).toEqual(report.slice(1).map(person));
    const reimport = await open(await importXlsx(fixed), 'รอบสอง-ปัญหา.xlsx');
    const again = await office.ok('imports.check', { importId: reimport.importId, settings });
    // Only the rows with errors are in the report (duplicates are not a mistake to fix).
    expect(again.counts).toMatchObject({ error: 0, duplicate: 0 });
    expect(again.counts.ok + again.counts.warning).toBe(checked.counts.error);

    expect(readdirSync(outDir).filter((name) => name.endsWith('.part'))).toEqual([]);
  });
});

describe('who may import, and how long the file is kept', () => {
  it('saves and lists mappings by name (the same name replaces)', async () => {
    await office.ok('imports.saveMapping', { name: 'ทะเบียน อบต.', settings });
    const saved = await office.ok('imports.saveMapping', {
      name: 'ทะเบียน อบต.',
      settings: { ...settings, dateEra: 'ce' },
    });
    const list = await office.ok('imports.listMappings', {});
    expect(list).toEqual([saved]);
    expect(saved.settings.dateEra).toBe('ce');
  });

  it('drops the file when the screen locks', async () => {
    const opened = await open(importCsv(importSheet({ rows: 3, badEvery: 0, seed: 50 })), 'a.csv');
    await office.ok('session.lock');
    await office.ok('session.unlock', { password: OFFICER.password });
    expect(
      await office.call('imports.check', { importId: opened.importId, settings }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'import_not_found' } });
  });

  it('the admin may not import (cases.import is for officers and supervisors)', async () => {
    const opened = await open(importCsv(importSheet({ rows: 3, badEvery: 0, seed: 51 })), 'b.csv');
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: 'admin.kk', password: 'Kaona-admin-2569!' });
    try {
      expect(
        await office.call('imports.check', { importId: opened.importId, settings }),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      await office.ok('session.signOut');
      await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    }
  });
});
