import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { errorMessage, KaonaApiError } from '../../src/renderer/src/api';
import { PASSWORD_WARNING_KEYS } from '../../src/renderer/src/components/password-feedback';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { createI18n } from '../../src/renderer/src/i18n/create-i18n';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../src/shared/domain/password';
import { ROLES } from '../../src/shared/permissions';
import { REASONS } from '../../src/shared/contract';

/**
 * Every reason main may send comes from the features' typed lists (`REASONS` in the contract):
 * `AppError` accepts nothing else, so a new reason without both translations fails here.
 */
const MAIN_REASONS = REASONS;
const SCHEMA_MESSAGES = [
  'user_name_format',
  'text_control_characters',
  'password_empty',
  'password_too_long',
  'password_malformed',
  'password_too_short',
];

describe.each(['th', 'en'] as const)('the %s auth catalogue', (language) => {
  const catalogue = catalogues[language];
  const t = createI18n(language).t as TFunction;

  it.each([...MAIN_REASONS, ...SCHEMA_MESSAGES])('translates the reason %s', (reason) => {
    const message = (catalogue.reasons as Record<string, string>)[reason];
    expect(message, reason).toBeTruthy();
    // errorMessage shows it for a failed call carrying that reason, placeholders filled.
    const shown = errorMessage(new KaonaApiError({ code: 'CONFLICT', reason }), t);
    expect(shown).not.toMatch(/\{\{|reasons\./);
    expect(shown).not.toBe(t('errors.CONFLICT'));
  });

  it('fills the password length limits into the reasons', () => {
    const tooShort = new KaonaApiError({ code: 'VALIDATION', reason: 'password_too_short' });
    expect(errorMessage(tooShort, t)).toContain(String(PASSWORD_MIN_LENGTH));
    const tooLong = new KaonaApiError({ code: 'VALIDATION', reason: 'password_too_long' });
    expect(errorMessage(tooLong, t)).toContain(String(PASSWORD_MAX_LENGTH));
  });

  it('falls back to the error code’s message for a reason it does not know', () => {
    const unknown = new KaonaApiError({ code: 'NOT_FOUND', reason: 'something_new' });
    expect(errorMessage(unknown, t)).toBe(catalogue.errors.NOT_FOUND);
  });

  it('translates every zxcvbn warning the meter can show, and every role', () => {
    for (const key of PASSWORD_WARNING_KEYS)
      expect(catalogue.passwordStrength.warnings[key]).toBeTruthy();
    for (const role of ROLES) expect(catalogue.roles[role]).toBeTruthy();
  });
});

it('writes the Thai reasons in Thai', () => {
  for (const message of Object.values(catalogues.th.reasons))
    expect(message).toMatch(/[\u0E01-\u0E5B]/);
});
