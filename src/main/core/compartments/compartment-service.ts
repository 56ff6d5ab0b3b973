import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { loadSlotFile, writeSlotFile, type Slot } from '../auth/vault/slot-file';
import { registerSlot, unregisterSlotsOf } from '../auth/vault/slot-registry';
import { raiseNotice } from '../auth/vault/vault-notices';
import type { VaultScope } from '../auth/vault/vault-scope';
import type { DatabaseSchema, UserRow } from '../db/schema';
import { readOfficeSettings } from '../settings/office-settings';
import { eventFromCompartment } from './compartment-events';
import { mergeRecordsOf, refreshRecordsOf } from '../sync/compartment-sync';
import {
  compartmentExists,
  createCompartmentFile,
  openCompartment,
  removeCompartmentFile,
  type OpenCompartment,
} from './compartment-file';
import {
  dropEventsThrough,
  eventsAfter,
  readProfile,
  updateProfile,
} from './compartment-repository';
import {
  compartmentVouchesFor,
  profileSlot,
  rebuildCompartmentSlot,
  replaceCompartmentSlot,
} from './compartment-slot';
import { stampOfficeIdentity } from './office-identity';

type Db = Kysely<DatabaseSchema>;

async function compartmentKey(db: Db, userId: number): Promise<Buffer | null> {
  const row = await db
    .selectFrom('mentor_compartments')
    .select('compartment_key')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? Buffer.from(row.compartment_key) : null;
}

/** Runs `work` on a mentor's open compartment, closing it and wiping the key copy after. */
async function withCompartment<T>(
  scope: VaultScope,
  userId: number,
  work: (compartment: OpenCompartment, key: Buffer) => Promise<T>,
): Promise<T | null> {
  const key = await compartmentKey(scope.unlocked.db, userId);
  if (!key || !compartmentExists(scope.dataDir, userId)) return null;
  const compartment = await openCompartment(scope.dataDir, userId, key);
  try {
    return await work(compartment, key);
  } finally {
    await compartment.db.destroy();
    key.fill(0);
  }
}

/**
 * A mentor account gets a compartment: its own encrypted file with its own random key, kept in
 * the office database so office roles can write into it, and a slot sealing only that key.
 */
export async function createMentorCompartment(
  scope: VaultScope,
  user: UserRow,
  temporaryPassword: string,
): Promise<void> {
  const key = await createEmptyCompartment(scope, user);
  key.fill(0);
  await replaceMentorSlot(scope, user, temporaryPassword, 1);
}

/** The compartment file and its key in the office database; returns the key (caller wipes). */
export async function createEmptyCompartment(scope: VaultScope, user: UserRow): Promise<Buffer> {
  const { unlocked, dataDir } = scope;
  const key = randomBytes(32);
  try {
    const settings = await readOfficeSettings(unlocked.db);
    const now = scope.clock.now();
    await createCompartmentFile(dataDir, user.id, key, {
      user_id: user.id,
      user_name: user.user_name,
      full_name: user.full_name,
      position: user.position,
      must_change_password: 1,
      agency_name: settings.agencyName,
      idle_lock_minutes: settings.idleLockMinutes,
      slot: null,
      updated_at: now.toISOString(),
    });
    await unlocked.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('mentor_compartments')
        .values({
          user_id: user.id,
          file_name: `mentor-${user.id}.kaona`,
          compartment_key: Buffer.from(key),
          created_at: now.toISOString(),
        })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ compartment_key: Buffer.from(key) }))
        .execute();
      await unlocked.audit.recordIn(trx, event('vault.compartment_created', scope, user.id));
    });
    await unlocked.audit.afterCommit();
    return key;
  } catch (error) {
    key.fill(0);
    throw error;
  }
}

/** A new slot for a mentor (new account, reset by an admin, re-enabled). */
export async function replaceMentorSlot(
  scope: VaultScope,
  user: UserRow,
  secret: string,
  mustChangePassword: 0 | 1,
): Promise<void> {
  // A role change a crash cut short can leave a mentor without a compartment: make one.
  if (
    !(await compartmentKey(scope.unlocked.db, user.id)) ||
    !compartmentExists(scope.dataDir, user.id)
  )
    (await createEmptyCompartment(scope, user)).fill(0);
  const slot = await withCompartment(scope, user.id, (compartment, key) =>
    replaceCompartmentSlot({
      dataDir: scope.dataDir,
      compartment,
      compartmentKey: key,
      user,
      secret,
      mustChangePassword,
      now: scope.clock.now(),
    }),
  );
  if (!slot) throw new Error(`mentor ${user.id} has no compartment`);
  await registerMentorSlot(scope, user.id, slot);
}

