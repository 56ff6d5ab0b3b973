import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createSlot } from '../../src/main/core/auth/vault/slots';
import { ADMIN, setUpOffice, useOffices } from '../support/office';
import { readRawSlots, writeRawSlots } from '../support/slot-tampering';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const keep = useOffices();

describe('found in review: a second recovery slot planted first in the file', () => {
  it('does not stop the real recovery code from working', async () => {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    keep(office);
    await office.ok('session.signOut');

    // Anyone with write access: a recovery slot for a code of their own, put first in the file.
    const bogus = await createSlot({
      kind: 'recovery',
      opens: 'office',
      userId: null,
      userName: null,
      secret: 'whatever',
      dbKey: randomBytes(32),
      generation: 1,
    });
    const raw = readRawSlots(dir);
    writeRawSlots(dir, { ...raw, slots: [{ ...bogus, mac: null }, ...raw.slots] });

    // The admin forgot their password and uses the real code (kept in the safe).
    const result = await office.call('session.recover', {
      recoveryCode: office.recoveryCode,
      userName: ADMIN.userName,
      newPassword: 'Recovered-admin-2569!',
    });
    expect(result, 'real recovery code refused').toEqual({ ok: true, value: expect.anything() });
  });
});
