import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely, openEncryptedDatabase } from '../../src/main/core/db/connection';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { randomKey } from '../support/database';

const NAME = '0013-dashboard-indexes';
const INDEXES = [
  'cases_dashboard',
  'cases_dashboard_by_mentor',
  'cases_dashboard_baseline',
  'advisory_sessions_by_held_on',
  'advisory_sessions_corrections',
  'outcome_milestones_by_day',
];

/** N-1 → N: the migration before 0013 (whichever it is after the merge), then 0013. */
describe(`migration ${NAME}`, () => {
  let dir: string;
  let db: Kysely<unknown>;
  let migrator: Migrator;
  const indexes = async () =>
    (
      await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'index'`.execute(db)
    ).rows.map((row) => row.name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kaona-test-'));
    db = createKysely(
      openEncryptedDatabase(join(dir, 'kaona.db'), randomKey(), { create: true }),
    ) as unknown as Kysely<unknown>;
    migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
    const names = Object.keys(MIGRATIONS);
    const previous = names[names.indexOf(NAME) - 1]!;
    expect((await migrator.migrateTo(previous)).error).toBeUndefined();
  });

  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds the dashboard indexes', async () => {
    expect(await indexes()).not.toEqual(expect.arrayContaining(INDEXES.slice(0, 1)));
    expect((await migrator.migrateTo(NAME)).error).toBeUndefined();
    expect(await indexes()).toEqual(expect.arrayContaining(INDEXES));
  });

  it('lets the sessions of a month be counted from the index alone', async () => {
    const plan = await sql<{ detail: string }>`
      EXPLAIN QUERY PLAN SELECT count(*) FROM advisory_sessions
      WHERE held_on >= '2025-10-01' AND held_on < '2025-11-01'`.execute(db);
    expect(plan.rows.map((row) => row.detail).join(' ')).toContain(
      'COVERING INDEX advisory_sessions_by_held_on',
    );
  });
});
