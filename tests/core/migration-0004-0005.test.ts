import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { createKysely, openEncryptedDatabase } from '../../src/main/core/db/connection';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { randomKey } from '../support/database';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

async function officeAt(version: string): Promise<{ db: Kysely<unknown>; migrator: Migrator }> {
  const sqlite = openEncryptedDatabase(join(tempDir(), 'kaona.db'), randomKey(), { create: true });
  const db = createKysely(sqlite) as unknown as Kysely<unknown>;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
  });
  const result = await migrator.migrateTo(version);
  if (result.error) throw result.error;
  await sql`
    INSERT INTO users (user_name, full_name, role, created_at, updated_at)
    VALUES ('officer.a', 'อนันต์ ทองดี', 'officer', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')
  `.execute(db);
  return { db, migrator };
}

const NOW = '2026-11-26T03:00:00Z';

function person(id: number, fields: Record<string, unknown> = {}) {
  const row: Record<string, unknown> = {
    id,
    title: 'miss',
    first_name: 'สมศรี',
    last_name: 'ใจดี',
    nickname: 'ศรี',
    birth_date: '1990-05-08',
    sex: 'female',
    has_thai_id: 1,
    national_id: '1103700123453',
    phone: '+66812345678',
    current_same_as_registered: 1,
    name_key: 'สมศรีใจดี',
    sort_key: 'k',
    created_at: NOW,
    created_by: 1,
    updated_at: NOW,
    ...fields,
  };
  const columns = Object.keys(row);
  return sql`INSERT INTO beneficiaries (${sql.join(columns.map((c) => sql.ref(c)))})
    VALUES (${sql.join(columns.map((c) => row[c]))})`;
}

function aCase(id: number, beneficiaryId: number, fields: Record<string, unknown> = {}) {
  const row: Record<string, unknown> = {
    id,
    case_number: `2569-${String(id).padStart(6, '0')}`,
    beneficiary_id: beneficiaryId,
    status: 'intake',
    status_changed_at: NOW,
    intake_date: '2026-11-26',
    department: 'dwf',
    flagship_project: 'jobs_and_income',
    referral_source: 'walk_in',
    household_size: 4,
    monthly_income_satang: 0,
    welfare_card: 0,
    disability_card: 0,
    has_smartphone: 1,
    has_internet: 1,
    has_bank_account: 1,
    has_product_photos: 0,
    has_online_shop: 0,
    sort_key: 'k',
    created_at: NOW,
    created_by: 1,
    updated_at: NOW,
    ...fields,
  };
  const columns = Object.keys(row);
  return sql`INSERT INTO cases (${sql.join(columns.map((c) => sql.ref(c)))})
    VALUES (${sql.join(columns.map((c) => row[c]))})`;
}

