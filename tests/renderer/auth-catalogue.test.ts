import { describe, expect, it } from 'vitest';
import { errorMessage, KaonaApiError } from '../../src/renderer/src/api';
import { fieldErrorMessage } from '../../src/renderer/src/components/field-error';
import { PASSWORD_WARNING_KEYS } from '../../src/renderer/src/components/password-feedback';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { createI18n } from '../../src/renderer/src/i18n/create-i18n';
import { FEATURE_NAMESPACES, NAMESPACES } from '../../src/renderer/src/i18n/feature-namespaces';
import {
  newPasswordSchema,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '../../src/shared/domain/password';
import { userNameSchema } from '../../src/shared/domain/user-name';
import { ROLES } from '../../src/shared/permissions';
import { group } from './support/catalogue-leaves';

/**
 * Every reason main may send comes from the features' typed lists, and each namespace says which
 * lists it translates: a new reason without both translations, in its feature's namespace, fails
 * here.
 */
const OWNED_REASONS = NAMESPACES.flatMap((namespace) =>
  FEATURE_NAMESPACES[namespace].reasons.map((reason) => [namespace, reason] as const),
);

describe.each(['th', 'en'] as const)('the %s messages for failures', (language) => {
  const catalogue = catalogues[language];
  const { t } = createI18n(language);

  it.each(OWNED_REASONS)('%s translates the reason %s', (namespace, reason) => {
    expect(group(catalogue, namespace, 'reasons')[reason], reason).toBeTruthy();
    // errorMessage shows it for a failed call carrying that reason, placeholders filled.
    const shown = errorMessage(new KaonaApiError({ code: 'CONFLICT', reason }), t);
    expect(shown).not.toMatch(/\{\{|reasons\./);
    expect(shown).not.toBe(t('errors.CONFLICT'));
    // A form shows the same message under the field it concerns.
    expect(fieldErrorMessage({ type: 'server', message: reason }, t)).toBe(shown);
  });

  // The schemas shared with main and the forms' own checks name their failures with these keys.
  const FORM_ERRORS = NAMESPACES.flatMap((namespace) =>
    Object.entries(group(catalogue, namespace, 'formErrors')).map(
      ([key, message]) => [namespace, key, message] as const,
    ),
  );

  it.each(FORM_ERRORS)('%s translates the form check %s', (_namespace, key, message) => {
    expect(fieldErrorMessage({ type: 'custom', message: key }, t)).toBe(message);
  });

  it.each([
    ['a user name', userNameSchema, ['', 'Ab', 'a\u0000bc', 'ab cd']],
    ['a new password', newPasswordSchema, ['', 'short', 'x'.repeat(PASSWORD_MAX_LENGTH + 1)]],
  ] as const)('translates what the shared schema for %s refuses', (_what, schema, refused) => {
    for (const value of refused) {
      const issues = schema.safeParse(value).error?.issues ?? [];
      expect(issues.length, value).toBeGreaterThan(0);
      for (const issue of issues) {
        const shown = fieldErrorMessage({ type: issue.code, message: issue.message }, t);
        expect(shown, issue.message).not.toBe(t('formErrors.invalid'));
      }
    }
  });

  it('fills the password length limits into the reasons', () => {
    const tooShort = new KaonaApiError({ code: 'VALIDATION', reason: 'password_too_short' });
    expect(errorMessage(tooShort, t)).toContain(String(PASSWORD_MIN_LENGTH));
    const tooLong = new KaonaApiError({ code: 'VALIDATION', reason: 'password_too_long' });
    expect(errorMessage(tooLong, t)).toContain(String(PASSWORD_MAX_LENGTH));
  });

  it('falls back to the error code’s message for a reason it does not know', () => {
    const unknown = new KaonaApiError({ code: 'NOT_FOUND', reason: 'something_new' });
    expect(errorMessage(unknown, t)).toBe(catalogue.shell.errors.NOT_FOUND);
  });

  it('translates every zxcvbn warning the meter can show, and every role', () => {
    for (const key of PASSWORD_WARNING_KEYS)
      expect(catalogue.auth.passwordStrength.warnings[key]).toBeTruthy();
    for (const role of ROLES) expect(catalogue.auth.roles[role]).toBeTruthy();
  });
});
