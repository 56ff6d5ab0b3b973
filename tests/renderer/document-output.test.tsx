import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/renderer/src/api';
import { LanguageProvider } from '../../src/renderer/src/app/providers/LanguageProvider';
import { theme } from '../../src/renderer/src/app/theme';
import { DocumentOutputButtons } from '../../src/renderer/src/features/documents/output/DocumentOutputButtons';
import type { OutputOutcome } from '../../src/shared/domain/documents';
import type { JobProgress } from '../../src/shared/domain/jobs';
import type { Result } from '../../src/shared/contract/errors';
import { deferred, FAKE_INFO, installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { FAKE_OFFICER, signedInAs } from './support/fake-session';

function setup(handlers: FakeHandlers, printing = { pdf: true, paper: false }) {
  notifications.clean();
  const fake = installFakeKaona({
    session: { info: signedInAs(FAKE_OFFICER) },
    handlers: {
      'app.info': () => ({ ok: true, value: { ...FAKE_INFO, locale: 'th', printing } }),
      ...handlers,
    },
  });
  const onDone = vi.fn();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MantineProvider theme={theme}>
        <Notifications />
        <LanguageProvider>
          <DocumentOutputButtons documentIds={[3, 4, 5]} onDone={onDone} />
        </LanguageProvider>
      </MantineProvider>
    </QueryClientProvider>,
  );
  return { fake, onDone, user: userEvent.setup() };
}

function progress(overrides: Partial<JobProgress>): JobProgress {
  return {
    jobId: '7d3f1c2e-8a4b-4c6d-9e0f-1a2b3c4d5e6f',
    kind: 'documents.pdf',
    state: 'running',
    done: 0,
    total: 150,
    reason: null,
    ...overrides,
  };
}

describe('the document output buttons', () => {
  it('saves a PDF with the job’s progress, then says the file name and the copies', async () => {
    const saving = deferred<Result<OutputOutcome>>();
    const { fake, onDone, user } = setup({ 'documents.savePdf': () => saving.promise });
    expect(await screen.findByRole('button', { name: 'บันทึกเป็น PDF' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'พิมพ์' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'บันทึกเป็น PDF' }));
    await waitFor(() =>
      expect(fake.calls.map((call) => call.channel)).toContain('documents.savePdf'),
    );
    fake.emit('job.progress', progress({ done: 50 }));
    expect(await screen.findByText('กำลังสร้าง PDF 50 จาก 150 ฉบับ')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'ความคืบหน้าการสร้าง PDF' })).toHaveAttribute(
      'aria-valuenow',
      '33',
    );

    saving.resolve({
      ok: true,
      value: { done: true, fileName: 'เกียรติบัตร-2569-00001-00003.pdf', pages: 3, copies: 1 },
    });
    expect(
      await screen.findByText(
        'บันทึกเอกสาร 3 ฉบับเป็นไฟล์ เกียรติบัตร-2569-00001-00003.pdf แล้ว ในจำนวนนี้ 1 ฉบับเป็นการพิมพ์ซ้ำ จึงมีคำว่า "สำเนา"',
      ),
    ).toBeInTheDocument();
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/กำลังสร้าง PDF/)).toBeNull();
  });

  it('cancels the running job through jobs.cancel, and a cancelled save says nothing', async () => {
    const saving = deferred<Result<OutputOutcome>>();
    const { fake, onDone, user } = setup({
      'documents.savePdf': () => saving.promise,
      'jobs.cancel': () => {
        saving.resolve({ ok: true, value: { done: false } });
        return { ok: true, value: null };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'บันทึกเป็น PDF' }));
    await waitFor(() =>
      expect(fake.calls.map((call) => call.channel)).toContain('documents.savePdf'),
    );
    fake.emit('job.progress', progress({ done: 0 }));
    await user.click(await screen.findByRole('button', { name: 'ยกเลิก' }));
    expect(fake.calls.find((call) => call.channel === 'jobs.cancel')?.input).toEqual({
      jobId: '7d3f1c2e-8a4b-4c6d-9e0f-1a2b3c4d5e6f',
    });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'ยกเลิก' })).toBeNull());
    expect(onDone).not.toHaveBeenCalled();
  });

  it('offers paper printing only where the computer can print, and shows errors by reason', async () => {
    const { user } = setup(
      {
        'documents.print': () => ({
          ok: false,
          error: { code: 'CONFLICT', reason: 'document_void' },
        }),
      },
      { pdf: true, paper: true },
    );
    await user.click(await screen.findByRole('button', { name: 'พิมพ์' }));
    expect(await screen.findByText('เอกสารนี้ถูกยกเลิกแล้ว พิมพ์ไม่ได้')).toBeInTheDocument();
  });
});
