import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BackupPage } from '../../src/renderer/src/features/backup/BackupPage';
import { BackupReminder } from '../../src/renderer/src/features/backup/BackupReminder';
import type {
  BackupCreateOutcome,
  BackupHistoryEntry,
  BackupStatus,
} from '../../src/shared/domain/backup-history';
import type { Result } from '../../src/shared/contract/errors';
import type { JobProgress } from '../../src/shared/domain/jobs';
import { deferred, installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { FAKE_ADMIN, FAKE_OFFICER, signedInAs, type FakePerson } from './support/fake-session';
import { renderAdminPage } from './support/render-admin-page';

const SUPERVISOR: FakePerson = { ...FAKE_OFFICER, id: 3, userName: 'sup.a', role: 'supervisor' };
const ANCHOR = { seq: 412, mac: 'ab'.repeat(32) };
const JOB_ID = '7d3f1c2e-8a4b-4c6d-9e0f-1a2b3c4d5e6f';

const RECENT: BackupStatus = {
  lastBackupAt: '2026-11-30T03:00:00.000Z',
  daysSince: 2,
  reminderDays: 7,
  reminderDue: false,
  lastAnchor: { ...ANCHOR, folderName: 'kaona-backup-20261130-100000' },
};
const OVERDUE: BackupStatus = { ...RECENT, daysSince: 9, reminderDue: true };

const HISTORY: BackupHistoryEntry[] = [
  {
    id: 2,
    at: '2026-11-30T03:00:00.000Z',
    byName: 'สมศรี ใจดี',
    folderName: 'kaona-backup-20261130-100000',
    outcome: 'done',
    totalBytes: 5 * 1024 * 1024,
    databaseSha256: 'cd'.repeat(32),
    auditAnchor: ANCHOR,
  },
  {
    id: 1,
    at: '2026-11-29T03:00:00.000Z',
    byName: 'สมศรี ใจดี',
    folderName: 'kaona-backup-20261129-100000',
    outcome: 'cancelled',
    totalBytes: 0,
    databaseSha256: null,
    auditAnchor: null,
  },
];

function setup(person: FakePerson, handlers: FakeHandlers = {}, status = RECENT) {
  const fake = installFakeKaona({
    session: { info: signedInAs(person) },
    handlers: {
      'backup.status': () => ({ ok: true, value: status }),
      'backup.history': () => ({ ok: true, value: HISTORY }),
      ...handlers,
    },
  });
  return fake;
}

function progress(done: number): JobProgress {
  return { jobId: JOB_ID, kind: 'backup.create', state: 'running', done, total: 5, reason: null };
}

describe('the backup page', () => {
  it('explains in Thai, shows the last backup in พ.ศ., the anchor and the history', async () => {
    setup(FAKE_ADMIN);
    renderAdminPage(<BackupPage />, FAKE_ADMIN);
    expect(await screen.findByRole('heading', { level: 1, name: 'สำรองข้อมูล' })).toBeVisible();
    expect(screen.getByText(/เสียบแฟลชไดร์ฟ/)).toBeVisible();
    expect(await screen.findByTestId('backup-last')).toHaveTextContent(
      'สำรองข้อมูลครั้งล่าสุดเมื่อ 30 พฤศจิกายน 2569 (2 วันที่แล้ว)',
    );
    expect(screen.getByTestId('backup-anchor-mac')).toHaveTextContent(ANCHOR.mac);
    const table = await screen.findByTestId('backup-history');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('30 พ.ย. 2569');
    expect(rows[1]).toHaveTextContent('5.0 MB');
    expect(rows[1]).toHaveTextContent('สำเร็จ');
    expect(rows[2]).toHaveTextContent('ยกเลิก');
    // The admin holds backup.restore: the way to the restore page.
    expect(screen.getByTestId('backup-restore-link')).toHaveAttribute('href', '/restore');
  });

  it('a backup made today says today, not "0 days ago"', async () => {
    setup(FAKE_ADMIN, {}, { ...RECENT, daysSince: 0 });
    renderAdminPage(<BackupPage />, FAKE_ADMIN);
    expect(await screen.findByTestId('backup-last')).toHaveTextContent(
      'สำรองข้อมูลครั้งล่าสุดเมื่อ 30 พฤศจิกายน 2569 (วันนี้)',
    );
  });

  it('a supervisor backs up but is not offered restore', async () => {
    setup(SUPERVISOR);
    renderAdminPage(<BackupPage />, SUPERVISOR);
    expect(await screen.findByTestId('backup-history')).toBeVisible();
    expect(screen.getByRole('button', { name: 'สำรองข้อมูลตอนนี้' })).toBeEnabled();
    expect(screen.queryByTestId('backup-restore-link')).toBeNull();
  });

  it('backs up with the job’s progress and says where it went', async () => {
    const creating = deferred<Result<BackupCreateOutcome>>();
    const fake = setup(FAKE_ADMIN, { 'backup.create': () => creating.promise });
    const { user } = renderAdminPage(<BackupPage />, FAKE_ADMIN);
    await user.click(await screen.findByRole('button', { name: 'สำรองข้อมูลตอนนี้' }));
    await waitFor(() => expect(fake.calls.map((c) => c.channel)).toContain('backup.create'));
    fake.emit('job.progress', progress(2));
    expect(await screen.findByText('กำลังสำรองข้อมูล ขั้นที่ 2 จาก 5')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'ความคืบหน้าการสำรองข้อมูล' })).toHaveAttribute(
      'aria-valuenow',
      '40',
    );
    const historyReads = fake.calls.filter((c) => c.channel === 'backup.history').length;
    creating.resolve({
      ok: true,
      value: {
        done: true,
        folderName: 'kaona-backup-20261202-101500',
        targetFolder: 'E:\\',
        createdAt: '2026-12-02T03:15:00.000Z',
        counts: { cases: 3 },
        totalBytes: 1000,
        auditAnchor: ANCHOR,
      },
    });
    expect(
      await screen.findByText(/บันทึกไว้ในโฟลเดอร์ kaona-backup-20261202-101500 แล้ว/),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByText(/กำลังสำรองข้อมูล ขั้นที่/)).toBeNull());
    // The history is read afresh.
    await waitFor(() =>
      expect(fake.calls.filter((c) => c.channel === 'backup.history').length).toBeGreaterThan(
        historyReads,
      ),
    );
  });

  it('cancels through jobs.cancel; a failure is explained by its reason', async () => {
    const creating = deferred<Result<BackupCreateOutcome>>();
    const fake = setup(FAKE_ADMIN, {
      'backup.create': () => creating.promise,
      'jobs.cancel': () => {
        creating.resolve({
          ok: false,
          error: { code: 'CONFLICT', reason: 'backup_target_unwritable' },
        });
        return { ok: true, value: null };
      },
    });
    const { user } = renderAdminPage(<BackupPage />, FAKE_ADMIN);
    await user.click(await screen.findByRole('button', { name: 'สำรองข้อมูลตอนนี้' }));
    await waitFor(() => expect(fake.calls.map((c) => c.channel)).toContain('backup.create'));
    fake.emit('job.progress', progress(0));
    await user.click(await screen.findByRole('button', { name: 'ยกเลิก' }));
    expect(fake.calls.find((c) => c.channel === 'jobs.cancel')?.input).toEqual({ jobId: JOB_ID });
    expect(await screen.findByText(/เขียนลงโฟลเดอร์ที่เลือกไม่ได้/)).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'ยกเลิก' })).toBeNull());
  });
});

