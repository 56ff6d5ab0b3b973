import type { Kysely, Transaction } from 'kysely';
import { addDays } from '../../../shared/thai/iso-date';
import { bangkokToday } from '../../../shared/thai/bangkok-time';
import type { MentorCall, SignedInCall } from '../call/call-context';
import type { CompartmentSchema } from '../compartments/compartment-schema';
import type { CompartmentMentoringTables, MentoringTables } from '../db/mentoring-schema';
import type { DatabaseSchema } from '../db/schema';

export type MentoringDb = Kysely<MentoringTables> | Transaction<MentoringTables>;

/**
 * Office staff recording progress (`progress.*`) go through the same services as a mentor in
 * office mode: this is the mentor call an office call makes, with the office's audit log.
 */
export function officeMentoringCall(call: SignedInCall): MentorCall {
  return {
    session: call.session,
    clock: call.clock,
    user: call.user,
    actor: call.actor,
    mode: 'office',
    db: call.db as unknown as Kysely<MentoringTables>,
    audited: (event, change) =>
      call.audited(event, (trx) => change(trx as unknown as Transaction<MentoringTables>)),
    record: (event) => call.audit.record({ ...event, actor: call.actor }),
    office: call,
  };
}

/** The office database behind a mentor call in office mode (same connection, wider type). */
export function officeDb(db: MentoringDb): Kysely<DatabaseSchema> {
  return db as unknown as Kysely<DatabaseSchema>;
}

/** The compartment behind a mentor call in compartment or carried mode. */
export function compartmentDb(db: MentoringDb): Kysely<CompartmentMentoringTables> {
  return db as unknown as Kysely<CompartmentMentoringTables>;
}

export function compartmentProfileDb(db: MentoringDb): Kysely<CompartmentSchema> {
  return db as unknown as Kysely<CompartmentSchema>;
}

/** Today's date in Bangkok by the call's clock. */
export function todayOf(call: Pick<MentorCall, 'clock'>): string {
  return bangkokToday(call.clock.now());
}

/** Monday and Sunday of the Bangkok week holding `today`. */
export function weekOf(today: string): { monday: string; sunday: string } {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const monday = addDays(today, -((weekday + 6) % 7));
  return { monday, sunday: addDays(monday, 6) };
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** JSON arrays of codes or ids as stored in text columns; anything unreadable is empty. */
export function jsonList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Names of the staff who wrote what is shown: the office's users, or in a compartment the
 * `people` the office copied there (and the mentor's own name from their profile).
 */
export async function staffNames(
  call: Pick<MentorCall, 'mode' | 'db' | 'user'>,
  ids: Iterable<number>,
): Promise<Map<number, string>> {
  const wanted = [...new Set(ids)];
  const names = new Map<number, string>();
  if (wanted.length === 0) return names;
  if (call.mode === 'office') {
    const rows = await officeDb(call.db)
      .selectFrom('users')
      .select(['id', 'full_name'])
      .where('id', 'in', wanted)
      .execute();
    for (const row of rows) names.set(row.id, row.full_name);
    return names;
  }
  const rows = await compartmentDb(call.db)
    .selectFrom('people')
    .select(['user_id', 'full_name'])
    .where('user_id', 'in', wanted)
    .execute();
  for (const row of rows) names.set(row.user_id, row.full_name);
  if (wanted.includes(call.user.id) && !names.has(call.user.id))
    names.set(call.user.id, await ownName(call));
  return names;
}

/** The signed-in person's own full name in either database. */
export async function ownName(call: Pick<MentorCall, 'mode' | 'db' | 'user'>): Promise<string> {
  if (call.mode === 'office') {
    const row = await officeDb(call.db)
      .selectFrom('users')
      .select('full_name')
      .where('id', '=', call.user.id)
      .executeTakeFirst();
    return row?.full_name ?? '';
  }
  const row = await compartmentProfileDb(call.db)
    .selectFrom('profile')
    .select('full_name')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.full_name ?? '';
}
