import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../src/shared/contract';
import { roleHasPermission } from '../../src/shared/permissions';
import { OFFICER, officeWithColleague, setUpOffice, type TestOffice } from '../support/office';
import { snapshotDir } from '../support/snapshot-dir';

const RUNS_PER_CHANNEL = 1000;

/**
 * Payloads a renderer (or an attacker who owns it) could send: any JSON-ish value, objects with
 * odd keys, prototype tricks, huge and non-UTF-16-clean strings.
 */
const hostilePayload = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
  }),
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

const FUZZ_SUPERVISOR = {
  userName: 'supervisor.fz',
  password: 'Supervisor-fuzz-2569',
  fullName: 'ผู้ตรวจ ทดสอบ',
};

describe('malformed input on every channel', () => {
  // Signed in as the admin, so nearly every channel gets past the access check to its schema;
  // the few the admin may not use (revealing sensitive case data) are fuzzed as an officer.
  let dataDir: string;
  let office: TestOffice;
  let officerDir: string;
  let officerOffice: TestOffice;
  // Channels only a supervisor may use (pdpa.fulfil: subject export, erasure).
  let supervisorDir: string;
  let supervisorOffice: TestOffice;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kaona-fuzz-'));
    office = await setUpOffice(dataDir);
    await office.ok('preferences.set', { language: 'en' }); // a known state to protect
    officerDir = mkdtempSync(join(tmpdir(), 'kaona-fuzz-officer-'));
    officerOffice = (await officeWithColleague(officerDir, OFFICER, 'officer')).office;
    await officerOffice.ok('session.signIn', {
      userName: OFFICER.userName,
      password: OFFICER.password,
    });
    supervisorDir = mkdtempSync(join(tmpdir(), 'kaona-fuzz-supervisor-'));
    supervisorOffice = (await officeWithColleague(supervisorDir, FUZZ_SUPERVISOR, 'supervisor'))
      .office;
    await supervisorOffice.ok('session.signIn', {
      userName: FUZZ_SUPERVISOR.userName,
      password: FUZZ_SUPERVISOR.password,
    });
  });
  afterAll(async () => {
    await office.core.close();
    await officerOffice.core.close();
    await supervisorOffice.core.close();
    rmSync(supervisorDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(officerDir, { recursive: true, force: true });
  });

  for (const channel of CHANNELS) {
    it(`${channel}: ${RUNS_PER_CHANNEL} malformed payloads get VALIDATION and change nothing`, async () => {
      const { access } = contract[channel];
      const asAdmin = access === 'public' || roleHasPermission('admin', access);
      const asOfficer = !asAdmin && roleHasPermission('officer', access);
      const target = asAdmin ? office : asOfficer ? officerOffice : supervisorOffice;
      const targetDir = asAdmin ? dataDir : asOfficer ? officerDir : supervisorDir;
      const before = snapshotDir(targetDir);
      const schema = contract[channel].input;
      const malformed = hostilePayload.filter((payload) => !schema.safeParse(payload).success);

      await fc.assert(
        fc.asyncProperty(malformed, async (payload) => {
          const result = await target.dispatch(channel, payload);
          expect(result.ok).toBe(false);
          expect(!result.ok && result.error.code).toBe('VALIDATION');
        }),
        { numRuns: RUNS_PER_CHANNEL },
      );

      expect(snapshotDir(targetDir)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(target.core.getSession().status).toBe('signed-in');
    });
  }
});