describe('the backup reminder in the shell', () => {
  it('tells an admin how many days since the last backup, linking to /backup', async () => {
    setup(FAKE_ADMIN, {}, OVERDUE);
    renderAdminPage(<BackupReminder />, FAKE_ADMIN);
    const banner = await screen.findByTestId('backup-reminder');
    expect(banner).toHaveTextContent('ยังไม่ได้สำรองข้อมูลมา 9 วัน');
    const link = within(banner).getByRole('link', { name: 'สำรองข้อมูลตอนนี้' });
    expect(link).toHaveAttribute('href', '/backup');
    // Legible on the yellow alert: the alert's text colour, underlined (the theme's blue link
    // is 4.46:1 there, under WCAG AA; axe measures it in the e2e walk).
    expect(link).toHaveAttribute('data-underline', 'always');
    expect(link.style.color).toBe('inherit');
  });

  it('says so when there was never a backup, and stays away when one is recent', async () => {
    setup(SUPERVISOR, {}, { ...OVERDUE, lastBackupAt: null, daysSince: null, lastAnchor: null });
    const { unmount } = renderAdminPage(<BackupReminder />, SUPERVISOR);
    expect(await screen.findByTestId('backup-reminder')).toHaveTextContent('ยังไม่เคยสำรองข้อมูล');
    unmount();
    const fake = setup(FAKE_ADMIN, {}, RECENT);
    renderAdminPage(<BackupReminder />, FAKE_ADMIN);
    await waitFor(() => expect(fake.calls.map((c) => c.channel)).toContain('backup.status'));
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });

  it('is not shown, nor asked for, for an officer', async () => {
    const fake = setup(FAKE_OFFICER, {}, OVERDUE);
    renderAdminPage(<BackupReminder />, FAKE_OFFICER);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
    expect(fake.calls.map((c) => c.channel)).not.toContain('backup.status');
  });
});
