import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { BuddhistDateField } from '../../src/renderer/src/components/buddhist-date';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { installFakeKaona } from './support/fake-kaona';
import { renderAdminPage } from './support/render-admin-page';
import { label } from './support/text';

const { th } = catalogues;

function Harness({ maxDate }: { maxDate?: string }) {
  const [value, setValue] = useState('');
  return (
    <>
      <BuddhistDateField label="วันเกิด" value={value} onChange={setValue} maxDate={maxDate} />
      <output data-testid="stored">{value}</output>
      <button type="button">ต่อไป</button>
    </>
  );
}

async function typeDate(typed: string, maxDate?: string) {
  installFakeKaona();
  const rendered = renderAdminPage(<Harness maxDate={maxDate} />);
  const input = await screen.findByRole('textbox', { name: label('วันเกิด') });
  await rendered.user.type(input, typed);
  await rendered.user.tab();
  return { input, stored: screen.getByTestId('stored'), ...rendered };
}

describe('the Buddhist-era date field', () => {
  it('takes a date typed in พ.ศ. and stores the Gregorian ISO date', async () => {
    const { input, stored } = await typeDate('5/3/2530');
    expect(stored).toHaveTextContent('1987-03-05');
    expect(input).toHaveValue('5/3/2530');
    expect(input).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('reads Thai digits', async () => {
    const { stored } = await typeDate('๕/๓/๒๕๓๐');
    expect(stored).toHaveTextContent('1987-03-05');
  });

  it('refuses a year typed in ค.ศ. with a message tied to the field', async () => {
    const { input, stored } = await typeDate('5/3/1987');
    expect(stored).toHaveTextContent('');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const message = screen.getByText(th.shell.dateInput.problems.looks_gregorian);
    expect(input.getAttribute('aria-describedby')).toContain(message.id);
  });

  it('refuses a day that does not exist and a date after the field allows', async () => {
    await typeDate('31/4/2569');
    expect(screen.getByText(th.shell.dateInput.problems.invalid_date)).toBeInTheDocument();
  });

  it('refuses a future date where the field says so', async () => {
    const { stored } = await typeDate('1/1/2600', '2026-03-14');
    expect(stored).toHaveTextContent('');
    expect(screen.getByText(th.shell.dateInput.problems.after_max)).toBeInTheDocument();
  });

  it('shows the calendar with พ.ศ. years and Thai month names', async () => {
    installFakeKaona();
    const { user } = renderAdminPage(<Harness />);
    const input = await screen.findByRole('textbox', { name: label('วันเกิด') });
    await user.type(input, '5/3/2530');
    // The month heading of the open calendar: มีนาคม 2530, not March 1987.
    // The dropdown is still in its opening transition in jsdom, hence `hidden`.
    const header = await screen.findByRole('button', {
      name: th.shell.dateInput.calendar.monthLevel,
      hidden: true,
    });
    expect(header).toHaveTextContent('มีนาคม 2530');
    expect(screen.getByRole('button', { name: '5 มีนาคม 2530', hidden: true })).toBeInTheDocument();
  });

  it('keeps พ.ศ. years in English, with English month names', async () => {
    installFakeKaona({ preferences: { language: 'en' } });
    const { user } = renderAdminPage(<Harness />);
    const input = await screen.findByRole('textbox', { name: label('วันเกิด') });
    await user.type(input, '5/3/2530');
    const header = await screen.findByRole('button', {
      name: catalogues.en.shell.dateInput.calendar.monthLevel,
      hidden: true,
    });
    expect(header).toHaveTextContent('March 2530');
  });
});
