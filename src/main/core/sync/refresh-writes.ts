import type { Kysely, Transaction } from 'kysely';
import type { CompartmentSchema } from '../compartments/compartment-schema';
import type { DatabaseSchema } from '../db/schema';

/** How the refresh writes a compartment: replaced rows, kept rows, and the no-change check. */

type Compartment = Kysely<CompartmentSchema>;

/** The mergeable tables, written by the refresh with `dirty = 0` and `base_revision = revision`. */
export const RECORD_TABLES = [
  'advisory_sessions',
  'session_actions',
  'outcome_milestones',
  'outcome_months',
] as const;
type RecordTable = (typeof RECORD_TABLES)[number];

/**
 * Replaces one table's rows with the office's: rows the office wrote go; rows of cases no longer
 * the mentor's go even when dirty (nothing of them may stay), and so do rows the merge refused;
 * a dirty row no merge has judged yet stays for the next one.
 */
export async function replaceRecords<T extends RecordTable>(
  trx: Transaction<CompartmentSchema>,
  table: T,
  rows: readonly { id: string; revision: number }[],
  caseIds: number[],
  refusedIds: ReadonlySet<string>,
): Promise<void> {
  // One code path for four tables of the same shape: typed as one table named `t`.
  const anyTable = trx as unknown as Transaction<{ t: LooseRow }>;
  const name = table as unknown as 't';
  const officeIds = new Set(rows.map((row) => row.id));
  const dirty = (await anyTable
    .selectFrom(name)
    .select(['id', 'case_id'])
    .where('dirty', '=', 1)
    .execute()) as { id: string; case_id: number }[];
  const mine = new Set(caseIds);
  const kept = new Set(
    dirty
      .filter((row) => mine.has(row.case_id) && !officeIds.has(row.id) && !refusedIds.has(row.id))
      .map((row) => row.id),
  );
  await anyTable
    .deleteFrom(name)
    .where((eb) => (kept.size ? eb('id', 'not in', [...kept]) : eb.lit(true)))
    .execute();
  const values = rows.map((row) => ({ ...row, dirty: 0, base_revision: row.revision }));
  for (const part of chunks(values)) await anyTable.insertInto(name).values(part).execute();
}

/**
 * The history of those sessions (for the mentor's "earlier versions"): the office's rows, and
 * the mentor's own unmerged ones of sessions still theirs where the office has no such row.
 */
export async function replaceRevisions(
  trx: Transaction<CompartmentSchema>,
  rows: readonly DatabaseSchema['advisory_session_revisions'][],
  caseIds: number[],
): Promise<void> {
  const keptSessions = trx
    .selectFrom('advisory_sessions')
    .select('id')
    .where('case_id', 'in', caseIds.length ? caseIds : [-1]);
  await trx
    .deleteFrom('advisory_session_revisions')
    .where((eb) => eb.or([eb('dirty', '=', 0), eb('session_id', 'not in', keptSessions)]))
    .execute();
  for (const part of chunks(rows.map((row) => ({ ...row, dirty: 0 as const }))))
    await trx
      .insertInto('advisory_session_revisions')
      .values(part)
      .onConflict((oc) =>
        oc.columns(['session_id', 'revision']).doUpdateSet((eb) => ({
          snapshot: eb.ref('excluded.snapshot'),
          changed_at: eb.ref('excluded.changed_at'),
          changed_by: eb.ref('excluded.changed_by'),
          dirty: 0,
        })),
      )
      .execute();
}

/** An office row as a refreshed compartment holds it. */
export function clean<T extends { revision: number }>(row: T) {
  return { ...row, dirty: 0, base_revision: row.revision };
}

/**
 * Whether the compartment holds exactly `planned` (same rows, same values, nothing of the
 * mentor's waiting to merge) for this office. Rows are compared by their content with the
 * columns in a fixed order, whatever order the tables list them in.
 */
export async function holdsAlready(
  compartment: Compartment,
  planned: Record<string, readonly object[]>,
  officeUuid: string,
): Promise<boolean> {
  const meta = await compartment.selectFrom('meta').select('office_uuid').executeTakeFirst();
  if (meta?.office_uuid !== officeUuid) return false;
  const loose = compartment as unknown as Kysely<{ t: Record<string, unknown> }>;
  for (const [table, rows] of Object.entries(planned)) {
    const held = await loose
      .selectFrom(table as 't')
      .selectAll()
      .execute();
    if (held.length !== rows.length) return false;
    const key = (row: object) => canonical(row);
    const heldKeys = held.map(key).sort();
    const plannedKeys = rows.map(key).sort();
    if (heldKeys.some((value, index) => value !== plannedKeys[index])) return false;
  }
  return true;
}

function canonical(row: object): string {
  const entries = Object.entries(row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

interface LooseRow {
  id: string;
  case_id: number;
  dirty: number;
  [column: string]: unknown;
}

/** SQLite takes at most 32,766 bound values per statement: insert in slices. */
export function chunks<T>(rows: readonly T[], size = 200): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < rows.length; i += size) parts.push(rows.slice(i, i + size));
  return parts;
}
