import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportPage } from '../../src/renderer/src/features/imports/ImportPage';
import type { Result } from '../../src/shared/contract/errors';
import type { ImportApplied, ImportOpened, ReportRow } from '../../src/shared/domain/imports';
import type { JobProgress } from '../../src/shared/domain/jobs';
import { deferred, installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { FAKE_OFFICER, signedInAs } from './support/fake-session';
import { renderAdminPage } from './support/render-admin-page';

const IMPORT_ID = '0b7f3a52-5f7e-4a43-9b8e-1f0d2c3b4a59';
const HEADERS = [
  'คำนำหน้า',
  'ชื่อ',
  'นามสกุล',
  'เลขประจำตัวประชาชน',
  'วันเกิด',
  'กลุ่มเป้าหมาย',
  'กรม',
  'โครงการ',
];

const OPENED: ImportOpened = {
  importId: IMPORT_ID,
  fileName: 'ทะเบียนเก่า.xlsx',
  sheetName: 'ทะเบียน',
  headers: HEADERS,
  sampleRows: [['นางสาว', 'สมศรี', 'ใจดี', '3400000000019', '02/01/2500', 'สตรี', 'พส.', 'สร้างโอกาส']],
  rowCount: 1000,
  suggested: {
    title: 0,
    firstName: 1,
    lastName: 2,
    nationalId: 3,
    birthDate: 4,
    targetGroups: 5,
    department: 6,
    flagshipProject: 7,
  },
};

const PROBLEM_ROWS: ReportRow[] = [
  {
    rowNumber: 21,
    kind: 'error',
    label: 'มานะ รักไทย',
    problems: [{ field: 'nationalId', code: 'national_id_checksum', severity: 'error' }],
    duplicateOf: null,
  },
  {
    rowNumber: 41,
    kind: 'duplicate',
    label: 'ปราณี ทองดี',
    problems: [{ field: null, code: 'duplicate_in_file', severity: 'error' }],
    duplicateOf: { rowNumber: 40 },
  },
];

function setup(handlers: FakeHandlers = {}) {
  const fake = installFakeKaona({
    session: { info: signedInAs(FAKE_OFFICER) },
    handlers: {
      'imports.listMappings': () => ({ ok: true, value: [] }),
      'imports.open': () => ({ ok: true, value: OPENED }),
      'imports.check': () => ({
        ok: true,
        value: {
          importId: IMPORT_ID,
          total: 1000,
          counts: { ok: 940, warning: 10, error: 40, duplicate: 10 },
        },
      }),
      'imports.report': ({ kind }) => ({
        ok: true,
        value: {
          total: kind === 'error' ? 1 : 2,
          rows: kind === 'error' ? PROBLEM_ROWS.slice(0, 1) : PROBLEM_ROWS,
        },
      }),
      ...handlers,
    },
  });
  const rendered = renderAdminPage(<ImportPage />, { ...FAKE_OFFICER });
  return { fake, ...rendered };
}

async function chooseFile(user: ReturnType<typeof setup>['user']) {
  await screen.findByTestId('import-choose');
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  await user.upload(input, new File(['a,b\n1,2\n'], 'ทะเบียนเก่า.xlsx'));
  return screen.findByText('ไฟล์ ทะเบียนเก่า.xlsx');
}

describe('the import page', () => {
  it('sends the file, shows the suggested mapping and checks with the declared era', async () => {
    const { fake, user } = setup();
    await chooseFile(user);
    const open = fake.calls.find((call) => call.channel === 'imports.open');
    expect(open?.input).toMatchObject({ fileName: 'ทะเบียนเก่า.xlsx' });
    expect((open?.input as { contentBase64: string }).contentBase64).toBe(btoa('a,b\n1,2\n'));
    expect(screen.getByTestId('import-mapping-firstName')).toHaveValue('B · ชื่อ');
    expect(screen.getByTestId('import-mapping-phone')).toHaveValue('');

    await user.click(screen.getByText('ค.ศ.'));
    await user.click(screen.getByTestId('import-check'));
    await waitFor(() =>
      expect(fake.calls.some((call) => call.channel === 'imports.check')).toBe(true),
    );
    const check = fake.calls.find((call) => call.channel === 'imports.check');
    expect(check?.input).toEqual({
      importId: IMPORT_ID,
      settings: {
        mapping: OPENED.suggested,
        dateEra: 'ce',
        dateOrder: 'dmy',
        consentBasis: 'paper_declaration',
      },
    });
  });

  it('does not check while a required field has no column', async () => {
    const { fake, user } = setup({
      'imports.open': () => ({
        ok: true,
        value: { ...OPENED, suggested: { ...OPENED.suggested, department: undefined } },
      }),
    });
    await chooseFile(user);
    await user.click(screen.getByTestId('import-check'));
    expect(
      await screen.findByText(
        'ยังไม่ได้เลือกคอลัมน์ของช่องที่จำเป็น (ชื่อ นามสกุล วันเกิด กลุ่มเป้าหมาย กรม โครงการ)',
      ),
    ).toBeInTheDocument();
    expect(fake.calls.some((call) => call.channel === 'imports.check')).toBe(false);
  });

  it('shows the counts and the problem rows in Thai, filtered by kind', async () => {
    const { fake, user } = setup();
    await chooseFile(user);
    await user.click(screen.getByTestId('import-check'));
    const counts = await screen.findByTestId('import-counts');
    expect(within(counts).getByText('ผิดพลาด 40')).toBeInTheDocument();
    expect(within(counts).getByText('ซ้ำ 10')).toBeInTheDocument();
    expect(await screen.findByText('เลขประจำตัวประชาชน: เลขตรวจสอบไม่ถูกต้อง')).toBeInTheDocument();
    expect(screen.getByText('ซ้ำกับแถวก่อนหน้าในไฟล์ (เหมือนแถว 40)')).toBeInTheDocument();
    expect(screen.getAllByTestId('import-problem-row')).toHaveLength(2);

    await user.click(within(screen.getByTestId('import-filter')).getByText('ผิดพลาด'));
    await waitFor(() => expect(screen.getAllByTestId('import-problem-row')).toHaveLength(1));
    expect(
      fake.calls.filter((call) => call.channel === 'imports.report').at(-1)?.input,
    ).toMatchObject({ kind: 'error', offset: 0 });
  });

  it('imports only after the consent declaration, with progress and cancel, then says what was done', async () => {
    const first = deferred<Result<({ done: true } & ImportApplied) | { done: false }>>();
    let applies = 0;
    const { fake, user } = setup({
      'imports.apply': () => {
        applies += 1;
        return applies === 1
          ? first.promise
          : {
              ok: true,
              value: { done: true, batchId: 3, imported: 950, skipped: 50, writeMs: 4200 },
            };
      },
      'jobs.cancel': () => ({ ok: true, value: null }),
    });
    await chooseFile(user);
    await user.click(screen.getByTestId('import-check'));
    const apply = await screen.findByTestId('import-apply');
    expect(apply).toBeDisabled();
    await user.click(screen.getByTestId('import-consent-declaration'));
    expect(apply).toBeEnabled();
    await user.click(apply);

    const progress: JobProgress = {
      jobId: '7d3f1c2e-8a4b-4c6d-9e0f-1a2b3c4d5e6f',
      kind: 'imports.apply',
      state: 'running',
      done: 500,
      total: 950,
      reason: null,
    };
    await waitFor(() => expect(fake.listenerCount('job.progress')).toBeGreaterThan(0));
    fake.emit('job.progress', progress);
    expect(await screen.findByText('กำลังนำเข้า 500 จาก 950 แถว')).toBeInTheDocument();
    await user.click(screen.getByTestId('import-cancel'));
    await waitFor(() =>
      expect(fake.calls.find((call) => call.channel === 'jobs.cancel')?.input).toEqual({
        jobId: progress.jobId,
      }),
    );
    first.resolve({ ok: true, value: { done: false } });
    expect(await screen.findByText('ยกเลิกการนำเข้าแล้ว ไม่มีข้อมูลใดถูกบันทึก')).toBeInTheDocument();

    await user.click(screen.getByTestId('import-apply'));
    const done = await screen.findByTestId('import-done');
    expect(
      within(done).getByText('บันทึกผู้รับบริการและแฟ้มใหม่ 950 ราย ไม่ได้นำเข้า 50 แถว'),
    ).toBeInTheDocument();
    expect(within(done).getByTestId('import-error-report-xlsx')).toBeInTheDocument();
    expect(fake.calls.find((call) => call.channel === 'imports.apply')?.input).toEqual({
      importId: IMPORT_ID,
      consentDeclared: true,
    });
  });
});
