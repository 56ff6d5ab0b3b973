import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  callKaona,
  errorMessage,
  KaonaApiError,
  toKaonaApiError,
  unwrap,
} from '../../src/renderer/src/api';
import { createI18n } from '../../src/renderer/src/i18n/create-i18n';
import { catalogues as allCatalogues } from '../../src/renderer/src/i18n/catalogues';
const { th, en } = allCatalogues;
import type { Result } from '../../src/shared/contract/errors';
import { installFakeKaona } from './support/fake-kaona';

describe('unwrap', () => {
  it('returns the value of a successful Result', async () => {
    await expect(unwrap(Promise.resolve({ ok: true, value: 42 } as Result<number>))).resolves.toBe(
      42,
    );
  });

  it('throws a KaonaApiError carrying code, reason and issues', async () => {
    const failed: Result<number> = {
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: 'username_taken',
        issues: [{ path: ['username'], code: 'custom' }],
      },
    };
    const error = await unwrap(Promise.resolve(failed)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KaonaApiError);
    expect(error).toMatchObject({
      code: 'CONFLICT',
      reason: 'username_taken',
      issues: [{ path: ['username'], code: 'custom' }],
    });
  });

  it('keeps how long a throttled caller must wait', async () => {
    const throttled: Result<number> = {
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'throttled', retryAfterSeconds: 30 },
    };
    await expect(unwrap(Promise.resolve(throttled))).rejects.toMatchObject({
      retryAfterSeconds: 30,
    });
  });

  it('turns a broken transport into INTERNAL, keeping the cause', async () => {
    const cause = new Error('socket hang up');
    const error = await unwrap(Promise.reject(cause)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INTERNAL', cause });
  });

  it('does not trust an unknown error code from the other side', async () => {
    const reply = { ok: false, error: { code: 'DROP TABLE' } } as unknown as Result<number>;
    await expect(unwrap(Promise.resolve(reply))).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('callKaona', () => {
  it('calls window.kaona and unwraps the answer', async () => {
    const fake = installFakeKaona({ preferences: { language: 'en' } });
    await expect(callKaona((api) => api.preferences.get())).resolves.toMatchObject({
      language: 'en',
    });
    expect(fake.calls).toEqual([{ channel: 'preferences.get', input: {} }]);
  });

  it('passes on the contract’s VALIDATION error for bad input', async () => {
    installFakeKaona();
    const badInput = { language: 'fr' } as unknown as { language: 'th' };
    await expect(callKaona((api) => api.preferences.set(badInput))).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('fails with INTERNAL when the page runs without window.kaona', async () => {
    await expect(callKaona((api) => api.app.info())).rejects.toMatchObject({
      code: 'INTERNAL',
      reason: 'no_bridge',
    });
  });
});

describe('errorMessage', () => {
  it('translates each error code', () => {
    const t = createI18n('th').t as TFunction;
    expect(errorMessage(new KaonaApiError({ code: 'FORBIDDEN' }), t)).toBe(
      th.shell.errors.FORBIDDEN,
    );
    expect(errorMessage(new KaonaApiError({ code: 'NOT_FOUND' }), t)).toBe(
      th.shell.errors.NOT_FOUND,
    );
  });

  it('follows the language of the t function', () => {
    const t = createI18n('en').t as TFunction;
    expect(errorMessage(new KaonaApiError({ code: 'LOCKED' }), t)).toBe(en.shell.errors.LOCKED);
  });

  it('gives the generic message for anything that is not a contract error', () => {
    const t = createI18n('th').t as TFunction;
    expect(errorMessage(new TypeError('x is undefined'), t)).toBe(th.shell.errors.INTERNAL);
    expect(toKaonaApiError('a string').code).toBe('INTERNAL');
  });
});
