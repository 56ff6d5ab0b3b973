import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS, contract } from '../../src/shared/contract';
import { method, output } from '../../src/shared/contract/define';
import { PERMISSIONS, ROLES, roleHasPermission } from '../../src/shared/permissions';
import { createCore } from '../../src/main/core/create-core';
import { AppError } from '../../src/main/core/errors';
import type { SessionState } from '../../src/main/core/session';
import { createDispatcher } from '../../src/main/ipc/dispatch';
import { testIdentity } from '../support/core';
import { useTempDirs } from '../support/temp-dir';

describe('the contract registry', () => {
  const tempDir = useTempDirs();

  it('gives every method a schema, a known access rule and exactly one handler', () => {
    const core = createCore({ identity: testIdentity(tempDir()) });
    expect(CHANNELS.length).toBeGreaterThan(0);
    for (const channel of CHANNELS) {
      const definition = contract[channel];
      expect(definition.input, channel).toBeInstanceOf(z.ZodType);
      expect(['public', ...PERMISSIONS], channel).toContain(definition.access);
      expect(typeof core.handlers[channel], channel).toBe('function');
      expect(channel, 'channel names are namespace.method').toMatch(
        /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/,
      );
    }
    expect(Object.keys(core.handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('takes a strict object on every method, so unknown keys are rejected', () => {
    for (const channel of CHANNELS) {
      const def = (
        contract[channel].input as unknown as {
          _zod: { def: { type: string; catchall?: { _zod: { def: { type: string } } } } };
        }
      )._zod.def;
      expect(def.type, channel).toBe('object');
      expect(def.catchall?._zod.def.type, `${channel} must use z.strictObject`).toBe('never');
    }
  });
});

describe('the dispatcher', () => {
  const testContract = {
    'notes.open': method({ input: z.strictObject({}), output: output<string>(), access: 'public' }),
    'settings.change': method({
      input: z.strictObject({ value: z.string().max(10) }),
      output: output<string>(),
      access: 'settings.write',
    }),
    'settings.explode': method({
      input: z.strictObject({}),
      output: output<never>(),
      access: 'public',
    }),
    'settings.conflict': method({
      input: z.strictObject({}),
      output: output<never>(),
      access: 'public',
    }),
  };
  const handlers = {
    'notes.open': () => 'open',
    'settings.change': (input: { value: string }) => input.value,
    'settings.explode': () => {
      throw new Error('SQLITE_CONSTRAINT: UNIQUE failed for national_id 1234567890123');
    },
    'settings.conflict': () => {
      throw new AppError('CONFLICT', 'user_name_taken');
    },
  };
  const user = { id: 1, userName: 'somchai', mustChangePassword: false };

  function dispatcherFor(session: SessionState) {
    const internal: unknown[] = [];
    const dispatch = createDispatcher({
      contract: testContract,
      handlers,
      getSession: () => session,
      onInternalError: (_channel, error) => internal.push(error),
    });
    return { dispatch, internal };
  }

  it('answers NOT_FOUND for a channel outside the contract, including prototype names', async () => {
    const { dispatch } = dispatcherFor({ status: 'signed-out' });
    for (const channel of ['nope', 'constructor', '__proto__', 'toString', 'notes.open ']) {
      expect(await dispatch(channel, {}), channel).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
  });

  it('lets anyone call public methods, before sign-in too', async () => {
    const { dispatch } = dispatcherFor({ status: 'signed-out' });
    expect(await dispatch('notes.open', {})).toEqual({ ok: true, value: 'open' });
  });

  it('checks the session and role for every other method', async () => {
    const input = { value: 'x' };
    expect(
      await dispatcherFor({ status: 'signed-out' }).dispatch('settings.change', input),
    ).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(
      await dispatcherFor({ status: 'locked', user: { ...user, role: 'admin' } }).dispatch(
        'settings.change',
        input,
      ),
    ).toEqual({ ok: false, error: { code: 'LOCKED' } });
    for (const role of ROLES) {
      const result = await dispatcherFor({ status: 'signed-in', user: { ...user, role } }).dispatch(
        'settings.change',
        input,
      );
      if (roleHasPermission(role, 'settings.write'))
        expect(result, role).toEqual({ ok: true, value: 'x' });
      else expect(result, role).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('checks access before validating, so a refused caller learns nothing about the schema', async () => {
    const { dispatch } = dispatcherFor({ status: 'signed-out' });
    expect(await dispatch('settings.change', { value: 'x'.repeat(11) })).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('names the bad field without echoing its value', async () => {
    const { dispatch } = dispatcherFor({ status: 'signed-in', user: { ...user, role: 'admin' } });
    const result = await dispatch('settings.change', { value: 'x'.repeat(11) });
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['value'], code: 'too_big' }] },
    });
    expect(JSON.stringify(result)).not.toContain('xxxxxxxxxxx');
  });

  it('maps an unexpected failure to INTERNAL without leaking its message', async () => {
    const { dispatch, internal } = dispatcherFor({ status: 'signed-out' });
    const result = await dispatch('settings.explode', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toMatch(/SQLITE|1234567890123/);
    expect(internal).toHaveLength(1);
  });

  it('passes a service’s own error code and reason through', async () => {
    const { dispatch } = dispatcherFor({ status: 'signed-out' });
    expect(await dispatch('settings.conflict', {})).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'user_name_taken' },
    });
  });
});