describe('migration 0004-case-files', () => {
  it('adds the case file tables to an office at 0003, with their checks', async () => {
    const { db, migrator } = await officeAt('0003-key-slot-registry');
    const result = await migrator.migrateTo('0004-case-files');
    expect(result.error).toBeUndefined();
    const users = await sql<{ n: number }>`SELECT count(*) AS n FROM users`.execute(db);
    expect(users.rows).toEqual([{ n: 1 }]);

    await person(1).execute(db);
    // One national ID per person; a person without a Thai ID has none, and may share "none".
    await expect(person(2).execute(db)).rejects.toThrow(/UNIQUE/);
    await person(3, { has_thai_id: 0, national_id: null }).execute(db);
    await person(4, { has_thai_id: 0, national_id: null }).execute(db);
    await expect(person(5, { has_thai_id: 1, national_id: null }).execute(db)).rejects.toThrow(
      /CHECK/,
    );
    await expect(person(6, { national_id: '110370012345' }).execute(db)).rejects.toThrow(/CHECK/);
    await expect(
      person(7, { national_id: '3100000000001', title: 'sir' }).execute(db),
    ).rejects.toThrow(/CHECK/);

    await aCase(1, 1).execute(db);
    await expect(aCase(2, 1, { case_number: '2569-000001' }).execute(db)).rejects.toThrow(/UNIQUE/);
    await expect(aCase(3, 1, { status: 'archived' }).execute(db)).rejects.toThrow(/CHECK/);
    await expect(aCase(4, 1, { household_size: 0 }).execute(db)).rejects.toThrow(/CHECK/);
    await expect(aCase(5, 1, { department: 'lazada' }).execute(db)).rejects.toThrow(/CHECK/);
    await expect(aCase(6, 999).execute(db)).rejects.toThrow(/FOREIGN KEY/);
    await expect(
      sql`INSERT INTO case_target_groups (case_id, target_group) VALUES (1, 'everyone')`.execute(
        db,
      ),
    ).rejects.toThrow(/CHECK/);
    await expect(
      sql`INSERT INTO case_number_counters (buddhist_year, last_number) VALUES (2569, -1)`.execute(
        db,
      ),
    ).rejects.toThrow(/CHECK/);

    // Consents are history: a row is never changed, a withdrawal is a new row.
    await sql`INSERT INTO consents (beneficiary_id, purpose, granted, notice_version, given_by,
      recorded_at, recorded_by) VALUES (1, 'programme', 1, '2569-1', 'self', ${NOW}, 1)`.execute(
      db,
    );
    await expect(sql`UPDATE consents SET granted = 0`.execute(db)).rejects.toThrow(/append-only/);
    await expect(
      sql`INSERT INTO consents (beneficiary_id, purpose, granted, notice_version, given_by,
        recorded_at, recorded_by) VALUES (1, 'marketing', 1, '2569-1', 'self', ${NOW}, 1)`.execute(
        db,
      ),
    ).rejects.toThrow(/CHECK/);
    await expect(
      sql`INSERT INTO address_postcodes (subdistrict_id, postcode) VALUES (1, '4000')`.execute(db),
    ).rejects.toThrow(/CHECK|FOREIGN KEY/);
    await db.destroy();
  });
});

describe('migration 0005-case-search-sqlite', () => {
  it('indexes the cases already saved at 0004, and the triggers keep the index in step', async () => {
    const { db, migrator } = await officeAt('0004-case-files');
    await person(1).execute(db);
    await aCase(1, 1).execute(db);

    const result = await migrator.migrateTo('0005-case-search-sqlite');
    expect(result.error).toBeUndefined();
    const found = async (text: string) =>
      (
        await sql<{
          rowid: number;
        }>`SELECT rowid FROM case_search WHERE case_search MATCH ${`"${text}"`}
          ORDER BY rowid`.execute(db)
      ).rows.map((row) => row.rowid);

    // A case saved before the index existed is found as well as one saved after.
    expect(await found('มศร')).toEqual([1]);
    await person(2, {
      first_name: 'สมชาย',
      last_name: 'ศรีสุข',
      nickname: 'ชาย',
      national_id: '3100000000001'.replace(/.$/, '7'),
      phone: '+66898765432',
    }).execute(db);
    await aCase(2, 2).execute(db);
    expect(await found('ศรี')).toEqual([1, 2]);
    // Phones are indexed in the local form a clerk types.
    expect(await found('0898765')).toEqual([2]);
    expect(await found('+6689')).toEqual([]);
    expect(await found('2569-000002')).toEqual([2]);

    // A person's change reaches each of their cases; a case's change reaches its row.
    await sql`UPDATE beneficiaries SET first_name = 'มาลี', phone = '+66811111111' WHERE id = 2`.execute(
      db,
    );
    expect(await found('สมชาย')).toEqual([]);
    expect(await found('มาลี')).toEqual([2]);
    expect(await found('0811111')).toEqual([2]);
    await aCase(3, 2, { status: 'active' }).execute(db);
    expect(await found('มาลี')).toEqual([2, 3]);
    await sql`UPDATE cases SET case_number = '2570-000001' WHERE id = 3`.execute(db);
    expect(await found('2570-000001')).toEqual([3]);
    expect(await found('2569-000003')).toEqual([]);
    await sql`UPDATE cases SET beneficiary_id = 1 WHERE id = 3`.execute(db);
    expect(await found('สมศรี')).toEqual([1, 3]);
    await sql`DELETE FROM cases WHERE id = 3`.execute(db);
    expect(await found('สมศรี')).toEqual([1]);
    const rows = await sql<{ n: number }>`SELECT count(*) AS n FROM case_search`.execute(db);
    expect(rows.rows).toEqual([{ n: 2 }]);
    await db.destroy();
  });
});
