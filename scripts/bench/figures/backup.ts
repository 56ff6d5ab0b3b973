import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup } from '../../../src/main/core/backup/backup-service';
import { openCaseBench, seedThroughCore, type CaseBench } from '../case-office';
import { openRawEncrypted } from '../raw-db';
import { timeMs } from '../timing';
import type { Figure } from '../types';

/**
 * Backup of the case office (100,000 people and cases by default; issue 11): through the core —
 * the service, the `backup.create` worker job (VACUUM INTO, key file, hashes, manifest), the
 * history row and its audit event — beside raw better-sqlite3 running `VACUUM INTO` on the same
 * file with the same key, in the same run. Uses the cases figures' office when they ran before it
 * (registry order), or seeds its own (`--only backup`).
 */
export const backupFigure: Figure = {
  name: 'backup-100k',
  async run(context) {
    const own = !context.state.cases;
    const bench: CaseBench =
      context.state.cases ?? (await openCaseBench(context.dir, context.rows));
    if (own) await seedThroughCore(bench);
    const dataDir = join(context.dir, 'cases-office');
    const target = join(context.dir, 'backup-usb');
    mkdirSync(target, { recursive: true });
    try {
      bench.core.sessions.touch();
      const call = bench.core.sessions.signedInCall();
      let outcome = { done: false } as Awaited<ReturnType<typeof createBackup>>;
      const coreMs = await timeMs(async () => {
        outcome = await createBackup(call, {
          dataDir,
          appVersion: '0.0.0-bench',
          machine: 'BENCH-PC',
          chooseFolder: async () => target,
        });
      });
      if (!outcome.done) throw new Error('bench: the backup did not run');
      rmSync(join(target, outcome.folderName), { recursive: true, force: true });

      // Raw: the same file, the same key, one VACUUM INTO — no key file, hashes or manifest.
      const key = Buffer.from(bench.core.sessions.unlocked().key);
      const raw = openRawEncrypted(join(dataDir, 'kaona.db'), key);
      key.fill(0);
      const rawCopy = join(target, 'raw-copy.db');
      let rawBytes = 0;
      const rawMs = await timeMs(() => {
        raw.prepare('VACUUM INTO ?').run(rawCopy);
      });
      rawBytes = statSync(rawCopy).size;
      raw.close();
      rmSync(rawCopy, { force: true });
      return {
        label: `backup: ${context.rows} cases (${Math.round(rawBytes / 1024 / 1024)} MB)`,
        unit: 'ms',
        core: { key: 'backup_100k_ms', value: coreMs },
        raw: { key: 'backup_100k_raw_ms', value: rawMs },
        ratioKey: 'backup_100k_ratio',
      };
    } finally {
      rmSync(target, { recursive: true, force: true });
      if (own) {
        await bench.core.close();
        bench.raw.close();
      }
    }
  },
};
