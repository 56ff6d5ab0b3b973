import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CarryImportButton } from '../../src/renderer/src/features/mentors/carry/CarryImportButton';
import { CarryExportButton } from '../../src/renderer/src/features/mentoring/carry/CarryExportButton';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { MergeReport } from '../../src/shared/domain/mentoring';
import { installFakeKaona } from './support/fake-kaona';
import { FAKE_OFFICER, signedInAs, type FakePerson } from './support/fake-session';
import { renderAdminPage } from './support/render-admin-page';
import { sessionUser } from './support/render-cases-page';

const { th } = catalogues;

const FAKE_MENTOR: FakePerson = {
  id: 7,
  userName: 'mentor.lz',
  fullName: 'Mali Lazada',
  position: '',
  role: 'mentor',
  mustChangePassword: false,
  password: 'Mentor-pass-2569',
};

const REPORT: MergeReport = {
  mergeId: 3,
  mentorId: 7,
  mentorName: 'Mali Lazada',
  source: 'carried_file',
  mergedAt: '2026-11-27T03:00:00.000Z',
  added: { session: 2, action: 1, milestone: 0, month: 0 },
  updated: { session: 0, action: 0, milestone: 0, month: 0 },
  conflicts: 1,
  cases: [],
};

describe('carrying a compartment: the buttons', () => {
  it('exports the mentor’s file and says where it went', async () => {
    const fake = installFakeKaona({
      session: { info: signedInAs(FAKE_MENTOR), people: [FAKE_MENTOR] },
      handlers: {
        'carry.export': () => ({
          ok: true,
          value: {
            savedTo: 'kaona-mentor.lz-3.kaona-carry',
            sequence: 3,
            exportedAt: '2026-11-27T03:00:00.000Z',
          },
        }),
      },
    });
    const { user } = renderAdminPage(<CarryExportButton />, sessionUser(FAKE_MENTOR));
    await user.click(await screen.findByRole('button', { name: th.mentoring.carry.export }));
    expect(
      await screen.findByText('บันทึกไฟล์ kaona-mentor.lz-3.kaona-carry แล้ว (ฉบับที่ 3)'),
    ).toBeVisible();
    expect(fake.calls.filter((call) => call.channel === 'carry.export')).toHaveLength(1);
  });

  it('imports a mentor’s file for that mentor and reports what arrived', async () => {
    const fake = installFakeKaona({
      session: { info: signedInAs(FAKE_OFFICER), people: [FAKE_OFFICER] },
      handlers: { 'sync.importCarry': () => ({ ok: true, value: REPORT }) },
    });
    const arrived: MergeReport[] = [];
    const { user, container } = renderAdminPage(
      <CarryImportButton mentorId={7} onImported={(report) => arrived.push(report)} />,
      sessionUser(FAKE_OFFICER),
    );
    await screen.findByRole('button', { name: th.mentors.carry.import });
    const input = container.ownerDocument.querySelector<HTMLInputElement>('input[type=file]')!;
    await user.upload(input, new File(['KAONA-CARRY'], 'back.kaona-carry'));
    expect(
      await screen.findByText('นำเข้าแล้ว: รายการใหม่ 3 รายการ ต้องให้พี่เลี้ยงเลือกฉบับ 1 รายการ'),
    ).toBeVisible();
    expect(arrived).toEqual([REPORT]);
    expect(
      fake.calls.filter((call) => call.channel === 'sync.importCarry').map((c) => c.input),
    ).toEqual([{ mentorId: 7, fileName: 'back.kaona-carry', contentBase64: btoa('KAONA-CARRY') }]);
  });

  it('shows the office why a file was refused', async () => {
    installFakeKaona({
      session: { info: signedInAs(FAKE_OFFICER), people: [FAKE_OFFICER] },
      handlers: {
        'sync.importCarry': () => ({
          ok: false,
          error: { code: 'CONFLICT', reason: 'carry_older_copy' },
        }),
      },
    });
    const { user, container } = renderAdminPage(
      <CarryImportButton mentorId={7} />,
      sessionUser(FAKE_OFFICER),
    );
    await screen.findByRole('button', { name: th.mentors.carry.import });
    const input = container.ownerDocument.querySelector<HTMLInputElement>('input[type=file]')!;
    await user.upload(input, new File(['x'], 'old.kaona-carry'));
    expect(await screen.findByRole('alert')).toHaveTextContent(th.mentors.reasons.carry_older_copy);
  });
});
