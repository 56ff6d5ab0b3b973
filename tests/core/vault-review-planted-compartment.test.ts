import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signerFor } from '../../src/main/core/auth/vault/slot-mac';
import { createSlot } from '../../src/main/core/auth/vault/slots';
import {
  createCompartmentFile,
  openCompartment,
} from '../../src/main/core/compartments/compartment-file';
import { compartmentMacKey } from '../../src/main/core/compartments/compartment-repository';
import { profileSlotJson } from '../../src/main/core/compartments/compartment-slot';
import { ADMIN, setUpOffice, useOffices } from '../support/office';
import { readRawSlots, slotsIn, writeRawSlots } from '../support/slot-tampering';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const keep = useOffices();

describe('found in review: a planted compartment and slot (no password at all)', () => {
  it('signs nobody in under the admin’s name, and is removed at the next office sign-in', async () => {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    keep(office);
    await office.ok('session.signOut');

    // The attacker: write access to the folder and a script; no password of the office.
    const fakeId = 999;
    const key = randomBytes(32);
    await createCompartmentFile(dir, fakeId, key, {
      user_id: fakeId,
      user_name: ADMIN.userName,
      full_name: 'Fake Admin',
      position: '',
      must_change_password: 0,
      agency_name: 'Fake agency',
      idle_lock_minutes: 30,
      slot: null,
      updated_at: new Date().toISOString(),
    });
    const compartment = await openCompartment(dir, fakeId, key);
    const sign = signerFor(await compartmentMacKey(compartment.db));
    const slot = sign(
      await createSlot({
        kind: 'user',
        opens: 'compartment',
        userId: fakeId,
        userName: ADMIN.userName,
        secret: 'attacker-password-1',
        dbKey: key,
        generation: 1,
      }),
    );
    await compartment.db
      .updateTable('profile')
      .set({ slot: profileSlotJson(slot) })
      .execute();
    await compartment.db.destroy();
    const raw = readRawSlots(dir);
    writeRawSlots(dir, { ...raw, slots: [slot, ...raw.slots] });

    const planted = await office.call('session.signIn', {
      userName: ADMIN.userName,
      password: 'attacker-password-1',
    });
    const who = planted.ok ? await office.ok('session.info') : null;
    if (planted.ok) await office.ok('session.signOut');
    expect.soft(who, 'signed in under the admin’s user name').toBeNull();

    // The admin signs in: the repair should drop a slot nothing in the office vouches for.
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    await office.ok('session.signOut');
    expect(
      slotsIn(join(dir, 'kaona.keys')).some((s) => s.id === slot.id),
      'planted slot kept by the repair',
    ).toBe(false);
  });
});
