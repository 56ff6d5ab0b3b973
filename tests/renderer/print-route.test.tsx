import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '../../src/renderer/src/api';
import { PrintApp } from '../../src/renderer/src/print/PrintApp';
import { isPrintLocation, printRoutes } from '../../src/renderer/src/print/print-routes';
import { printPageSays, printReadyTitle, type PrintView } from '../../src/shared/domain/documents';
import { SAMPLE_IMAGES, sampleCertificate, sampleLetter } from '../../scripts/print/sample-view';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { FAKE_OFFICER, lockedBy, signedInAs } from './support/fake-session';

const TICKET = 'tkt_0123456789abcdefghijklmnop';

const VIEW: PrintView = {
  items: [
    {
      documentId: 7,
      kind: 'referral_letter',
      status: 'issued',
      copy: false,
      model: sampleLetter(),
    },
    {
      documentId: 8,
      kind: 'certificate',
      status: 'issued',
      copy: true,
      model: sampleCertificate(),
    },
  ],
  images: SAMPLE_IMAGES,
};

function renderPrintWindow(path: string, handlers: FakeHandlers = {}) {
  const fake = installFakeKaona({ session: { info: signedInAs(FAKE_OFFICER) }, handlers });
  const router = createMemoryRouter(printRoutes, { initialEntries: [path] });
  render(<PrintApp router={router} queryClient={createQueryClient()} />);
  return Object.assign(fake, { router });
}

const printViewCalls = (fake: ReturnType<typeof installFakeKaona>) =>
  fake.calls.filter((call) => call.channel === 'documents.printView');

beforeEach(() => {
  document.title = '';
});

describe('the print route', () => {
  it('renders the pages alone and says it is ready once they are', async () => {
    const fake = renderPrintWindow(`/print/${TICKET}`, {
      'documents.printView': () => ({ ok: true, value: VIEW }),
    });
    await waitFor(() => expect(document.title).toBe(printReadyTitle(TICKET)));
    expect(document.querySelectorAll('section.pd-sheet')).toHaveLength(2);
    expect(screen.getByText('นางสาวสมศรี ใจดี', { selector: '[data-part="holder"]' })).toBeVisible();
    // No frame of the app: no header, menu or session screen, and the session is not asked.
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(fake.calls.map((call) => call.channel)).not.toContain('session.info');
    expect(printViewCalls(fake)).toEqual([
      { channel: 'documents.printView', input: { ticket: TICKET } },
    ]);
  });

  it('reads its single-use ticket once, also when the window gets focus', async () => {
    const fake = renderPrintWindow(`/print/${TICKET}`, {
      'documents.printView': () => ({ ok: true, value: VIEW }),
    });
    await waitFor(() => expect(document.title).toBe(printReadyTitle(TICKET)));
    window.dispatchEvent(new Event('focus'));
    window.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(printViewCalls(fake)).toHaveLength(1);
  });

  it('prints the next ticket in the same warm window as a new page, never the previous one', async () => {
    const second = 'tkt_second_0123456789abcdefgh';
    const secondView: PrintView = { items: [VIEW.items[1]!], images: SAMPLE_IMAGES };
    const fake = renderPrintWindow(`/print/${TICKET}`, {
      'documents.printView': ({ ticket }) => ({
        ok: true,
        value: ticket === TICKET ? VIEW : secondView,
      }),
    });
    await waitFor(() => expect(document.title).toBe(printReadyTitle(TICKET)));
    expect(printPageSays(document.title, second)).toBe('loading');
    await fake.router.navigate(`/print/${second}`);
    await waitFor(() => expect(document.title).toBe(printReadyTitle(second)));
    expect(document.querySelectorAll('section.pd-sheet')).toHaveLength(1);
    expect(printViewCalls(fake).map((call) => call.input)).toEqual([
      { ticket: TICKET },
      { ticket: second },
    ]);
  });

  it('says it failed when the view is refused, and shows why on screen', async () => {
    renderPrintWindow(`/print/${TICKET}`, {
      'documents.printView': () => ({
        ok: false,
        error: { code: 'NOT_FOUND', reason: 'print_ticket_invalid' },
      }),
    });
    await waitFor(() => expect(printPageSays(document.title, TICKET)).toBe('failed'));
    expect(await screen.findByRole('alert')).toHaveTextContent('เตรียมหน้าพิมพ์ไม่สำเร็จ');
    expect(document.querySelector('.pd-sheet')).toBeNull();
  });

  it('says it failed when an image will not decode, rather than print without it', async () => {
    // jsdom decodes nothing; Chromium rejects `decode()` for bytes that are not an image.
    Object.defineProperty(HTMLImageElement.prototype, 'decode', {
      configurable: true,
      value: () => Promise.reject(new Error('EncodingError')),
    });
    try {
      renderPrintWindow(`/print/${TICKET}`, {
        'documents.printView': () => ({ ok: true, value: VIEW }),
      });
      await waitFor(() => expect(printPageSays(document.title, TICKET)).toBe('failed'));
    } finally {
      Reflect.deleteProperty(HTMLImageElement.prototype, 'decode');
    }
  });

  it('fails, without a lock screen, when the app is locked', async () => {
    const fake = installFakeKaona({
      session: { info: lockedBy(FAKE_OFFICER) },
      handlers: { 'documents.printView': () => ({ ok: true, value: VIEW }) },
    });
    const router = createMemoryRouter(printRoutes, { initialEntries: [`/print/${TICKET}`] });
    render(<PrintApp router={router} queryClient={createQueryClient()} />);
    await waitFor(() => expect(printPageSays(document.title, TICKET)).toBe('failed'));
    expect(printViewCalls(fake)).toHaveLength(1);
    expect(document.querySelector('input[type="password"]')).toBeNull();
    expect(document.querySelector('.pd-sheet')).toBeNull();
  });

  it('fails for a malformed ticket and for any other page', async () => {
    renderPrintWindow('/print/short');
    await waitFor(() => expect(printPageSays(document.title, 'short')).toBe('failed'));

    document.title = '';
    renderPrintWindow('/cases');
    await waitFor(() => expect(printPageSays(document.title, TICKET)).toBe('failed'));
  });

  it('is chosen by the window’s location', () => {
    expect(isPrintLocation(`#/print/${TICKET}`)).toBe(true);
    expect(isPrintLocation('#/cases/12')).toBe(false);
    expect(isPrintLocation('')).toBe(false);
  });
});
