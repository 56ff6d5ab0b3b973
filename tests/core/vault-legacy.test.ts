import { describe, expect, it } from 'vitest';
import { seal } from '../../src/main/core/auth/crypto/aead';
import { deriveKek } from '../../src/main/core/auth/crypto/kdf';
import { unlockSlot } from '../../src/main/core/auth/vault/slots';
import { readSlotFile } from '../../src/main/core/auth/vault/slot-file';
import { ADMIN, setUpOffice, useOffices, type TestOffice } from '../support/office';
import { readRawSlots, writeRawSlots } from '../support/slot-tampering';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const keep = useOffices();

/**
 * Turns an office into one written before the slot registry: an empty registry and a version 1
 * slot file whose private keys are sealed with the old binding (slot id, kind and account only).
 */
async function makeLegacy(office: TestOffice, dir: string, secrets: Map<string, string>) {
  const { db } = office.core.sessions.unlocked();
  await db.deleteFrom('key_slots').execute();
  await office.ok('session.signOut');
  const file = readRawSlots(dir);
  file.version = 1;
  file.slots = await Promise.all(
    file.slots.map(async (raw) => {
      const slot = { ...raw } as Record<string, unknown> & {
        id: string;
        kind: string;
        userId: number | null;
      };
      for (const field of ['opens', 'aad', 'mac']) delete slot[field];
      const secret = secrets.get(slot.kind === 'recovery' ? 'recovery' : String(slot.userId))!;
      const privateKey = await unlockSlot(raw as never, secret);
      const kek = await deriveKek(secret, (raw as { kdf: never }).kdf);
      const aad = `kaona-slot:${slot.id}:${slot.kind}:${slot.userId ?? '-'}`;
      return { ...slot, privateKey: seal(kek, privateKey!, aad) };
    }),
  );
  writeRawSlots(dir, file);
}

describe('a slot file from before the registry', () => {
  it('is adopted once at the first sign-in, then signed and registered', async () => {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    keep(office);
    const code = office.recoveryCode.replace(/-/g, '');
    await makeLegacy(
      office,
      dir,
      new Map([
        ['1', ADMIN.password],
        ['recovery', code],
      ]),
    );
    expect(readSlotFile(dir)).toMatchObject({ status: 'ok', file: { legacy: true } });

    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const registered = await office.core.sessions
      .unlocked()
      .db.selectFrom('key_slots')
      .select('kind')
      .execute();
    expect(registered.map((row) => row.kind).sort()).toEqual(['recovery', 'user']);
    const after = readSlotFile(dir);
    expect(after).toMatchObject({ status: 'ok', file: { legacy: false } });
    const { events } = await office.ok('audit.list', { action: 'vault.slots_adopted' });
    expect(events.map((event) => event.details)).toEqual([{ adopted: 2, ignored: 0 }]);
    // The next sign-in goes through the registry like any other.
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    expect((await office.ok('vault.status')).notices).toEqual([]);
  });
});
