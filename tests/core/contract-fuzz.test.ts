import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../src/shared/contract';
import { createCore } from '../../src/main/core/create-core';
import { createDispatcher } from '../../src/main/ipc/dispatch';
import { testIdentity } from '../support/core';
import { snapshotDir } from '../support/snapshot-dir';
import { useTempDirs } from '../support/temp-dir';

const RUNS_PER_CHANNEL = 1000;

/**
 * Payloads a renderer (or an attacker who owns it) could send: any JSON-ish value, objects with
 * odd keys, prototype tricks, huge and non-UTF-16-clean strings.
 */
const hostilePayload = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }),
  fc.dictionary(fc.string(), fc.anything(), { minKeys: 1 }),
  fc.record({ language: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }),
  fc.record({ language: fc.constantFrom('th', 'en'), extra: fc.anything() }),
  fc.constantFrom(
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
    { language: 'th\u0000' },
    { language: '\ud800' },
    { language: 'ไทย' },
    { language: 'x'.repeat(100_000) },
  ),
);

describe('malformed input on every channel', () => {
  const tempDir = useTempDirs();

  for (const channel of CHANNELS) {
    it(`${channel}: ${RUNS_PER_CHANNEL} malformed payloads get VALIDATION and change nothing`, async () => {
      const dataDir = tempDir();
      const core = createCore({ identity: testIdentity(dataDir) });
      const dispatch = createDispatcher({ contract, handlers: core.handlers, getSession: core.getSession });
      await dispatch('preferences.set', { language: 'en' }); // a known state to protect
      const before = snapshotDir(dataDir);
      const schema = contract[channel].input;
      const malformed = hostilePayload.filter((payload) => !schema.safeParse(payload).success);

      await fc.assert(
        fc.asyncProperty(malformed, async (payload) => {
          const result = await dispatch(channel, payload);
          expect(result.ok).toBe(false);
          expect(!result.ok && result.error.code).toBe('VALIDATION');
        }),
        { numRuns: RUNS_PER_CHANNEL },
      );

      expect(snapshotDir(dataDir)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      core.close();
    });
  }
});
