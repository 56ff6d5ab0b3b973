import { copyFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { rotateDatabaseKey } from '../../../src/main/core/auth/vault/key-rotation';
import { writeSlotFile } from '../../../src/main/core/auth/vault/slot-file';
import { signerFor } from '../../../src/main/core/auth/vault/slot-mac';
import { createSlot } from '../../../src/main/core/auth/vault/slots';
import { openEncryptedDatabase } from '../../../src/main/core/db/connection';
import { benchKey, benchValue, inBatches } from '../dataset';
import { createSettingsTable, openRawEncrypted, prepareUpsert } from '../raw-db';
import { timeMs } from '../timing';
import type { Figure } from '../types';

const REKEY_ROWS = 100_000;

/**
 * Key rotation of a 100k-row database, whatever --rows says (the figure is named for its size):
 * the core's full rotation (slot file with both keys, rekey out of WAL and back, slot file
 * final) versus raw SQLite's rekey of a copy of the same file with the same pragma sequence.
 */
export const rekeyFigure: Figure = {
  name: 'rekey',
  async run(context) {
    const dir = join(context.dir, 'rekey');
    mkdirSync(dir, { recursive: true });
    const key = randomBytes(32);
    const source = join(dir, 'source.db');
    const filled = openRawEncrypted(source, key);
    createSettingsTable(filled);
    const upsert = prepareUpsert(filled);
    const now = new Date().toISOString();
    const write = filled.transaction((start: number, end: number) => {
      for (let n = start; n < end; n++) upsert.run(benchKey(n), benchValue(n), now);
    });
    await inBatches(REKEY_ROWS, (start, end) => write(start, end));
    filled.pragma('wal_checkpoint(TRUNCATE)');
    filled.close();

    const coreDir = join(dir, 'core');
    mkdirSync(coreDir);
    copyFileSync(source, join(coreDir, 'kaona.db'));
    const slots = await Promise.all(
      ['clerk.one', 'clerk.two'].map((userName, i) =>
        createSlot({
          kind: 'user',
          opens: 'office',
          userId: i + 1,
          userName,
          secret: 'Bench-password-2569',
          dbKey: key,
          generation: 1,
        }),
      ),
    );
    // The slot file's MAC key lives in the app's database; the bench file has no app tables, so
    // any key does: the figure is about the rekey and the two slot-file writes around it.
    const sign = signerFor(randomBytes(32));
    const signed = slots.map(sign);
    writeSlotFile(coreDir, signed, 'same');
    const coreDb = openEncryptedDatabase(join(coreDir, 'kaona.db'), key);
    const coreMs = await timeMs(() =>
      rotateDatabaseKey({
        dataDir: coreDir,
        sqlite: coreDb,
        slots: signed,
        keep: () => true,
        sign,
      }),
    );
    coreDb.close();

    const rawFile = join(dir, 'raw.db');
    copyFileSync(source, rawFile);
    const rawDb = openRawEncrypted(rawFile, key);
    const rawMs = await timeMs(() => {
      rawDb.pragma('wal_checkpoint(TRUNCATE)');
      rawDb.pragma('journal_mode=DELETE');
      rawDb.pragma(`rekey="x'${randomBytes(32).toString('hex')}'"`);
      rawDb.pragma('journal_mode=WAL');
    });
    rawDb.close();

    return {
      label: `rekey ${REKEY_ROWS / 1000}k rows`,
      unit: 'ms',
      core: { key: 'rekey_100k_ms', value: coreMs },
      raw: { key: 'rekey_100k_raw_ms', value: rawMs },
      ratioKey: 'rekey_100k_ratio',
    };
  },
};
