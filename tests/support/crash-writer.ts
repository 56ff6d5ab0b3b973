// Child process for the crash test: writes transactions of 5 rows forever and reports each one on
// stdout only after its COMMIT returned. The parent kills it with SIGKILL at a random moment.
import { createKysely, openEncryptedDatabase } from '../../src/main/core/db/connection';
import { migrateToLatest } from '../../src/main/core/db/migrate';

const [file, keyHex, round] = process.argv.slice(2);
if (!file || !keyHex || !round) throw new Error('usage: crash-writer <file> <keyHex> <round>');

const sqlite = openEncryptedDatabase(file, Buffer.from(keyHex, 'hex'), { create: true });
await migrateToLatest(createKysely(sqlite));

const ROWS_PER_TRANSACTION = 5;
const insert = sqlite.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)');
const writeTransaction = sqlite.transaction((tx: number) => {
  for (let i = 0; i < ROWS_PER_TRANSACTION; i++) {
    insert.run(
      `crash:${round}:${tx}#${i}`,
      JSON.stringify({ note: 'ข้อมูลทดสอบ'.repeat(20), i }),
      new Date().toISOString(),
    );
  }
});

process.stdout.write('ready\n');
for (let tx = 0; ; tx++) {
  writeTransaction(tx);
  process.stdout.write(`committed ${tx}\n`);
}
