import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReportsPage } from '../../src/renderer/src/features/reports/ReportsPage';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { Result } from '../../src/shared/contract/errors';
import type { SessionUserInfo } from '../../src/shared/domain/accounts';
import type { JobProgress } from '../../src/shared/domain/jobs';
import type { ExportOutcome, ReportPreview } from '../../src/shared/domain/reports';
import { reportColumns } from '../../src/shared/domain/reports';
import { deferred, installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { renderAdminPage, SIGNED_IN_ADMIN } from './support/render-admin-page';

const r = catalogues.th.reports;
const SUPERVISOR = { ...SIGNED_IN_ADMIN, id: 3, userName: 'wipa.h', role: 'supervisor' as const };

function register(): ReportPreview {
  return {
    report: 'beneficiary_register',
    personal: true,
    columns: reportColumns('beneficiary_register', 'th'),
    rows: [
      [
        '2569-000001',
        'นางสมหญิง ทดสอบ',
        'x-xxxx-xxxx7-36-6',
        'สตรี',
        'พก.',
        '',
        'ขอนแก่น',
        'รับเรื่อง',
        '01/12/2568',
        null,
      ],
    ],
    total: 120,
    excluded: 3,
  };
}

function aggregate(): ReportPreview {
  return {
    report: 'mentoring_activity',
    personal: false,
    columns: reportColumns('mentoring_activity', 'th'),
    rows: [['วิภา หัวหน้า', 2, 3, 1.5, '10/03/2569']],
    total: 1,
    excluded: null,
  };
}

function setup(handlers: FakeHandlers, user: SessionUserInfo = SUPERVISOR) {
  const fake = installFakeKaona({
    handlers: {
      'addresses.provinces': () => ({ ok: true, value: [] }),
      'reports.preview': (input) => ({
        ok: true,
        value:
          (input as { report: string }).report === 'beneficiary_register'
            ? register()
            : aggregate(),
      }),
      ...handlers,
    },
  });
  const rendered = renderAdminPage(<ReportsPage />, user);
  return { fake, ...rendered };
}

describe('the reports page', () => {
  it('previews the register with the total and the people left out for want of consent', async () => {
    setup({});
    const table = await screen.findByTestId('report-preview');
    expect(within(table).getByText('ชื่อ-สกุล')).toBeInTheDocument();
    expect(within(table).getByText('นางสมหญิง ทดสอบ')).toBeInTheDocument();
    expect(screen.getByTestId('report-preview-total')).toHaveTextContent(
      'แสดง 1 แถวแรกจากทั้งหมด 120 แถว',
    );
    expect(screen.getByTestId('report-preview-excluded')).toHaveTextContent('3 คน');
  });

  it('keeps case numbers, masked IDs and dates on one line; names may wrap', async () => {
    setup({});
    const table = await screen.findByTestId('report-preview');
    expect(within(table).getByText('2569-000001').style.whiteSpace).toBe('nowrap');
    expect(within(table).getByText('x-xxxx-xxxx7-36-6').style.whiteSpace).toBe('nowrap');
    expect(within(table).getByText('01/12/2568').style.whiteSpace).toBe('nowrap');
    expect(within(table).getByText('นางสมหญิง ทดสอบ').style.whiteSpace).toBe('');
  });

  it('offers only the count reports to an admin (no reports.exportPersonal)', async () => {
    setup({}, SIGNED_IN_ADMIN);
    const select = await screen.findByTestId('report-kind');
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.getAttribute('value'));
    expect(options).toEqual(['mentoring_activity', 'cohort_outcomes', 'referrals_by_status']);
  });

  it('asks for a reason before a personal export, refuses a short one in Thai, then shows progress and the file name', async () => {
    const exporting = deferred<Result<ExportOutcome>>();
    const { fake, user } = setup({ 'reports.export': () => exporting.promise });
    await screen.findByTestId('report-preview');
    await user.click(screen.getByTestId('report-export-xlsx'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByTestId('report-export-reason'), 'สั้น');
    await user.click(within(dialog).getByRole('button', { name: r.reasonDialog.submit }));
    expect(await within(dialog).findByText(r.reasons.export_reason_required)).toBeInTheDocument();
    expect(fake.calls.map((call) => call.channel)).not.toContain('reports.export');

    await user.type(within(dialog).getByTestId('report-export-reason'), 'รายงานประจำปีต่อจังหวัด');
    await user.click(within(dialog).getByRole('button', { name: r.reasonDialog.submit }));
    await waitFor(() => expect(fake.calls.map((call) => call.channel)).toContain('reports.export'));
    const call = fake.calls.find((c) => c.channel === 'reports.export');
    expect(call?.input).toMatchObject({
      report: 'beneficiary_register',
      format: 'xlsx',
      language: 'th',
      reason: 'สั้นรายงานประจำปีต่อจังหวัด',
    });

    const progress: JobProgress = {
      jobId: '7d3f1c2e-8a4b-4c6d-9e0f-1a2b3c4d5e6f',
      kind: 'reports.export',
      state: 'running',
      done: 40,
      total: 120,
      reason: null,
    };
    fake.emit('job.progress', progress);
    expect(await screen.findByText('กำลังเขียนไฟล์ 40 จาก 120 แถว')).toBeInTheDocument();
    exporting.resolve({
      ok: true,
      value: { done: true, fileName: 'ทะเบียนผู้รับบริการ-ปีงบ2569.xlsx', rows: 120, excluded: 3 },
    });
    expect(
      await screen.findByText('บันทึก 120 แถวเป็นไฟล์ ทะเบียนผู้รับบริการ-ปีงบ2569.xlsx แล้ว'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('job-progress')).toBeNull());
  });

  it('exports a count report without a reason and cancels through the progress line', async () => {
    const exporting = deferred<Result<ExportOutcome>>();
    const { fake, user } = setup({
      'reports.export': () => exporting.promise,
      'jobs.cancel': () => ({ ok: true, value: null }),
    });
    await screen.findByTestId('report-preview');
    await user.selectOptions(screen.getByTestId('report-kind'), 'mentoring_activity');
    await user.click(screen.getByTestId('report-export-csv'));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(fake.calls.map((c) => c.channel)).toContain('reports.export'));
    fake.emit('job.progress', {
      jobId: '7d3f1c2e-8a4b-4c6d-9e0f-1a2b3c4d5e6f',
      kind: 'reports.export',
      state: 'running',
      done: 0,
      total: null,
      reason: null,
    });
    await user.click(await screen.findByTestId('job-cancel'));
    await waitFor(() => expect(fake.calls.map((c) => c.channel)).toContain('jobs.cancel'));
    exporting.resolve({ ok: true, value: { done: false } });
    await waitFor(() => expect(screen.queryByTestId('job-progress')).toBeNull());
  });
});
