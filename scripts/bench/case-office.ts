import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Result } from '../../src/shared/contract/errors';
import { CONSENT_NOTICE_VERSION, CONSENT_PURPOSES } from '../../src/shared/domain/cases';
import {
  allocateCaseNumber,
  insertBeneficiary,
  insertCase,
  insertCaseEvent,
  insertConsents,
  insertTargetGroups,
} from '../../src/main/core/cases/case-intake-repository';
import { nameKey, nameSortKey } from '../../src/main/core/cases/person-names';
import { chainMac, GENESIS_MAC } from '../../src/main/core/audit/audit-chain';
import { type Core } from '../../src/main/core/create-core';
import {
  createKysely,
  openEncryptedDatabase,
  type SqliteDatabase,
} from '../../src/main/core/db/connection';
import { migrateToLatest } from '../../src/main/core/db/migrate';
import type { DatabaseSchema } from '../../src/main/core/db/schema';
import type { TargetGroup } from '../../src/shared/domain/cases';
import { benchCore, setUpBenchOffice } from './bench-office';
import { inBatches } from './dataset';
import { openRawEncrypted } from './raw-db';
import { BENCH_PLACES, benchPerson, type BenchPerson } from './thai-people';
import { timeMs } from './timing';

/**
 * The case bench's two offices: a real one (first run through the core, the admin signed in,
 * calls through the same dispatcher the app uses) and a raw better-sqlite3 file with the same
 * schema, pragmas and rows, written and read by hand-prepared statements.
 */
export interface CaseBench {
  core: Core;
  call: (channel: string, input: unknown) => Promise<Result<unknown>>;
  /** The office's Kysely (the core's connection). */
  db: Kysely<DatabaseSchema>;
  raw: SqliteDatabase;
  userId: number;
  rows: number;
}

const AT = '2026-11-26T03:00:00.000Z';

export async function openCaseBench(dir: string, rows: number): Promise<CaseBench> {
  const dataDir = join(dir, 'cases-office');
  const { core, dispatch, ok } = benchCore(dataDir);
  await setUpBenchOffice(ok);
  const signedIn = core.sessions.signedInCall();
  const db = signedIn.db;
  await insertPlaces((statement) => sql.raw(statement).execute(db));

  const rawFile = join(dir, 'cases-raw.db');
  const rawKey = randomBytes(32);
  const schemaOnly = createKysely(openEncryptedDatabase(rawFile, rawKey, { create: true }));
  await migrateToLatest(schemaOnly);
  await schemaOnly.destroy();
  const raw = openRawEncrypted(rawFile, rawKey);
  raw
    .prepare(
      `INSERT INTO users (id, user_name, full_name, role, created_at, updated_at)
       VALUES (?, 'bench.admin', 'ผู้ดูแล ระบบ', 'admin', ?, ?)`,
    )
    .run(signedIn.user.id, AT, AT);
  await insertPlaces((statement) => raw.exec(statement));
  return { core, call: dispatch, db, raw, userId: signedIn.user.id, rows };
}

/** The reference places, unless the real address data (migration 0006) is already there. */
export async function insertPlaces(run: (statement: string) => unknown): Promise<void> {
  const values = (list: string[]) => list.join(', ');
  const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const provinces = new Map(BENCH_PLACES.map((p) => [p.provinceId, p.province]));
  const districts = new Map(
    BENCH_PLACES.map((p) => [p.districtId, [p.provinceId, p.district] as const]),
  );
  await run(
    `INSERT OR IGNORE INTO address_provinces (id, name_th, name_en) VALUES ${values(
      [...provinces].map(([id, name]) => `(${id}, ${quote(name)}, '')`),
    )}`,
  );
  await run(
    `INSERT OR IGNORE INTO address_districts (id, province_id, name_th, name_en) VALUES ${values(
      [...districts].map(([id, [province, name]]) => `(${id}, ${province}, ${quote(name)}, '')`),
    )}`,
  );
  await run(
    `INSERT OR IGNORE INTO address_subdistricts (id, district_id, name_th, name_en) VALUES ${values(
      BENCH_PLACES.map((p) => `(${p.subdistrictId}, ${p.districtId}, ${quote(p.subdistrict)}, '')`),
    )}`,
  );
  await run(
    `INSERT OR IGNORE INTO address_postcodes (subdistrict_id, postcode) VALUES ${values(
      BENCH_PLACES.map((p) => `(${p.subdistrictId}, ${quote(p.postcode)})`),
    )}`,
  );
}

/** Case numbers of the bench count from the year of each person's intake date. */
function buddhistYear(intakeDate: string): number {
  return Number(intakeDate.slice(0, 4)) + 543;
}

function caseNumber(year: number, number: number): string {
  return `${year}-${String(number).padStart(6, '0')}`;
}

/** What both sides store for one person (the same JS work on each side). */
function personColumns(person: BenchPerson) {
  return {
    nameKey: nameKey(person.firstName, person.lastName),
    sortKey: nameSortKey(person.firstName, person.lastName),
  };
}

