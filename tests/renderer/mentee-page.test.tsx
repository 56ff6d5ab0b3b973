import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import {
  ACTION_ID,
  action,
  fakeMentoringHandlers,
  FAKE_MENTOR,
  menteeCase,
  session,
  SESSION_ID,
} from './support/fake-mentoring';
import { signedInAs } from './support/fake-session';
import { sessionUser } from './support/render-cases-page';
import { renderMentoringPage } from './support/render-mentoring-page';
import { fill, label } from './support/text';

const { th } = catalogues;
const text = th.mentoring;

function setup(handlers: FakeHandlers = {}, path = '/workspace/cases/1') {
  const fake = installFakeKaona({
    session: { info: signedInAs(FAKE_MENTOR) },
    handlers: { ...fakeMentoringHandlers(), ...handlers },
  });
  const rendered = renderMentoringPage(path, sessionUser(FAKE_MENTOR));
  const inputsTo = (channel: string) =>
    fake.calls.filter((call) => call.channel === channel).map((call) => call.input);
  return { inputsTo, ...rendered };
}

describe("a mentee's page", () => {
  it('shows contact, business and needs, and ticks an open action off', async () => {
    const { user, inputsTo } = setup({
      'mentoring.tickAction': () => ({ ok: true, value: action({ doneOn: '2026-03-26' }) }),
    });
    const contact = await screen.findByRole('region', { name: text.mentee.contact });
    expect(within(contact).getByText('081-234-5678')).toBeVisible();
    expect(within(contact).getByText('somsri')).toBeVisible();
    const business = screen.getByRole('region', { name: text.mentee.business });
    expect(await within(business).findByText('การถ่ายภาพสินค้า')).toBeVisible();
    expect(within(business).getByText(text.codes.productCategories.food)).toBeVisible();
    expect(within(business).getByText('ขายออนไลน์ได้เดือนละ 5,000 บาท')).toBeVisible();

    const open = screen.getByRole('region', { name: text.mentee.openActions });
    await user.click(
      within(open).getByRole('checkbox', {
        name: fill(text.actions.markDone, { description: 'ถ่ายรูปสินค้า 10 รูป' }),
      }),
    );
    await waitFor(() =>
      expect(inputsTo('mentoring.tickAction')).toEqual([
        { actionId: ACTION_ID, done: true, expectedRevision: 1 },
      ]),
    );
  });

  it('edits a session within the window, and corrects one after it with a note', async () => {
    const recent = session({
      sessionId: '7f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
      heldOn: '2026-03-27',
      editableUntil: '2026-04-03T10:00:00.000Z',
      revision: 2,
      actions: [],
    });
    const { user, inputsTo } = setup({
      'mentoring.case': () => ({ ok: true, value: menteeCase({ sessions: [recent, session()] }) }),
      'mentoring.correctSession': () => ({ ok: true, value: session() }),
      'mentoring.sessionHistory': () => ({
        ok: true,
        value: [
          {
            revision: 1,
            changedAt: '2026-03-27T08:00:00.000Z',
            changedByName: FAKE_MENTOR.fullName,
            session: { ...recent, summary: 'ฉบับแรก', revision: 1 },
          },
        ],
      }),
    });
    const sessions = await screen.findByRole('region', { name: text.mentee.sessions });
    expect(within(sessions).getByText(/^แก้ไขได้ถึง 3 เม\.ย\. 2569/)).toBeVisible();
    expect(within(sessions).getAllByRole('button', { name: text.session.edit })).toHaveLength(1);

    await user.click(within(sessions).getByRole('button', { name: text.session.history }));
    expect(await screen.findByText('ฉบับแรก')).toBeVisible();
    await user.click(screen.getByRole('button', { name: th.shell.common.close }));

    await user.click(within(sessions).getByRole('button', { name: text.session.correct }));
    const dialog = await screen.findByRole('dialog', { name: text.session.titleCorrect });
    await within(dialog).findByRole('checkbox', { name: 'การเปิดร้านค้าออนไลน์' });
    await user.click(within(dialog).getByRole('button', { name: text.session.save }));
    expect(await within(dialog).findByText(th.shell.formErrors.required)).toBeVisible();
    await user.type(
      within(dialog).getByRole('textbox', { name: label(text.session.correctionNote) }),
      'ระยะเวลาผิด',
    );
    await user.click(within(dialog).getByRole('button', { name: text.session.save }));
    await waitFor(() => expect(inputsTo('mentoring.correctSession')).toHaveLength(1));
    expect(inputsTo('mentoring.correctSession')[0]).toMatchObject({
      correctsSessionId: SESSION_ID,
      correctionNote: 'ระยะเวลาผิด',
      durationMinutes: 90,
      actions: [{ description: 'ถ่ายรูปสินค้า 10 รูป', owner: 'beneficiary', dueOn: '2026-03-25' }],
    });
  });

  it('shows two versions of a session side by side and keeps the one picked', async () => {
    const { user, inputsTo } = setup(
      {
        'mentoring.conflicts': () => ({
          ok: true,
          value: [
            {
              conflictId: '9a1b2c3d-4e5f-4061-8a7b-8c9d0e1f2a3b',
              recordKind: 'session',
              recordId: SESSION_ID,
              caseId: 1,
              displayName: 'นางสาวสมศรี ใจดี 1',
              officeVersion: { heldOn: '2026-03-20', durationMinutes: 90, summary: 'ที่สำนักงาน' },
              incomingVersion: { heldOn: '2026-03-20', durationMinutes: 120, summary: 'นอกสถานที่' },
              officeChangedAt: '2026-03-21T02:00:00.000Z',
              incomingChangedAt: '2026-03-21T05:00:00.000Z',
              createdAt: '2026-03-22T01:00:00.000Z',
            },
          ],
        }),
        'mentoring.resolveConflict': () => ({ ok: true, value: [] }),
      },
      '/workspace/conflicts',
    );
    const duration = await screen.findByRole('rowheader', { name: /ระยะเวลา/ });
    expect(within(duration).getByText(text.conflicts.differs)).toBeVisible();
    const heldOn = screen.getByRole('rowheader', { name: text.session.heldOn });
    expect(within(heldOn).queryByText(text.conflicts.differs)).toBeNull();
    expect(screen.getByText('นอกสถานที่')).toBeVisible();
    await user.click(
      screen.getByRole('button', {
        name: `${text.conflicts.useThis} (${text.conflicts.incoming})`,
      }),
    );
    await waitFor(() =>
      expect(inputsTo('mentoring.resolveConflict')).toEqual([
        { conflictId: '9a1b2c3d-4e5f-4061-8a7b-8c9d0e1f2a3b', keep: 'incoming' },
      ]),
    );
  });
});
