import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '../../src/renderer/src/api';
import { PrintApp } from '../../src/renderer/src/print/PrintApp';
import { printRoutes } from '../../src/renderer/src/print/print-routes';
import { printReadyTitle } from '../../src/shared/domain/documents';
import { SUBJECT_TICKET_PREFIX, type SubjectPrintView } from '../../src/shared/domain/pdpa';
import { installFakeKaona } from './support/fake-kaona';
import { FAKE_OFFICER, signedInAs } from './support/fake-session';

const TICKET = `${SUBJECT_TICKET_PREFIX}0123456789abcdefghijklmnopqrstuv`;

const VIEW: SubjectPrintView = {
  kind: 'pdpa_subject',
  title: 'ข้อมูลส่วนบุคคลที่สำนักงานเก็บรักษา',
  personName: 'นางสาวสมศรี ใจดี',
  preparedOn: 'จัดทำเมื่อ 2 ธันวาคม 2569',
  sections: [
    {
      heading: 'ข้อมูลบุคคล',
      records: [[{ label: 'วันเกิด', value: '1 พฤษภาคม 2523' }]],
    },
    { heading: 'ไฟล์แนบ', records: [] },
  ],
};

beforeEach(() => {
  document.title = '';
});

describe('the print route for a subject export', () => {
  it('asks pdpa.printView for a pdpa- ticket, lays out the sections and says it is ready', async () => {
    const fake = installFakeKaona({
      // The export is a supervisor's (pdpa.fulfil), and so is reading its print view.
      session: { info: signedInAs({ ...FAKE_OFFICER, role: 'supervisor' }) },
      handlers: { 'pdpa.printView': () => ({ ok: true, value: VIEW }) },
    });
    const router = createMemoryRouter(printRoutes, { initialEntries: [`/print/${TICKET}`] });
    render(<PrintApp router={router} queryClient={createQueryClient()} />);
    await waitFor(() => expect(document.title).toBe(printReadyTitle(TICKET)));
    expect(screen.getByText('นางสาวสมศรี ใจดี')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'ข้อมูลบุคคล (1)' })).toBeVisible();
    expect(screen.getByRole('rowheader', { name: 'วันเกิด' })).toBeVisible();
    expect(screen.getByText('1 พฤษภาคม 2523')).toBeVisible();
    expect(fake.calls.filter((call) => call.channel.endsWith('printView'))).toEqual([
      { channel: 'pdpa.printView', input: { ticket: TICKET } },
    ]);
  });
});
