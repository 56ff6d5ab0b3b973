import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentPrinter } from '../../src/main/core/documents/document-printer';
import { SUBJECT_SECTIONS } from '../../src/main/core/pdpa/subject-data';
import { pdpaDeadline, pdpaDueDate, type SubjectPrintView } from '../../src/shared/domain/pdpa';
import { auditEvents, insertTestCase, officeDb } from '../support/cases';
import {
  MENTOR,
  OFFICER,
  addAccount,
  firstSignIn,
  setUpOffice,
  type TestOffice,
} from '../support/office';

const SUPERVISOR = {
  userName: 'supervisor.p',
  password: 'Supervisor-pass-2569',
  fullName: 'วิไลวรรณ ตรวจสอบ',
};

/** A printer as the print page would be: takes the view with its ticket, returns a small PDF. */
class ViewPrinter implements DocumentPrinter {
  readonly views: SubjectPrintView[] = [];
  /** When set, the next render waits until its job is cancelled. */
  hang: PromiseWithResolvers<void> | null = null;
  constructor(private readonly take: (ticket: string) => Promise<SubjectPrintView>) {}
  async toPdf(ticket: string, { signal }: { signal: AbortSignal }): Promise<Uint8Array> {
    this.views.push(await this.take(ticket));
    if (this.hang) {
      this.hang.resolve();
      this.hang = null;
      await new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(signal.reason)),
      );
    }
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]);
    return pdf.save();
  }
}

let root: string;
let outDir: string;
let office: TestOffice;
let printer: ViewPrinter;
let officerId: number;

async function signInAs(person: { userName: string; password: string }) {
  await office.ok('session.signOut');
  await office.ok('session.signIn', { userName: person.userName, password: person.password });
}

const request = (beneficiaryId: number, over: Record<string, unknown> = {}) => ({
  beneficiaryId,
  kind: 'access' as const,
  receivedOn: '2026-11-20',
  requester: 'self' as const,
  representativeName: '',
  channel: 'in_person' as const,
  note: '',
  ...over,
});

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kaona-pdpa-'));
  outDir = join(root, 'out');
  mkdirSync(outDir);
  printer = new ViewPrinter((ticket) => office.ok('pdpa.printView', { ticket }));
  office = await setUpOffice(join(root, 'data'), {
    host: {
      printing: printer,
      chooseSavePath: async ({ suggestedName }) => join(outDir, suggestedName),
    },
  });
  await addAccount(office, MENTOR, 'mentor');
  officerId = await addAccount(office, OFFICER, 'officer');
  await addAccount(office, SUPERVISOR, 'supervisor');
  await office.ok('session.signOut');
  await firstSignIn(office, OFFICER);
  await office.ok('session.signOut');
  await firstSignIn(office, SUPERVISOR);
  await office.ok('session.signOut');
  await firstSignIn(office, MENTOR);
  await signInAs(OFFICER);
}, 120_000);

afterAll(async () => {
  await office.core.close();
  rmSync(root, { recursive: true, force: true });
});

describe('due dates (PDPA s.30: 30 days)', () => {
  it('counts 30 days after the day of receipt: received 2 Dec 2569 → due 1 Jan 2570', () => {
    expect(pdpaDueDate('2026-12-02')).toBe('2027-01-01');
    expect(pdpaDueDate('2027-02-10')).toBe('2027-03-12');
  });

  it('is on time on the due date itself, overdue the day after, due soon within 7 days', () => {
    expect(pdpaDeadline('open', '2027-01-01', '2027-01-01')).toBe('due_soon');
    expect(pdpaDeadline('open', '2027-01-01', '2027-01-02')).toBe('overdue');
    expect(pdpaDeadline('open', '2027-01-01', '2026-12-25')).toBe('due_soon');
    expect(pdpaDeadline('open', '2027-01-01', '2026-12-24')).toBe('on_time');
    expect(pdpaDeadline('done', '2027-01-01', '2027-02-01')).toBe('closed');
  });
});

