import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CarryImportPanel } from '../../src/renderer/src/features/mentoring';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { MergeReport } from '../../src/shared/domain/mentoring';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { FAKE_OFFICER, signedInAs } from './support/fake-session';
import { renderAdminPage } from './support/render-admin-page';
import { sessionUser } from './support/render-cases-page';
import { fill } from './support/text';

const { th } = catalogues;
const text = th.mentoring;

const REPORT: MergeReport = {
  mergeId: 4,
  mentorId: 9,
  mentorName: 'บุญมี ลาซาด้า',
  source: 'carried_file',
  mergedAt: '2026-04-02T03:00:00.000Z',
  added: { session: 2, action: 3, milestone: 1, month: 0 },
  updated: { session: 1, action: 0, milestone: 0, month: 0 },
  conflicts: 1,
  refused: 0,
  cases: [{ caseId: 1, caseNumber: 'KK-2569-00001', beneficiaryName: 'นางสาวสมศรี ใจดี' }],
};

async function setup(handlers: FakeHandlers) {
  const fake = installFakeKaona({ session: { info: signedInAs(FAKE_OFFICER) }, handlers });
  const rendered = renderAdminPage(<CarryImportPanel mentorId={9} />, sessionUser(FAKE_OFFICER));
  await screen.findByRole('button', { name: text.carry.import });
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  const inputs = () =>
    fake.calls.filter((call) => call.channel === 'sync.importCarry').map((call) => call.input);
  return { input, inputs, ...rendered };
}

describe("taking back a mentor's carried file", () => {
  it('sends the file as base64 for that mentor and shows what arrived', async () => {
    const { user, input, inputs } = await setup({
      'sync.importCarry': () => ({ ok: true, value: REPORT }),
    });
    await user.upload(input, new File(['kaona'], 'boonmee.kaona'));
    await waitFor(() =>
      expect(inputs()).toEqual([
        { mentorId: 9, fileName: 'boonmee.kaona', contentBase64: btoa('kaona') },
      ]),
    );
    const arrived = await screen.findByRole('status');
    expect(within(arrived).getByText(text.carry.arrived)).toBeVisible();
    const sessions = within(arrived).getByRole('rowheader', {
      name: text.codes.recordKinds.session,
    });
    expect(sessions.closest('tr')).toHaveTextContent(/2\s*1$/);
    expect(within(arrived).getByText(fill(text.reports.conflicts, { count: 1 }))).toBeVisible();
    expect(within(arrived).getByText('KK-2569-00001 · นางสาวสมศรี ใจดี')).toBeVisible();
  });

  it("says clearly why a file is refused (another mentor's)", async () => {
    const { user, input } = await setup({
      'sync.importCarry': () => ({
        ok: false,
        error: { code: 'VALIDATION', reason: 'carry_other_mentor' },
      }),
    });
    await user.upload(input, new File(['kaona'], 'someone-else.kaona'));
    expect(await screen.findByText(th.mentors.reasons.carry_other_mentor)).toBeVisible();
  });
});