/**
 * The mentor's account is gone (removed, disabled, or now an office role): what they wrote is
 * merged first, then the key is deleted from the office database and the file removed.
 */
export async function removeMentorCompartment(scope: VaultScope, userId: number): Promise<void> {
  const account = await scope.unlocked.db
    .selectFrom('users')
    .select('user_name')
    .where('id', '=', userId)
    .executeTakeFirst();
  await withCompartment(scope, userId, async (compartment) => {
    await mergeRecordsOf(scope, userId, compartment.db);
    await mergeEventsIn(scope, { id: userId, userName: account?.user_name ?? '' }, compartment);
  });
  const { unlocked } = scope;
  await unlocked.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('mentor_compartments').where('user_id', '=', userId).execute();
    await unlocked.audit.recordIn(trx, event('vault.compartment_removed', scope, userId));
  });
  await unlocked.audit.afterCommit();
  removeCompartmentFile(scope.dataDir, userId);
  const { slots } = loadSlotFile(scope.dataDir);
  const kept = slots.filter((slot) => !(slot.opens === 'compartment' && slot.userId === userId));
  if (kept.length !== slots.length) writeSlotFile(scope.dataDir, kept, 'same');
}

/**
 * At every office sign-in, for each compartment: the mentor's events join the office audit log
 * (once: the office remembers how far it merged), the compartment gets the office's current
 * details, a password change the mentor made is taken into the registry, and the mentor's slot
 * in the file is checked against the compartment's record. A compartment whose account is no
 * longer an active mentor (a removal or role change a crash cut short) is removed. One compartment
 * that cannot be read or synced is audited and skipped: it must not stop the office signing in, or
 * the key repair and any rotation due after it.
 */
export async function syncCompartments(scope: VaultScope): Promise<void> {
  const rows = await scope.unlocked.db
    .selectFrom('mentor_compartments')
    .innerJoin('users', 'users.id', 'mentor_compartments.user_id')
    .selectAll('users')
    .execute();
  for (const user of rows) {
    try {
      if (user.status === 'active' && user.role === 'mentor') await syncCompartment(scope, user);
      else await removeMentorCompartment(scope, user.id);
    } catch {
      await scope.unlocked.audit.record({
        action: 'vault.compartment_unreadable',
        outcome: 'failure',
        actor: scope.actor,
        target: { type: 'user', id: user.id },
      });
    }
  }
}

async function syncCompartment(scope: VaultScope, user: UserRow): Promise<void> {
  const { unlocked } = scope;
  const settings = await readOfficeSettings(unlocked.db);
  // One opening of the file for the whole sync (a sign-in goes through every compartment).
  await withCompartment(scope, user.id, async (compartment, key) => {
    // What the mentor wrote (sessions, actions, outcomes, conflict picks), then their events.
    const refused = await mergeRecordsOf(scope, user.id, compartment.db);
    await mergeEventsIn(scope, { id: user.id, userName: user.user_name }, compartment);
    const profile = await readProfile(compartment.db);
    await updateProfile(compartment.db, {
      user_id: user.id,
      user_name: user.user_name,
      full_name: user.full_name,
      position: user.position,
      agency_name: settings.agencyName,
      idle_lock_minutes: settings.idleLockMinutes,
    });
    await stampOfficeIdentity(unlocked.db, compartment);
    if (profile.must_change_password !== user.must_change_password) {
      await unlocked.db
        .updateTable('users')
        .set({ must_change_password: profile.must_change_password })
        .where('id', '=', user.id)
        .execute();
    }
    // The compartment is the mentor's to edit: what the office takes from it must be exactly a
    // user slot of this account that opens this compartment, whatever the record claims.
    const recorded = profileSlot(profile.slot);
    const trustworthy =
      recorded !== null &&
      recorded.kind === 'user' &&
      recorded.opens === 'compartment' &&
      recorded.userId === user.id &&
      recorded.userName === user.user_name &&
      profile.user_id === user.id;
    const { slots } = loadSlotFile(scope.dataDir);
    const mine = slots.filter((slot) => slot.opens === 'compartment' && slot.userId === user.id);
    const vouched: Slot[] = [];
    if (trustworthy) {
      for (const slot of mine)
        if (await compartmentVouchesFor(compartment, slot)) vouched.push(slot);
    }
    let current = vouched[0];
    if (!current && trustworthy)
      current = (await rebuildCompartmentSlot(compartment, key)) ?? undefined;
    if (vouched.length !== mine.length || (current && vouched.length === 0)) {
      const others = slots.filter((slot) => !mine.includes(slot));
      writeSlotFile(scope.dataDir, current ? [...others, current] : others, 'same');
    }
    if (current) await registerMentorSlot(scope, user.id, current);
    if (!trustworthy) {
      // The mentor cannot sign in until an admin sets a new password; the admin is told.
      await unlocked.db.transaction().execute(async (trx) => {
        await raiseNotice(trx, 'slot_file_tampered', scope.clock.now());
        await unlocked.audit.recordIn(trx, {
          action: 'vault.slot_rejected',
          outcome: 'denied',
          actor: scope.actor,
          target: { type: 'user', id: user.id },
          details: { why: 'compartment_record_changed' },
        });
      });
      await unlocked.audit.afterCommit();
    }
    // Last, what the mentor needs now (their cases, the records, open conflicts).
    await refreshRecordsOf(scope, user.id, compartment.db, refused);
  });
}

