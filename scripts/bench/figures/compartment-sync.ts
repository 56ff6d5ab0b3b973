import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { systemClock } from '../../../src/main/core/clock';
import {
  compartmentPath,
  createCompartmentFile,
  openCompartment,
  type OpenCompartment,
} from '../../../src/main/core/compartments/compartment-file';
import type { CompartmentSchema } from '../../../src/main/core/compartments/compartment-schema';
import type { DatabaseSchema } from '../../../src/main/core/db/schema';
import { mergeCompartmentInto } from '../../../src/main/core/sync/compartment-merge';
import {
  refreshCompartmentOf,
  type OfficeSide,
} from '../../../src/main/core/sync/compartment-refresh';
import type { SqliteDatabase } from '../../../src/main/core/db/connection';
import { openRawEncrypted } from '../raw-db';
import { median, timeMs } from '../timing';
import type { CaseBench } from '../case-office';
import type { BenchContext, Figure } from '../types';
import { closeMentoring } from './mentoring';

/**
 * A mentor's compartment against the mentoring bench's office (100,000 cases, 2,000 mentors,
 * 1,000,000 sessions): refreshing one mentor with 40 cases
 * (10 sessions each) and merging 200 sessions the mentor wrote. The raw side does the same reads
 * and writes with hand-prepared statements between a raw office file and a raw compartment
 * (no validation, no revisions, no audit): what the sync's rules and safety cost on top.
 */
const CASES = 40;
const SESSIONS_PER_CASE = 10;
const MERGED = 200;
const WARM_UP = 1;
const ROUNDS = 5;
const MENTOR_ID = 900_001;
const AT = '2026-11-27T03:00:00.000Z';

interface SyncSetup {
  office: OfficeSide;
  compartment: OpenCompartment;
  rawCompartment: SqliteDatabase;
  raw: SqliteDatabase;
  caseIds: number[];
}

const setups = new WeakMap<BenchContext, SyncSetup>();

function requireCases(context: BenchContext): CaseBench {
  if (!context.state.cases) throw new Error('bench: run the cases seed figure first');
  return context.state.cases;
}

async function setUp(context: BenchContext): Promise<SyncSetup> {
  const known = setups.get(context);
  if (known) return known;
  const bench = requireCases(context);
  const { db, raw } = bench;
  // Cases nobody mentors yet (the mentoring office assigns a third of its cases).
  const picked = await db
    .selectFrom('cases')
    .select('id')
    .where('mentor_id', 'is', null)
    .orderBy('id')
    .limit(CASES)
    .execute();
  const caseIds = picked.map((row) => row.id);
  await seedMentor(db, caseIds);
  seedMentorRaw(raw, caseIds);

  const dir = join(context.dir, 'sync-compartments');
  const key = randomBytes(32);
  await createCompartmentFile(dir, MENTOR_ID, key, {
    user_id: MENTOR_ID,
    user_name: 'mentor.sync',
    full_name: 'พี่เลี้ยง ทดสอบ',
    position: '',
    must_change_password: 0,
    agency_name: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
    idle_lock_minutes: 5,
    slot: null,
    updated_at: AT,
  });
  const compartment = await openCompartment(dir, MENTOR_ID, key);
  const rawDir = join(context.dir, 'sync-compartments-raw');
  const rawKey = randomBytes(32);
  await createCompartmentFile(rawDir, MENTOR_ID, rawKey, {
    user_id: MENTOR_ID,
    user_name: 'mentor.sync',
    full_name: 'พี่เลี้ยง ทดสอบ',
    position: '',
    must_change_password: 0,
    agency_name: '',
    idle_lock_minutes: 5,
    slot: null,
    updated_at: AT,
  });
  const rawCompartment = openRawEncrypted(compartmentPath(rawDir, MENTOR_ID), rawKey);
  const signedIn = bench.core.sessions.signedInCall();
  const office: OfficeSide = {
    db,
    audit: signedIn.audit,
    actor: signedIn.actor,
    clock: systemClock,
  };
  const setup = { office, compartment, rawCompartment, raw, caseIds };
  setups.set(context, setup);
  return setup;
}

