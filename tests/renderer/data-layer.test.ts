import { describe, expect, it, vi } from 'vitest';
import { KaonaApiError } from '../../src/renderer/src/api';
import { shouldRetry } from '../../src/renderer/src/api/query-client';
import {
  formLevelError,
  reportServerError,
} from '../../src/renderer/src/components/forms/server-errors';
import { newPasswordReasons } from '../../src/renderer/src/components/forms/password-reasons';

interface Form {
  userName: string;
  fullName: string;
  temporaryPassword: string;
}

const FIELDS = {
  fields: ['userName', 'fullName', 'temporaryPassword'] as const,
  reasons: { user_name_taken: 'userName' as const, ...newPasswordReasons('temporaryPassword') },
};

describe('retrying a failed read', () => {
  it('tries INTERNAL once more, and never a refusal that would only be repeated', () => {
    expect(shouldRetry(0, new KaonaApiError({ code: 'INTERNAL' }))).toBe(true);
    expect(shouldRetry(1, new KaonaApiError({ code: 'INTERNAL' }))).toBe(false);
    for (const code of ['VALIDATION', 'LOCKED', 'UNAUTHENTICATED', 'FORBIDDEN'] as const) {
      expect(shouldRetry(0, new KaonaApiError({ code })), code).toBe(false);
    }
    // A failure that is not from the contract at all counts as INTERNAL.
    expect(shouldRetry(0, new TypeError('bridge gone'))).toBe(true);
  });
});

describe('main’s refusals on a form', () => {
  it('puts a known reason under its field, as the reason to translate', () => {
    const setError = vi.fn();
    reportServerError<Form>(
      new KaonaApiError({ code: 'CONFLICT', reason: 'user_name_taken' }),
      setError,
      FIELDS,
    );
    expect(setError).toHaveBeenCalledExactlyOnceWith(
      'userName',
      { type: 'server', message: 'user_name_taken' },
      { shouldFocus: true },
    );
  });

  it('puts every refusal of a new password under the password field', () => {
    const setError = vi.fn();
    reportServerError<Form>(
      new KaonaApiError({ code: 'VALIDATION', reason: 'password_too_short' }),
      setError,
      FIELDS,
    );
    expect(setError).toHaveBeenCalledWith(
      'temporaryPassword',
      { type: 'server', message: 'password_too_short' },
      { shouldFocus: true },
    );
  });

  it('puts VALIDATION issues under the fields they name, focusing the first', () => {
    const setError = vi.fn();
    reportServerError<Form>(
      new KaonaApiError({
        code: 'VALIDATION',
        issues: [
          { path: ['fullName'], code: 'too_small' },
          { path: ['userName'], code: 'invalid_format' },
        ],
      }),
      setError,
      FIELDS,
    );
    expect(setError.mock.calls).toEqual([
      ['fullName', { type: 'too_small' }, { shouldFocus: true }],
      ['userName', { type: 'invalid_format' }, { shouldFocus: false }],
    ]);
  });

  it('keeps for the whole form an issue about something the form does not show', () => {
    const setError = vi.fn();
    reportServerError<Form>(
      new KaonaApiError({
        code: 'VALIDATION',
        issues: [
          { path: ['fullName'], code: 'too_small' },
          { path: ['userId'], code: 'invalid_type' },
        ],
      }),
      setError,
      FIELDS,
    );
    expect(setError).toHaveBeenCalledExactlyOnceWith('root.server', {
      type: 'VALIDATION',
      message: '',
    });
  });

  it('keeps any other refusal for the whole form, and reads it back translatable', () => {
    const setError = vi.fn();
    reportServerError<Form>(
      new KaonaApiError({ code: 'CONFLICT', reason: 'last_admin' }),
      setError,
      FIELDS,
    );
    const [path, error] = setError.mock.calls[0] as [string, { type: string; message: string }];
    expect(path).toBe('root.server');

    const back = formLevelError<Form>({ root: { server: { ...error } } });
    expect(back).toBeInstanceOf(KaonaApiError);
    expect(back?.code).toBe('CONFLICT');
    expect(back?.reason).toBe('last_admin');
    expect(formLevelError<Form>({})).toBeUndefined();
  });
});