describe('requests (pdpa.requests: officer and supervisor)', () => {
  it('records a request with its due date, lists it and audits without the note', async () => {
    const { beneficiaryId } = await insertTestCase(officeDb(office), { userId: officerId });
    const recorded = await office.ok(
      'pdpa.recordRequest',
      request(beneficiaryId, { receivedOn: '2026-11-02', note: 'ขอสำเนาบัตรของสมหญิง' }),
    );
    // The test clock stands at 26 Nov 2569: six days before the due date.
    expect(recorded).toMatchObject({ dueOn: '2026-12-02', status: 'open', deadline: 'due_soon' });
    const listed = await office.ok('pdpa.listRequests', { beneficiaryId: null, status: 'open' });
    expect(listed.map((row) => row.id)).toContain(recorded.id);
    const [event] = await auditEvents(office, 'pdpa.request_recorded');
    expect(event!.details).not.toContain('สมหญิง');
  });

  it('refuses a representative without a name, a future date, and a refusal without reason', async () => {
    const { beneficiaryId } = await insertTestCase(officeDb(office), { userId: officerId });
    expect(
      await office.call(
        'pdpa.recordRequest',
        request(beneficiaryId, { requester: 'representative' }),
      ),
    ).toMatchObject({ ok: false, error: { reason: 'pdpa_representative_name_required' } });
    expect(
      await office.call('pdpa.recordRequest', request(beneficiaryId, { receivedOn: '2027-01-01' })),
    ).toMatchObject({ ok: false, error: { reason: 'pdpa_received_in_future' } });
    const erasure = await office.ok(
      'pdpa.recordRequest',
      request(beneficiaryId, { kind: 'erasure' }),
    );
    expect(
      await office.call('pdpa.closeRequest', {
        requestId: erasure.id,
        status: 'refused',
        reason: '',
      }),
    ).toMatchObject({ ok: false, error: { reason: 'pdpa_refusal_reason_required' } });
    expect(
      await office.call('pdpa.closeRequest', { requestId: erasure.id, status: 'done', reason: '' }),
    ).toMatchObject({ ok: false, error: { reason: 'pdpa_erasure_needs_erase' } });
    const refused = await office.ok('pdpa.closeRequest', {
      requestId: erasure.id,
      status: 'refused',
      reason: 'ต้องเก็บไว้ตามกฎหมายอื่น',
    });
    expect(refused).toMatchObject({ status: 'refused', handledBy: OFFICER.fullName });
  });

  it('shows every consent row of the person', async () => {
    const { beneficiaryId } = await insertTestCase(officeDb(office), {
      userId: officerId,
      granted: ['photos'],
    });
    const subject = await office.ok('pdpa.subject', { beneficiaryId });
    expect(subject.consents).toHaveLength(4);
    expect(subject.consents.find((row) => row.purpose === 'photos')).toMatchObject({
      granted: true,
      noticeVersion: '2569-2',
      givenBy: 'self',
      recordedBy: OFFICER.fullName,
    });
  });

  it('lists final cases past the retention period only', async () => {
    const db = officeDb(office);
    const old = await insertTestCase(db, {
      userId: officerId,
      status: 'closed',
      lastName: 'เก่ามาก',
    });
    await db
      .updateTable('cases')
      .set({ status_changed_at: '2020-01-15T03:00:00.000Z' })
      .where('id', '=', old.caseId)
      .execute();
    const recent = await insertTestCase(db, { userId: officerId, status: 'closed' });
    const report = await office.ok('pdpa.retentionReport', {});
    expect(report.retentionYears).toBe(5);
    const ids = report.rows.map((row) => row.caseId);
    expect(ids).toContain(old.caseId);
    expect(ids).not.toContain(recent.caseId);
    const [event] = await auditEvents(office, 'pdpa.retention_reported');
    expect(JSON.parse(event!.details!)).toMatchObject({ count: report.rows.length });
  });
});