function sessionValues(caseId: number, n: number) {
  return {
    id: randomUUID(),
    case_id: caseId,
    mentor_id: MENTOR_ID,
    held_on: '2026-11-28',
    held_time: '10:00',
    duration_minutes: 60,
    mode: 'line' as const,
    topics: '["shop_setup"]',
    summary: `ครั้งที่ ${n}: ช่วยลงสินค้าและตั้งราคา`,
    next_session_on: null,
    completed_action_ids: '[]',
    corrects_session_id: null,
    correction_note: '',
    revision: 1,
    created_at: AT,
    updated_at: AT,
    updated_by: MENTOR_ID,
  };
}

async function seedMentor(db: Kysely<DatabaseSchema>, caseIds: number[]): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: MENTOR_ID,
      user_name: 'mentor.sync',
      full_name: 'พี่เลี้ยง ทดสอบ',
      position: '',
      role: 'mentor',
      status: 'active',
      must_change_password: 0,
      created_at: AT,
      updated_at: AT,
      last_sign_in_at: null,
    })
    .execute();
  await db
    .insertInto('mentor_profiles')
    .values({
      user_id: MENTOR_ID,
      organisation_kind: 'lazada',
      organisation_name: 'Lazada',
      department: null,
      is_external: 1,
      online_only: 1,
      capacity: 50,
      available_from: null,
      available_until: null,
      active: 1,
      contact: '',
      notes: '',
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  await db.transaction().execute(async (trx) => {
    for (const caseId of caseIds) {
      await trx
        .insertInto('mentor_assignments')
        .values({
          case_id: caseId,
          mentor_id: MENTOR_ID,
          started_at: '2026-11-26T03:00:00.000Z',
          started_by: MENTOR_ID,
          reason: '',
          over_capacity_reason: '',
          ended_at: null,
          ended_by: null,
          end_kind: null,
          end_reason: '',
        })
        .execute();
      for (let n = 0; n < SESSIONS_PER_CASE; n++)
        await trx.insertInto('advisory_sessions').values(sessionValues(caseId, n)).execute();
    }
  });
}

function seedMentorRaw(raw: SqliteDatabase, caseIds: number[]): void {
  raw
    .prepare(
      `INSERT INTO users (id, user_name, full_name, role, created_at, updated_at)
       VALUES (?, 'mentor.sync', 'พี่เลี้ยง ทดสอบ', 'mentor', ?, ?)`,
    )
    .run(MENTOR_ID, AT, AT);
  const assign = raw.prepare(
    `INSERT INTO mentor_assignments (case_id, mentor_id, started_at, started_by)
     VALUES (?, ?, '2026-11-26T03:00:00.000Z', ?)`,
  );
  const session = raw.prepare(
    `INSERT INTO advisory_sessions (id, case_id, mentor_id, held_on, held_time, duration_minutes,
       mode, topics, summary, next_session_on, completed_action_ids, corrects_session_id,
       correction_note, revision, created_at, updated_at, updated_by)
     VALUES (@id, @case_id, @mentor_id, @held_on, @held_time, @duration_minutes, @mode, @topics,
       @summary, @next_session_on, @completed_action_ids, @corrects_session_id, @correction_note,
       @revision, @created_at, @updated_at, @updated_by)`,
  );
  raw.transaction(() => {
    for (const caseId of caseIds) {
      assign.run(caseId, MENTOR_ID, MENTOR_ID);
      for (let n = 0; n < SESSIONS_PER_CASE; n++) session.run(sessionValues(caseId, n));
    }
  })();
}

/** The same copy by hand: mentee rows, consents, sessions, skills, names, into the compartment. */
function rawRefresh(setup: SyncSetup): void {
  const { raw, rawCompartment, caseIds } = setup;
  const marks = caseIds.map(() => '?').join(', ');
  const consent = raw.prepare(
    `SELECT granted FROM consents WHERE beneficiary_id = ? AND purpose = ? ORDER BY id DESC LIMIT 1`,
  );
  const mentees = raw
    .prepare(
      `SELECT c.id AS case_id, c.case_number, c.beneficiary_id, b.first_name, b.last_name,
         b.nickname, b.phone, b.line_id, d.name_th AS district_name, p.name_th AS province_name,
         c.status, c.intake_date, a.started_at, c.occupation, c.products, c.product_category,
         c.skills, c.has_smartphone, c.has_internet, c.has_bank_account, c.has_product_photos,
         c.has_online_shop, c.lazada_seller_id, c.goals, c.mentoring_needs, c.sort_key
       FROM cases c JOIN beneficiaries b ON b.id = c.beneficiary_id
       JOIN mentor_assignments a ON a.case_id = c.id AND a.ended_at IS NULL
       LEFT JOIN address_subdistricts s ON s.id = b.current_subdistrict_id
       LEFT JOIN address_districts d ON d.id = s.district_id
       LEFT JOIN address_provinces p ON p.id = d.province_id
       WHERE c.id IN (${marks})`,
    )
    .all(...caseIds) as Record<string, unknown>[];
  const allowed = mentees.filter(
    (row) =>
      (consent.get(row.beneficiary_id, 'programme') as { granted: number } | undefined)?.granted ===
        1 &&
      (consent.get(row.beneficiary_id, 'share_lazada') as { granted: number } | undefined)
        ?.granted === 1,
  );
  const sessions = raw
    .prepare(`SELECT * FROM advisory_sessions WHERE case_id IN (${marks})`)
    .all(...caseIds) as Record<string, unknown>[];
  const skills = raw.prepare('SELECT * FROM mentor_skills').all() as Record<string, unknown>[];
  const people = raw
    .prepare('SELECT id AS user_id, full_name FROM users WHERE id = ?')
    .all(MENTOR_ID) as Record<string, unknown>[];
  const insertMentee = rawCompartment.prepare(
    `INSERT INTO mentee_cases (case_id, mentor_id, case_number, display_name, nickname, phone,
       line_id, district_name, province_name, status, intake_date, assigned_since, occupation,
       products, product_category, business_skills, has_smartphone, has_internet,
       has_bank_account, has_product_photos, has_online_shop, lazada_seller_id, goals,
       mentoring_needs, sort_key)
     VALUES (@case_id, ${MENTOR_ID}, @case_number, @first_name || ' ' || @last_name, @nickname,
       @phone, @line_id, coalesce(@district_name, ''), coalesce(@province_name, ''), @status,
       @intake_date, @started_at, @occupation, @products, @product_category, @skills,
       @has_smartphone, @has_internet, @has_bank_account, @has_product_photos, @has_online_shop,
       @lazada_seller_id, @goals, @mentoring_needs, @sort_key)`,
  );
  const insertSession = rawCompartment.prepare(
    `INSERT INTO advisory_sessions (id, case_id, mentor_id, held_on, held_time, duration_minutes,
       mode, topics, summary, next_session_on, completed_action_ids, corrects_session_id,
       correction_note, revision, created_at, updated_at, updated_by, dirty, base_revision)
     VALUES (@id, @case_id, @mentor_id, @held_on, @held_time, @duration_minutes, @mode, @topics,
       @summary, @next_session_on, @completed_action_ids, @corrects_session_id, @correction_note,
       @revision, @created_at, @updated_at, @updated_by, 0, @revision)`,
  );
  const insertSkill = rawCompartment.prepare(
    `INSERT INTO mentor_skills VALUES (@code, @label_th, @label_en, @sort_order, @active, @updated_at)`,
  );
  const insertPerson = rawCompartment.prepare('INSERT INTO people VALUES (@user_id, @full_name)');
  rawCompartment.transaction(() => {
    rawCompartment.exec('DELETE FROM mentee_cases; DELETE FROM mentor_skills; DELETE FROM people');
    rawCompartment.exec('DELETE FROM advisory_sessions WHERE dirty = 0');
    for (const row of allowed) insertMentee.run(row);
    for (const row of skills) insertSkill.run(row);
    for (const row of people) insertPerson.run(row);
    for (const row of sessions) insertSession.run(row);
    rawCompartment.prepare('UPDATE meta SET refreshed_at = ? WHERE id = 1').run(AT);
  })();
}

/** The same merge by hand: the dirty sessions inserted with their timeline lines. */
function rawMerge(setup: SyncSetup): void {
  const { raw, rawCompartment } = setup;
  const dirty = rawCompartment
    .prepare('SELECT * FROM advisory_sessions WHERE dirty = 1')
    .all() as Record<string, unknown>[];
  const exists = raw.prepare('SELECT revision FROM advisory_sessions WHERE id = ?');
  const insert = raw.prepare(
    `INSERT INTO advisory_sessions (id, case_id, mentor_id, held_on, held_time, duration_minutes,
       mode, topics, summary, next_session_on, completed_action_ids, corrects_session_id,
       correction_note, revision, created_at, updated_at, updated_by)
     VALUES (@id, @case_id, @mentor_id, @held_on, @held_time, @duration_minutes, @mode, @topics,
       @summary, @next_session_on, @completed_action_ids, @corrects_session_id, @correction_note,
       @revision, @created_at, @updated_at, @updated_by)`,
  );
  const timeline = raw.prepare(
    `INSERT INTO case_events (case_id, kind, at, by_user_id, detail)
     VALUES (?, 'session_logged', ?, ?, ?)`,
  );
  raw.transaction(() => {
    for (const row of dirty) {
      if (exists.get(row.id)) continue;
      const values = { ...row };
      delete values.dirty;
      delete values.base_revision;
      insert.run(values);
      timeline.run(row.case_id, AT, MENTOR_ID, JSON.stringify({ sessionId: row.id }));
    }
  })();
}

export const compartmentRefreshFigure: Figure = {
  name: 'mentoring-compartment-refresh',
  async run(context) {
    const setup = await setUp(context);
    const coreTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let round = 0; round < WARM_UP + ROUNDS; round++) {
      // A compartment that already holds everything is only read: make each round write.
      await setup.compartment.db.updateTable('meta').set({ office_uuid: '' }).execute();
      const coreMs = await timeMs(() =>
        refreshCompartmentOf(setup.office, MENTOR_ID, setup.compartment.db),
      );
      const rawMs = await timeMs(() => rawRefresh(setup));
      if (round >= WARM_UP) {
        coreTimes.push(coreMs);
        rawTimes.push(rawMs);
      }
    }
    return {
      label: `compartment refresh (${CASES} cases)`,
      unit: 'ms',
      core: { key: 'compartment_refresh_ms', value: median(coreTimes) },
      raw: { key: 'compartment_refresh_raw_ms', value: median(rawTimes) },
      ratioKey: 'compartment_refresh_ratio',
    };
  },
};