/** Seeds `rows` people with one case each through the core's repository, in batches. */
export async function seedThroughCore(bench: CaseBench): Promise<number> {
  const { db, userId } = bench;
  return timeMs(() =>
    inBatches(bench.rows, async (start, end) => {
      bench.core.sessions.touch();
      await db.transaction().execute(async (trx) => {
        for (let n = start; n < end; n++) {
          const person = benchPerson(n);
          const { nameKey: key, sortKey } = personColumns(person);
          const year = buddhistYear(person.intakeDate);
          const number = await allocateCaseNumber(trx, year);
          const beneficiaryId = await insertBeneficiary(trx, {
            title: person.title,
            title_other: '',
            first_name: person.firstName,
            last_name: person.lastName,
            nickname: person.nickname,
            latin_name: '',
            birth_date: person.birthDate,
            sex: person.sex,
            has_thai_id: 1,
            national_id: person.nationalId,
            other_id_document: null,
            other_id_number: '',
            phone: person.phone,
            line_id: '',
            registered_line: '99 หมู่ 4',
            registered_subdistrict_id: person.place.subdistrictId,
            registered_postcode: person.place.postcode,
            current_same_as_registered: 1,
            current_line: '99 หมู่ 4',
            current_subdistrict_id: person.place.subdistrictId,
            current_postcode: person.place.postcode,
            province_id: person.place.provinceId,
            name_key: key,
            sort_key: sortKey,
            created_at: AT,
            created_by: userId,
            updated_at: AT,
          });
          const caseId = await insertCase(trx, {
            ...CASE_DEFAULTS,
            case_number: caseNumber(year, number),
            beneficiary_id: beneficiaryId,
            status: n % 5 === 0 ? 'active' : 'intake',
            status_changed_at: AT,
            intake_date: person.intakeDate,
            department: person.department,
            flagship_project: person.flagshipProject,
            sort_key: sortKey,
            province_id: person.place.provinceId,
            created_at: AT,
            created_by: userId,
            updated_at: AT,
          });
          await insertTargetGroups(trx, caseId, person.targetGroups as TargetGroup[]);
          await insertConsents(
            trx,
            CONSENT_PURPOSES.map((purpose) => ({
              beneficiary_id: beneficiaryId,
              purpose,
              granted: 1 as const,
              notice_version: CONSENT_NOTICE_VERSION,
              given_by: 'self' as const,
              guardian_name: '',
              note: '',
              recorded_at: AT,
              recorded_by: userId,
            })),
          );
          await insertCaseEvent(trx, {
            case_id: caseId,
            kind: 'intake',
            at: AT,
            by_user_id: userId,
            detail: JSON.stringify({ caseNumber: caseNumber(year, number) }),
          });
        }
      });
    }),
  );
}

const CASE_DEFAULTS = {
  status_reason: '',
  referral_source: 'walk_in' as const,
  referral_source_detail: '',
  household_size: 4,
  monthly_income_satang: 850_000,
  welfare_card: 1 as const,
  disability_card: 0 as const,
  disability_types: '[]',
  health_notes: '',
  caregiver_name: '',
  caregiver_relation: '',
  occupation: 'ค้าขาย',
  skills: 'ทำขนม',
  products: 'ขนมไทย',
  has_smartphone: 1 as const,
  has_internet: 1 as const,
  has_bank_account: 1 as const,
  has_product_photos: 0 as const,
  has_online_shop: 0 as const,
  lazada_seller_id: '',
  goals: 'ขายออนไลน์',
  notes: '',
  mentor_id: null,
};