/** Copies the compartment's new events into the office audit log, in one transaction. */
async function mergeEventsIn(
  scope: VaultScope,
  mentor: { id: number; userName: string },
  compartment: OpenCompartment,
): Promise<void> {
  const { unlocked } = scope;
  const userId = mentor.id;
  const state = await unlocked.db
    .selectFrom('mentor_compartments')
    .select('merged_through_seq')
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const events = await eventsAfter(compartment.db, state.merged_through_seq);
  if (events.length === 0) return;
  const through = events[events.length - 1]!.seq;
  await unlocked.db.transaction().execute(async (trx) => {
    for (const entry of events) {
      const event = eventFromCompartment(entry, mentor);
      if (event) await unlocked.audit.recordIn(trx, event);
    }
    await trx
      .updateTable('mentor_compartments')
      .set({ merged_through_seq: through })
      .where('user_id', '=', userId)
      .execute();
  });
  await unlocked.audit.afterCommit();
  // Merged is merged: running this twice changes nothing, because the office counts by seq.
  await dropEventsThrough(compartment.db, through);
}

/**
 * Compartments marked for refresh (an assignment made or ended, a consent withdrawn, a mentee's
 * details edited) get what their mentor needs now, after their own records are merged in. Like
 * the sign-in's sync, a compartment that cannot be read is audited and skipped.
 */
export async function refreshDueCompartments(scope: VaultScope): Promise<void> {
  const due = await scope.unlocked.db
    .selectFrom('mentor_compartments')
    .innerJoin('users', 'users.id', 'mentor_compartments.user_id')
    .select('users.id')
    .where('mentor_compartments.refresh_due', '=', 1)
    .where('users.status', '=', 'active')
    .where('users.role', '=', 'mentor')
    .execute();
  for (const { id } of due) {
    try {
      await withCompartment(scope, id, async (compartment) => {
        const refused = await mergeRecordsOf(scope, id, compartment.db);
        await refreshRecordsOf(scope, id, compartment.db, refused);
      });
    } catch {
      await scope.unlocked.audit.record({
        action: 'vault.compartment_unreadable',
        outcome: 'failure',
        actor: scope.actor,
        target: { type: 'user', id },
      });
    }
  }
}

async function registerMentorSlot(scope: VaultScope, userId: number, slot: Slot): Promise<void> {
  const registered = await scope.unlocked.db
    .selectFrom('key_slots')
    .select('slot_id')
    .where('user_id', '=', userId)
    .execute();
  if (registered.length === 1 && registered[0]!.slot_id === slot.id) return;
  await scope.unlocked.db.transaction().execute(async (trx) => {
    await unregisterSlotsOf(trx, userId);
    await registerSlot(trx, slot, scope.clock.now());
  });
}

function event(
  action: 'vault.compartment_created' | 'vault.compartment_removed',
  scope: VaultScope,
  userId: number,
) {
  return {
    action,
    outcome: 'success' as const,
    actor: scope.actor,
    target: { type: 'user', id: userId },
  };
}
