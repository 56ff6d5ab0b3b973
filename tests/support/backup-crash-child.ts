// Child process for the backup kill test: runs a backup of `<dataDir>/kaona.db` into `<folder>`
// and kills itself with SIGKILL when the backup reports step `<killAt>` (or, for `parent`, prints
// each step and waits for the parent to kill it mid-copy).
import { join } from 'node:path';
import { writeBackup } from '../../src/main/core/backup/backup-writer';
import { createKysely, openEncryptedDatabase } from '../../src/main/core/db/connection';

const [dataDir, keyHex, folder, killAt] = process.argv.slice(2);
if (!dataDir || !keyHex || !folder || !killAt)
  throw new Error('usage: backup-crash-child <dataDir> <keyHex> <folder> <killAt|parent>');

const sqlite = openEncryptedDatabase(join(dataDir, 'kaona.db'), Buffer.from(keyHex, 'hex'));
sqlite.pragma('query_only=ON');
await writeBackup(
  {
    db: createKysely(sqlite),
    progress: (done) => {
      process.stdout.write(`step ${done}\n`);
      if (String(done) === killAt) process.kill(process.pid, 'SIGKILL');
    },
    throwIfCancelled: () => undefined,
  },
  {
    dataDir,
    folder,
    createdAt: new Date().toISOString(),
    appVersion: '0.0.0-test',
    machine: 'TEST-PC',
  },
);
// Reaching this line means the kill never came: the parent reports that as a failure.
process.stdout.write('finished without being killed\n');