export const compartmentMergeFigure: Figure = {
  name: 'mentoring-compartment-merge',
  async run(context) {
    const setup = await setUp(context);
    const coreTimes: number[] = [];
    const rawTimes: number[] = [];
    const compartment = setup.compartment.db as Kysely<CompartmentSchema>;
    for (let round = 0; round < WARM_UP + ROUNDS; round++) {
      const arrivals = Array.from({ length: MERGED }, (_, n) =>
        sessionValues(setup.caseIds[n % setup.caseIds.length]!, n),
      );
      await compartment
        .insertInto('advisory_sessions')
        .values(arrivals.map((row) => ({ ...row, dirty: 1 as const, base_revision: null })))
        .execute();
      const insertRaw = setup.rawCompartment.prepare(
        `INSERT INTO advisory_sessions (id, case_id, mentor_id, held_on, held_time,
           duration_minutes, mode, topics, summary, next_session_on, completed_action_ids,
           corrects_session_id, correction_note, revision, created_at, updated_at, updated_by,
           dirty, base_revision)
         VALUES (@id, @case_id, @mentor_id, @held_on, @held_time, @duration_minutes, @mode,
           @topics, @summary, @next_session_on, @completed_action_ids, @corrects_session_id,
           @correction_note, @revision, @created_at, @updated_at, @updated_by, 1, NULL)`,
      );
      setup.rawCompartment.transaction(() => {
        for (const row of arrivals) insertRaw.run(row);
      })();
      const coreMs = await timeMs(() =>
        mergeCompartmentInto(setup.office, MENTOR_ID, compartment, 'compartment'),
      );
      const rawMs = await timeMs(() => rawMerge(setup));
      // The arrivals are the office's now (the refresh would write them back clean).
      await compartment.deleteFrom('advisory_sessions').where('dirty', '=', 1).execute();
      setup.rawCompartment.exec('DELETE FROM advisory_sessions WHERE dirty = 1');
      if (round >= WARM_UP) {
        coreTimes.push(coreMs);
        rawTimes.push(rawMs);
      }
    }
    await setup.compartment.db.destroy();
    setup.rawCompartment.close();
    // The last figure on the mentoring office closes it.
    await closeMentoring(context);
    return {
      label: `compartment merge (${MERGED} sessions)`,
      unit: 'ms',
      core: { key: 'compartment_merge_ms', value: median(coreTimes) },
      raw: { key: 'compartment_merge_raw_ms', value: median(rawTimes) },
      ratioKey: 'compartment_merge_ratio',
    };
  },
};
