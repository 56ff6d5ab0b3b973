import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createKysely, openEncryptedDatabase } from '../../../src/main/core/db/connection';
import { migrateToLatest } from '../../../src/main/core/db/migrate';
import { parseThaiPhone } from '../../../src/shared/thai/phone';
import {
  IMPORT_SETTINGS,
  importSheet,
  importXlsx,
  type ImportSheet,
} from '../../../tests/support/import-files';
import { benchCore, setUpBenchOffice, signInBenchOfficer } from '../bench-office';
import { rawInsertPerson, rawIntakeStatements } from '../case-office';
import { openRawEncrypted } from '../raw-db';
import type { BenchPerson } from '../thai-people';
import { nanosToMs } from '../timing';
import type { Figure } from '../types';

/**
 * Import of 10,000 spreadsheet rows (issue 11), target under 15 s: `imports.apply` through the
 * dispatcher as the page calls it — the writing job's worker start, parsing the XLSX, checking
 * every row again inside the transaction and writing the valid ones (5% of the file is bad) in
 * ONE transaction. Beside it: the dry run (`imports.check`), how long that one transaction held
 * the write lock (ADR 0031), and the raw baseline — the same valid people and cases inserted by
 * prepared statements in one better-sqlite3 transaction, in the same run.
 */
const ROWS = 10_000;
const OFFICER = { userName: 'bench.import', password: 'Bench-import-2569!' };
const AT = '2026-11-26T03:00:00.000Z';
const PLACES = {
  khonKaen: { provinceId: 6, subdistrictId: 716, postcode: '40000' },
  bangkok: { provinceId: 2, subdistrictId: 159, postcode: '10200' },
};

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const value = await work();
  return [nanosToMs(process.hrtime.bigint() - start), value];
}

async function importOffice(dir: string) {
  const { core, ok } = benchCore(join(dir, 'import-office'));
  await setUpBenchOffice(ok);
  // Importing is for officers and supervisors (cases.import), not the admin.
  await signInBenchOfficer(ok, { ...OFFICER, fullName: 'นำเข้า ข้อมูล', position: '' });
  return { core, ok };
}

/** The sheet's valid rows as the raw baseline's people (same names, IDs, dates, places). */
function validPeople(sheet: ImportSheet): BenchPerson[] {
  return sheet.rows
    .filter((_, index) => ['ok', 'warning'].includes(sheet.expected[index]!.kind))
    .map((row) => {
      const [day, month, year] = row[4]!.split('/');
      const bangkok = row[10] === 'กรุงเทพมหานคร';
      return {
        title: row[0] === 'นาย' ? 'mr' : 'miss',
        sex: row[5] === 'ชาย' ? 'male' : 'female',
        firstName: row[1]!,
        lastName: row[2]!,
        nickname: '',
        birthDate: `${Number(year) - 543}-${month}-${day}`,
        nationalId: row[3]!,
        phone: phoneE164(row[6]!),
        place: (bangkok ? PLACES.bangkok : PLACES.khonKaen) as unknown as BenchPerson['place'],
        targetGroups: row[12]!.startsWith('สตรี') ? ['women', 'underprivileged'] : ['older_persons'],
        department: row[13] === 'พส.' ? 'dsdw' : 'dop',
        flagshipProject: 'jobs_and_income',
        intakeDate: '2026-11-26',
      };
    });
}

function phoneE164(typed: string): string {
  const phone = parseThaiPhone(typed);
  return phone.ok ? phone.phone.e164 : '';
}

async function rawImport(dir: string, sheet: ImportSheet): Promise<number> {
  const file = join(dir, 'import-raw.db');
  const key = randomBytes(32);
  const schema = createKysely(openEncryptedDatabase(file, key, { create: true }));
  await migrateToLatest(schema);
  await schema.destroy();
  const raw = openRawEncrypted(file, key);
  try {
    raw
      .prepare(
        `INSERT INTO users (id, user_name, full_name, role, created_at, updated_at)
         VALUES (1, 'bench.import', 'นำเข้า ข้อมูล', 'officer', ?, ?)`,
      )
      .run(AT, AT);
    const people = validPeople(sheet);
    const statements = rawIntakeStatements(raw);
    const write = raw.transaction(() => {
      for (const person of people) rawInsertPerson(statements, person, 1, 'intake');
    });
    const start = process.hrtime.bigint();
    write();
    return nanosToMs(process.hrtime.bigint() - start);
  } finally {
    raw.close();
  }
}

export const importFigure: Figure = {
  name: 'import',
  async run(context) {
    const sheet = importSheet({ rows: ROWS, badEvery: 20, noPhoneEvery: 97, badAddressEvery: 101 });
    const xlsx = await importXlsx(sheet);
    const { core, ok } = await importOffice(context.dir);
    try {
      const opened = (await ok('imports.open', {
        fileName: 'bench-10k.xlsx',
        contentBase64: xlsx.toString('base64'),
      })) as { importId: string };
      const [checkMs] = await timed(() =>
        ok('imports.check', { importId: opened.importId, settings: IMPORT_SETTINGS }),
      );
      const [applyMs, applied] = await timed(
        () =>
          ok('imports.apply', { importId: opened.importId, consentDeclared: true }) as Promise<{
            imported: number;
            batchId: number;
            writeMs: number;
          }>,
      );
      const rawMs = await rawImport(context.dir, sheet);
      const batch = await core.sessions
        .signedInCall()
        .db.selectFrom('import_batches')
        .select('imported_rows')
        .where('id', '=', applied.batchId)
        .executeTakeFirstOrThrow();
      if (batch.imported_rows !== applied.imported) throw new Error('bench: import batch mismatch');
      return {
        label: `import: ${ROWS} XLSX rows (${applied.imported} valid) in one transaction`,
        unit: 'ms',
        core: { key: 'import_10k_ms', value: applyMs },
        raw: { key: 'import_10k_raw_ms', value: rawMs },
        ratioKey: 'import_10k_ratio',
        baselines: [
          { key: 'import_10k_check_ms', value: checkMs, label: 'dry run (imports.check)' },
          {
            key: 'import_10k_lock_ms',
            value: applied.writeMs,
            label: 'write lock held by the one transaction',
          },
        ],
      };
    } finally {
      await core.close();
    }
  },
};