/** The raw side's prepared statements for one intake: the same SQL the repository emits. */
export function rawIntakeStatements(raw: SqliteDatabase) {
  return {
    counter: raw.prepare<[number], { last_number: number }>(
      `INSERT INTO case_number_counters (buddhist_year, last_number) VALUES (?, 1)
       ON CONFLICT (buddhist_year) DO UPDATE SET last_number = case_number_counters.last_number + 1
       RETURNING last_number`,
    ),
    beneficiary: raw.prepare(
      `INSERT INTO beneficiaries (title, title_other, first_name, last_name, nickname, latin_name,
        birth_date, sex, has_thai_id, national_id, other_id_document, other_id_number, phone,
        line_id, registered_line, registered_subdistrict_id, registered_postcode,
        current_same_as_registered, current_line, current_subdistrict_id, current_postcode,
        province_id, name_key, sort_key, created_at, created_by, updated_at)
       VALUES (?, '', ?, ?, ?, '', ?, ?, 1, ?, NULL, '', ?, '', '99 หมู่ 4', ?, ?, 1, '99 หมู่ 4', ?, ?,
        ?, ?, ?, ?, ?, ?) RETURNING id`,
    ),
    case: raw.prepare(
      `INSERT INTO cases (case_number, beneficiary_id, status, status_reason, status_changed_at,
        intake_date, department, flagship_project, referral_source, referral_source_detail,
        household_size, monthly_income_satang, welfare_card, disability_card, disability_types,
        health_notes, caregiver_name, caregiver_relation, occupation, skills, products,
        has_smartphone, has_internet, has_bank_account, has_product_photos, has_online_shop,
        lazada_seller_id, goals, notes, mentor_id, sort_key, province_id, created_at, created_by,
        updated_at)
       VALUES (?, ?, ?, '', ?, ?, ?, ?, 'walk_in', '', 4, 850000, 1, 0, '[]', '', '', '', 'ค้าขาย',
        'ทำขนม', 'ขนมไทย', 1, 1, 1, 0, 0, '', 'ขายออนไลน์', '', NULL, ?, ?, ?, ?, ?) RETURNING id`,
    ),
    group: raw.prepare(`INSERT INTO case_target_groups (case_id, target_group) VALUES (?, ?)`),
    consents: raw.prepare(
      `INSERT INTO consents (beneficiary_id, purpose, granted, notice_version, given_by,
        guardian_name, note, recorded_at, recorded_by)
       VALUES (?, 'programme', 1, ?, 'self', '', '', ?, ?), (?, 'share_lazada', 1, ?, 'self', '', '', ?, ?),
        (?, 'photos', 1, ?, 'self', '', '', ?, ?), (?, 'referral', 1, ?, 'self', '', '', ?, ?)`,
    ),
    event: raw.prepare(
      `INSERT INTO case_events (case_id, kind, at, by_user_id, detail) VALUES (?, 'intake', ?, ?, ?)`,
    ),
  };
}

export type RawIntake = ReturnType<typeof rawIntakeStatements>;

/** One person and their case by raw statements (inside the caller's transaction). */
export function rawInsertPerson(
  statements: RawIntake,
  person: BenchPerson,
  userId: number,
  status: string,
  intakeDate = person.intakeDate,
): number {
  const { nameKey: key, sortKey } = personColumns(person);
  const year = buddhistYear(intakeDate);
  const { last_number } = statements.counter.get(year)!;
  const number = caseNumber(year, last_number);
  const { id: beneficiaryId } = statements.beneficiary.get(
    person.title,
    person.firstName,
    person.lastName,
    person.nickname,
    person.birthDate,
    person.sex,
    person.nationalId,
    person.phone,
    person.place.subdistrictId,
    person.place.postcode,
    person.place.subdistrictId,
    person.place.postcode,
    person.place.provinceId,
    key,
    sortKey,
    AT,
    userId,
    AT,
  ) as { id: number };
  const { id: caseId } = statements.case.get(
    number,
    beneficiaryId,
    status,
    AT,
    intakeDate,
    person.department,
    person.flagshipProject,
    sortKey,
    person.place.provinceId,
    AT,
    userId,
    AT,
  ) as { id: number };
  for (const group of new Set(person.targetGroups)) statements.group.run(caseId, group);
  const consent = [beneficiaryId, CONSENT_NOTICE_VERSION, AT, userId];
  statements.consents.run(...consent, ...consent, ...consent, ...consent);
  statements.event.run(caseId, AT, userId, JSON.stringify({ caseNumber: number }));
  return caseId;
}

export async function seedRaw(bench: CaseBench): Promise<number> {
  const statements = rawIntakeStatements(bench.raw);
  const write = bench.raw.transaction((start: number, end: number) => {
    for (let n = start; n < end; n++)
      rawInsertPerson(statements, benchPerson(n), bench.userId, n % 5 === 0 ? 'active' : 'intake');
  });
  return timeMs(() => inBatches(bench.rows, (start, end) => write(start, end)));
}

/**
 * The raw side of an audit event: what `AuditLog.append` does (the newest MAC, the chained MAC,
 * one INSERT), by hand. Reads and saves through the core write one, so the raw side does too.
 */
export function rawAuditWriter(raw: SqliteDatabase, userId: number) {
  const key = randomBytes(32);
  const newest = raw.prepare<[], { seq: number; mac: string }>(
    'SELECT seq, mac FROM audit_events ORDER BY seq DESC LIMIT 1',
  );
  const insert = raw.prepare(`INSERT INTO audit_events (seq, at, actor_user_id, actor_user_name,
    actor_role, action, target_type, target_id, outcome, machine, app_version, details, mac)
    VALUES (@seq, @at, @actor_user_id, @actor_user_name, @actor_role, @action, @target_type,
    @target_id, @outcome, @machine, @app_version, @details, @mac)`);
  return (action: string, details: Record<string, unknown>): void => {
    const previous = newest.get();
    const fields = {
      seq: (previous?.seq ?? 0) + 1,
      at: new Date().toISOString(),
      actor_user_id: userId,
      actor_user_name: 'bench.admin',
      actor_role: 'admin',
      action,
      target_type: null,
      target_id: null,
      outcome: 'success' as const,
      machine: 'BENCH-PC',
      app_version: '0.0.0-bench',
      details: JSON.stringify(details),
    };
    insert.run({ ...fields, mac: chainMac(key, fields, previous?.mac ?? GENESIS_MAC) });
  };
}
