import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { theme } from '../../src/renderer/src/app/theme';
import { passwordHints } from '../../src/renderer/src/components/password-feedback';
import { PasswordStrengthMeter } from '../../src/renderer/src/components/PasswordStrengthMeter';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { createI18n } from '../../src/renderer/src/i18n/create-i18n';
import { fill } from './support/text';

const { th, en } = catalogues;

function renderMeter(
  password: string,
  options: { userName?: string; fullName?: string } = {},
  language: 'th' | 'en' = 'th',
) {
  return render(
    <MantineProvider theme={theme}>
      <I18nextProvider i18n={createI18n(language)}>
        <PasswordStrengthMeter password={password} {...options} />
      </I18nextProvider>
    </MantineProvider>,
  );
}

describe('the password strength meter', () => {
  it('states the rule while nothing is typed', () => {
    renderMeter('');
    expect(screen.getByTestId('password-strength')).toHaveTextContent(
      fill(th.auth.passwordStrength.rule, { min: 10 }),
    );
  });

  it('calls a short password too short, not merely weak', () => {
    renderMeter('abc');
    const meter = screen.getByTestId('password-strength');
    expect(meter).toHaveTextContent(fill(th.auth.passwordStrength.problems.too_short, { min: 10 }));
    expect(meter).not.toHaveTextContent(th.auth.passwordStrength.problems.weak);
  });

  it('translates zxcvbn’s warning for a common password', () => {
    renderMeter('password123');
    const meter = screen.getByTestId('password-strength');
    expect(meter).toHaveTextContent(
      fill(th.auth.passwordStrength.label, { level: th.auth.passwordStrength.levels[0] }),
    );
    expect(meter).toHaveTextContent(/เดาได้ง่าย|คนใช้/);
  });

  it('refuses a password built on the user name', () => {
    renderMeter('somsri.j-2569-xyz', { userName: 'somsri.j' });
    expect(screen.getByTestId('password-strength')).toHaveTextContent(
      th.auth.passwordStrength.problems.contains_user_name,
    );
  });

  it('accepts a long passphrase, in English too', () => {
    renderMeter('Mango-river-lantern-2569', {}, 'en');
    const meter = screen.getByTestId('password-strength');
    expect(meter).toHaveTextContent(en.auth.passwordStrength.acceptable);
  });

  it('never shows a raw key for a warning it does not know', () => {
    expect(passwordHints({ score: 1, problems: ['weak'], warning: 'somethingNew' })).toEqual([
      'passwordStrength.problems.weak',
    ]);
  });
});