describe('permissions', () => {
  it('an officer can neither export nor erase', async () => {
    const { beneficiaryId } = await insertTestCase(officeDb(office), { userId: officerId });
    const erasure = await office.ok(
      'pdpa.recordRequest',
      request(beneficiaryId, { kind: 'erasure' }),
    );
    expect(await office.call('pdpa.exportSubject', { beneficiaryId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await office.call('pdpa.erase', { requestId: erasure.id, reason: 'ทดสอบสิทธิ์การลบ' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('a mentor can use nothing of PDPA', async () => {
    await signInAs(MENTOR);
    for (const [channel, input] of [
      ['pdpa.listRequests', { beneficiaryId: null, status: 'all' }],
      ['pdpa.retentionReport', {}],
      ['pdpa.subject', { beneficiaryId: 1 }],
    ] as const)
      expect(await office.call(channel, input as never), channel).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    await signInAs(OFFICER);
  });
});

describe('pdpa.exportSubject (supervisor)', () => {
  it('writes the JSON with every section and the attachment, and the Thai PDF beside it', async () => {
    await signInAs(SUPERVISOR);
    const db = officeDb(office);
    const person = await insertTestCase(db, {
      userId: officerId,
      firstName: 'มาลัย',
      lastName: 'ส่งออกครบ',
    });
    const { id: attachmentId } = await db
      .insertInto('attachments')
      .values({
        case_id: person.caseId,
        file_name: 'บัตร.pdf',
        mime_type: 'application/pdf',
        size_bytes: 12,
        sha256: 'b'.repeat(64),
        caption: '',
        added_at: '2026-11-26T03:00:00.000Z',
        added_by: officerId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('attachment_contents')
      .values({ attachment_id: attachmentId, content: Buffer.from('%PDF-1.4 xyz') })
      .execute();
    await office.ok('cases.open', { caseId: person.caseId });

    const outcome = await office.ok('pdpa.exportSubject', { beneficiaryId: person.beneficiaryId });
    expect(outcome).toMatchObject({ done: true });
    if (!outcome.done) return;
    const data = JSON.parse(readFileSync(join(outDir, outcome.fileName), 'utf8'));
    for (const section of SUBJECT_SECTIONS) expect(data, section).toHaveProperty(section);
    expect(data.person.first_name).toBe('มาลัย');
    expect(data.person.national_id).toMatch(/^\d{13}$/);
    expect(data.cases[0].case_number).toBe(person.caseNumber);
    expect(data.consents.length).toBe(4);
    expect(Buffer.from(data.attachments[0].content_base64, 'base64').toString()).toBe(
      '%PDF-1.4 xyz',
    );
    // Who accessed the file: the supervisor's read of the case is there, by name (the staff map).
    const viewed = data.accessLog.find((row: { action: string }) => row.action === 'case.viewed');
    expect(data.staff[String(viewed.by_user_id)]).toBe(SUPERVISOR.fullName);
    expect(outcome.pdfFileName).toBe(outcome.fileName.replace(/\.json$/, '.pdf'));
    expect(existsSync(join(outDir, outcome.pdfFileName!))).toBe(true);
    const view = printer.views.at(-1)!;
    expect(view.personName).toBe('นางมาลัย ส่งออกครบ');
    expect(view.preparedOn).toMatch(/จัดทำเมื่อ \d+ \S+ 25\d\d/);
    expect(view.sections.map((section) => section.heading)).toHaveLength(SUBJECT_SECTIONS.length);
    const birth = view.sections[0]!.records[0]!.find((field) => field.label === 'วันเกิด');
    expect(birth?.value).toBe('1 พฤษภาคม 2523');

    const [event] = await auditEvents(office, 'pdpa.subject_exported');
    expect(event!.target_id).toBe(String(person.beneficiaryId));
    expect(event!.details).not.toContain('มาลัย');
    expect(JSON.parse(event!.details!)).toMatchObject({ cases: 1, attachments: 1, pdf: true });
  });

  it('a cancelled export writes no file and records no export', async () => {
    const person = await insertTestCase(officeDb(office), { userId: officerId });
    const before = readdirSync(outDir).length;
    const exported = (await auditEvents(office, 'pdpa.subject_exported')).length;
    printer.hang = Promise.withResolvers<void>();
    const started = printer.hang.promise;
    const running = office.ok('pdpa.exportSubject', { beneficiaryId: person.beneficiaryId });
    await started;
    const [job] = (await office.ok('jobs.list')).filter((j) => j.kind === 'pdpa.subjectExport');
    await office.ok('jobs.cancel', { jobId: job!.jobId });
    expect(await running).toEqual({ done: false });
    expect(readdirSync(outDir)).toHaveLength(before);
    expect(await auditEvents(office, 'pdpa.subject_exported')).toHaveLength(exported);
  });

  it('refuses to erase while a case is open', async () => {
    const person = await insertTestCase(officeDb(office), { userId: officerId, status: 'active' });
    const erasure = await office.ok(
      'pdpa.recordRequest',
      request(person.beneficiaryId, { kind: 'erasure' }),
    );
    expect(
      await office.call('pdpa.erase', { requestId: erasure.id, reason: 'ขอให้ลบตามมาตรา 33' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'pdpa_open_case' } });
    const still = await officeDb(office)
      .selectFrom('beneficiaries')
      .select('erased_at')
      .where('id', '=', person.beneficiaryId)
      .executeTakeFirstOrThrow();
    expect(still.erased_at).toBeNull();
  });
});
