import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { MonthlyFigureInput } from '../../src/shared/domain/mentoring';
import { blockingAxeViolations } from './support/axe';
import { fakeCaseFileHandlers, sampleCaseFile } from './support/fake-cases';
import { installFakeKaona } from './support/fake-kaona';
import { FAKE_MENTOR, progress, TOPICS } from './support/fake-mentoring';
import { FAKE_OFFICER, signedInAs } from './support/fake-session';
import { sessionUser } from './support/render-cases-page';
import { renderMentoringPage } from './support/render-mentoring-page';
import { fill, label } from './support/text';

const { th } = catalogues;
const text = th.mentoring;

beforeEach(() => {
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      configurable: true,
      value: { addEventListener: () => {}, removeEventListener: () => {} },
    });
  }
});

async function openProgress() {
  const file = sampleCaseFile({
    attachments: [
      {
        attachmentId: 31,
        fileName: 'ยอดขาย-เมษายน.png',
        mimeType: 'image/png',
        sizeBytes: 2048,
        caption: '',
        addedAt: '2026-05-02T03:00:00.000Z',
        addedByName: FAKE_OFFICER.fullName,
      },
    ],
  });
  const fake = installFakeKaona({
    session: { info: signedInAs(FAKE_OFFICER) },
    handlers: {
      ...fakeCaseFileHandlers(file),
      'progress.get': () => ({ ok: true, value: progress() }),
      'mentors.skills': () => ({
        ok: true,
        value: TOPICS.map((topic, index) => ({ ...topic, sortOrder: index, usedBy: 0 })),
      }),
      'progress.recordMonth': (input) => ({
        ok: true,
        value: {
          ...progress().months[0]!,
          ...input,
          figureId: 'c0000000-0000-4000-8000-000000000099',
          recordedByName: FAKE_OFFICER.fullName,
          recordedAt: '2026-06-01T03:00:00.000Z',
          revision: 1,
        },
      }),
    },
  });
  const rendered = renderMentoringPage('/cases/5', sessionUser(FAKE_OFFICER));
  await rendered.user.click(
    await screen.findByRole('tab', { name: text.progress.tab }, { timeout: 5000 }),
  );
  const recorded = () =>
    fake.calls
      .filter((call) => call.channel === 'progress.recordMonth')
      .map((call) => call.input as MonthlyFigureInput);
  return { recorded, ...rendered };
}

describe('the case progress tab', () => {
  it('draws the intake baseline beside the monthly figures, with the figures as a table', async () => {
    await openProgress();
    const chart = await screen.findByRole('img', { name: text.progress.chartLabel });
    // One bar group per month plus the baseline: the chart library drew its SVG.
    expect(chart.querySelector('svg.recharts-surface')).not.toBeNull();
    await waitFor(() =>
      expect(chart.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThanOrEqual(3),
    );
    expect(
      screen.getByText(fill(text.progress.baselineLine, { date: '14 มี.ค. 2569', amount: '3,500' })),
    ).toBeVisible();
    const april = screen.getByRole('rowheader', { name: 'เมษายน 2569' }).closest('tr')!;
    expect(within(april).getByText('12,000')).toBeVisible();
    expect(within(april).getByText('4,500')).toBeVisible();
    const may = screen.getByRole('rowheader', { name: 'พฤษภาคม 2569' }).closest('tr')!;
    expect(within(may).getByText('12,500.50')).toBeVisible();
    // Milestones and sessions below the chart.
    expect(screen.getByText(/ขนมบ้านศรี/)).toBeVisible();
    expect(screen.getByText('ช่วยสมัครร้านค้าบน Lazada')).toBeVisible();
    expect(screen.getByText(fill(text.session.by, { name: FAKE_MENTOR.fullName }))).toBeVisible();
    expect(await blockingAxeViolations()).toEqual([]);
  });

  it('records a month typed in baht as whole satang', async () => {
    const { user, recorded } = await openProgress();
    await user.click(await screen.findByRole('button', { name: text.month.record }));
    const dialog = await screen.findByRole('dialog', { name: text.month.record });
    const thisYear = within(dialog).getByRole('combobox', { name: text.month.year });
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: text.month.month }),
      'มิถุนายน',
    );
    const beYear = (thisYear as HTMLSelectElement).options[1]!.value;
    await user.selectOptions(thisYear, beYear);
    const orders = within(dialog).getByRole('textbox', { name: label(text.month.orders) });
    await user.clear(orders);
    await user.type(orders, '18');
    const sales = within(dialog).getByRole('textbox', { name: label(text.month.sales) });
    await user.clear(sales);
    await user.type(sales, '12345.67');
    const income = within(dialog).getByRole('textbox', { name: label(text.month.income) });
    await user.clear(income);
    await user.type(income, '-5');
    await user.click(within(dialog).getByRole('button', { name: text.session.save }));
    expect(await within(dialog).findByText(text.formErrors.not_negative)).toBeVisible();
    expect(recorded()).toEqual([]);

    await user.clear(income);
    await user.type(income, '4200.5');
    await user.click(within(dialog).getByRole('radio', { name: text.codes.sources.evidence }));
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: text.month.evidence }),
      'ยอดขาย-เมษายน.png',
    );
    await user.click(within(dialog).getByRole('button', { name: text.session.save }));

    await waitFor(() => expect(recorded()).toHaveLength(1));
    const gregorianYear = Number(beYear) - 543;
    expect(recorded()[0]).toEqual({
      caseId: 5,
      month: `${gregorianYear}-06`,
      orders: 18,
      salesSatang: 1_234_567,
      incomeSatang: 420_050,
      source: 'evidence',
      evidenceAttachmentId: 31,
      note: '',
      expectedRevision: null,
    });
    expect(Number.isInteger(recorded()[0]!.salesSatang)).toBe(true);
  });
});
