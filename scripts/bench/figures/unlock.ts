import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { closeUnlocked, unlockWithSlot } from '../../../src/main/core/auth/unlocked-database';
import { writeSlotFile, type SlotFile } from '../../../src/main/core/auth/vault/slot-file';
import { signerFor } from '../../../src/main/core/auth/vault/slot-mac';
import { createSlot } from '../../../src/main/core/auth/vault/slots';
import { deriveKek, newKdfParams } from '../../../src/main/core/auth/crypto/kdf';
import { systemClock } from '../../../src/main/core/clock';
import { databasePath } from '../../../src/main/core/db/database-file';
import { openRawKeyed } from '../raw-db';
import { median, timeMs } from '../timing';
import type { Figure } from '../types';
import { requireDatabases } from './require';

const ROUNDS = 7;
const PASSWORD = 'Bench-unlock-password-2569';

/**
 * Unlocking as a clerk does: Argon2id on the password (the slot's stored parameters), unseal the
 * slot's private key and the database key, open, key, pragmas, migration check, first query —
 * versus raw: open with the key already in hand and run the first query. The Argon2id step alone
 * is shown as a baseline: it is the cost chosen on purpose, the rest is overhead.
 */
export const unlockFigure: Figure = {
  name: 'unlock',
  async run(context) {
    const { core, raw } = requireDatabases(context);
    const dataDir = join(context.dir, 'unlock');
    mkdirSync(dataDir, { recursive: true });
    copyFileSync(core.file, databasePath(dataDir));
    const unsigned = await createSlot({
      kind: 'user',
      opens: 'office',
      userId: 1,
      userName: 'bench',
      secret: PASSWORD,
      dbKey: core.key,
      generation: 1,
    });
    const slot = signerFor(randomBytes(32))(unsigned);
    const slotFile: SlotFile = { slots: [slot], legacy: false };
    writeSlotFile(dataDir, [slot], 'same');
    const unlockContext = { dataDir, machine: 'bench', appVersion: 'bench', clock: systemClock };

    const coreTimes: number[] = [];
    const rawTimes: number[] = [];
    const kdfTimes: number[] = [];
    for (let round = 0; round <= ROUNDS; round++) {
      let unlocked: Awaited<ReturnType<typeof unlockWithSlot>> = null;
      const coreMs = await timeMs(async () => {
        unlocked = await unlockWithSlot(unlockContext, slotFile, slot, PASSWORD);
        await sql`SELECT count(*) FROM settings`.execute(unlocked!.db);
      });
      if (unlocked) await closeUnlocked(unlocked);

      let sqlite: ReturnType<typeof openRawKeyed> | undefined;
      const rawMs = await timeMs(() => {
        sqlite = openRawKeyed(raw.file, raw.key);
        sqlite.prepare('SELECT count(*) FROM settings').get();
      });
      sqlite?.close();

      const kdfMs = await timeMs(() => deriveKek(PASSWORD, { ...newKdfParams(), ...slot.kdf }));
      if (round > 0) {
        coreTimes.push(coreMs);
        rawTimes.push(rawMs);
        kdfTimes.push(kdfMs);
      }
    }
    return {
      label: `unlock (Argon2id ${slot.kdf.memoryKiB / 1024} MiB, t=${slot.kdf.iterations}, p=${slot.kdf.parallelism})`,
      unit: 'ms',
      core: { key: 'unlock_ms', value: median(coreTimes) },
      raw: { key: 'unlock_raw_ms', value: median(rawTimes) },
      ratioKey: 'unlock_ratio',
      baselines: [{ key: 'unlock_kdf_ms', label: 'Argon2id only', value: median(kdfTimes) }],
    };
  },
};
