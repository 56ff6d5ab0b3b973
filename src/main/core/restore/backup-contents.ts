import type { SqliteDatabase } from '../db/connection';
import type { Role } from '../../../shared/permissions';
import { DEFAULT_OFFICE_SETTINGS } from '../../../shared/domain/office-settings';

/** What the opened copy holds, read with plain statements (its schema may be older than ours). */
export interface BackupFacts {
  officeName: string;
  officeUuid: string | null;
  accounts: { userName: string; role: Role; active: boolean }[];
  counts: Record<string, number>;
  newestAudit: { seq: number; mac: string } | null;
  /** Of the people erased in the office open now, those this copy holds not erased. */
  erasuresUndone: number[];
  /** Of the accounts inactive in the office open now, those active in this copy (id, name). */
  accountsRevived: { id: number; userName: string }[];
}

const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;

export function readBackupFacts(
  sqlite: SqliteDatabase,
  countTables: string[],
  erasedNow: readonly number[] = [],
  inactiveNow: readonly string[] = [],
): BackupFacts {
  const tables = new Set(
    (
      sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as {
        name: string;
      }[]
    ).map((row) => row.name),
  );
  const counts: Record<string, number> = {};
  // Only names that are tables of this database reach the SQL text (the manifest names them).
  for (const table of countTables) {
    if (!TABLE_NAME.test(table) || !tables.has(table)) continue;
    counts[table] = (
      sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }
    ).n;
  }
  const settings = tables.has('settings')
    ? (sqlite.prepare(`SELECT value FROM settings WHERE key = 'office'`).get() as
        { value: string } | undefined)
    : undefined;
  let officeName = DEFAULT_OFFICE_SETTINGS.agencyName;
  try {
    const parsed = settings ? (JSON.parse(settings.value) as { agencyName?: unknown }) : {};
    if (typeof parsed.agencyName === 'string') officeName = parsed.agencyName;
  } catch {
    // A settings row that is not JSON: the default name.
  }
  const identity = tables.has('office_identity')
    ? (sqlite.prepare('SELECT office_uuid FROM office_identity WHERE id = 1').get() as
        { office_uuid: string } | undefined)
    : undefined;
  const accounts = (
    sqlite.prepare('SELECT id, user_name, role, status FROM users ORDER BY user_name').all() as {
      id: number;
      user_name: string;
      role: Role;
      status: string;
    }[]
  ).map((row) => ({
    id: row.id,
    userName: row.user_name,
    role: row.role,
    active: row.status === 'active',
  }));
  // A removed account's password opens nothing today; restoring a copy where it is active gives
  // it back (found in review, issue 11).
  const inactive = new Set(inactiveNow);
  const accountsRevived = accounts
    .filter((account) => account.active && inactive.has(account.userName))
    .map(({ id, userName }) => ({ id, userName }));
  const newest = sqlite
    .prepare('SELECT seq, mac FROM audit_events ORDER BY seq DESC LIMIT 1')
    .get() as { seq: number; mac: string } | undefined;
  return {
    erasuresUndone: undoneErasures(sqlite, erasedNow),
    accountsRevived,
    officeName,
    officeUuid: identity?.office_uuid ?? null,
    accounts: accounts.map(({ userName, role, active }) => ({ userName, role, active })),
    counts,
    newestAudit: newest ?? null,
  };
}

/**
 * A copy made before an erasure holds the person whole (found in review, issue 11). A copy from
 * before migration 0012 has no `erased_at`: everyone it holds counts as not erased.
 */
function undoneErasures(sqlite: SqliteDatabase, erasedNow: readonly number[]): number[] {
  if (erasedNow.length === 0) return [];
  const columns = sqlite.prepare(`SELECT name FROM pragma_table_info('beneficiaries')`).all() as {
    name: string;
  }[];
  const hasErasedAt = columns.some((column) => column.name === 'erased_at');
  const held = sqlite.prepare(
    hasErasedAt
      ? 'SELECT 1 FROM beneficiaries WHERE id = ? AND erased_at IS NULL'
      : 'SELECT 1 FROM beneficiaries WHERE id = ?',
  );
  return erasedNow.filter((id) => held.get(id) !== undefined);
}
