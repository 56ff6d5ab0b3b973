import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema, NewUserRow, UserRow, UserRowUpdate } from '../db/schema';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

export function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByName(db: Db, userName: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('user_name', '=', userName).executeTakeFirst();
}

/** Every account that has not been removed, for the admin screen. */
export function listUsers(db: Db): Promise<UserRow[]> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('status', '!=', 'removed')
    .orderBy('id')
    .execute();
}

export async function insertUser(db: Db, row: NewUserRow): Promise<number> {
  const inserted = await db
    .insertInto('users')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateUser(db: Db, id: number, changes: UserRowUpdate): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Ids of accounts that may hold a key slot. */
export async function activeUserIds(db: Db): Promise<Set<number>> {
  const rows = await db.selectFrom('users').select('id').where('status', '=', 'active').execute();
  return new Set(rows.map((row) => row.id));
}
