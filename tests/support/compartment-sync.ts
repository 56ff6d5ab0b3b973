import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ManualClock } from '../../src/main/core/clock';
import { openCompartment } from '../../src/main/core/compartments/compartment-file';
import type { CompartmentSchema } from '../../src/main/core/compartments/compartment-schema';
import type { OfficeSide } from '../../src/main/core/sync/compartment-refresh';
import { MENTOR, OFFICER, addAccount, firstSignIn, setUpOffice, type TestOffice } from './office';
import { insertMentorProfile, type TestMentorProfile } from './mentors';
import { ensureTestPlaces, officeDb } from './cases';

export type Compartment = Kysely<CompartmentSchema>;

/** Five days after the template's start: assignments and intakes of the fixtures lie behind it. */
export const SYNC_NOW = new Date('2026-12-01T03:00:00Z');

/**
 * An office at SYNC_NOW with an officer (signed in) and a mentor with a registry profile (both
 * past their first sign-in): the start of a sync test.
 */
export async function officeForSync(
  dir: string,
  profile: TestMentorProfile = {},
): Promise<TestOffice & { officerId: number; mentorId: number; dir: string }> {
  const office = await setUpOffice(dir, { clock: new ManualClock(SYNC_NOW) });
  const officerId = await addAccount(office, OFFICER, 'officer');
  const mentorId = await addAccount(office, MENTOR, 'mentor');
  await ensureTestPlaces(officeDb(office));
  await insertMentorProfile(officeDb(office), mentorId, profile);
  await office.ok('session.signOut');
  await firstSignIn(office, MENTOR);
  await office.ok('session.signOut');
  await firstSignIn(office, OFFICER);
  return { ...office, officerId, mentorId, dir };
}

/** What the signed-in office hands the refresh and the merge. */
export function officeSide(office: Pick<TestOffice, 'core' | 'clock'>): OfficeSide {
  const call = office.core.sessions.signedInCall();
  return { db: call.db, audit: call.audit, actor: call.actor, clock: office.clock };
}

/** Opens a mentor's compartment with the key the office keeps for it. */
export async function withCompartment<T>(
  office: Pick<TestOffice, 'core'>,
  dir: string,
  mentorId: number,
  work: (compartment: Compartment) => Promise<T>,
): Promise<T> {
  const row = await officeDb(office)
    .selectFrom('mentor_compartments')
    .select('compartment_key')
    .where('user_id', '=', mentorId)
    .executeTakeFirstOrThrow();
  const opened = await openCompartment(dir, mentorId, Buffer.from(row.compartment_key));
  try {
    return await work(opened.db);
  } finally {
    await opened.db.destroy();
  }
}

const AT = '2026-11-30T04:00:00.000Z';

/** A session as the mentor's service writes it in a compartment (new: dirty, no base). */
export function sessionRow(
  caseId: number,
  mentorId: number,
  overrides: Record<string, unknown> = {},
) {
  return {
    id: randomUUID(),
    case_id: caseId,
    mentor_id: mentorId,
    held_on: '2026-11-30',
    held_time: '10:00',
    duration_minutes: 60,
    mode: 'line' as const,
    topics: JSON.stringify(['shop_setup']),
    summary: 'ช่วยเปิดร้านบน Lazada',
    next_session_on: '2026-12-07',
    completed_action_ids: '[]',
    corrects_session_id: null,
    correction_note: '',
    revision: 1,
    created_at: AT,
    updated_at: AT,
    updated_by: mentorId,
    dirty: 1 as const,
    base_revision: null,
    ...overrides,
  };
}

export function actionRow(
  sessionId: string,
  caseId: number,
  mentorId: number,
  overrides: Record<string, unknown> = {},
) {
  return {
    id: randomUUID(),
    session_id: sessionId,
    case_id: caseId,
    description: 'ถ่ายรูปสินค้า 10 รูป',
    owner: 'beneficiary' as const,
    due_on: '2026-12-05',
    done_on: null,
    done_in_session_id: null,
    revision: 1,
    updated_at: AT,
    updated_by: mentorId,
    dirty: 1 as const,
    base_revision: null,
    ...overrides,
  };
}

export function milestoneRow(
  caseId: number,
  mentorId: number,
  overrides: Record<string, unknown> = {},
) {
  return {
    id: `${caseId}:shop_opened`,
    case_id: caseId,
    kind: 'shop_opened' as const,
    occurred_on: '2026-11-29',
    shop_name: 'ผ้าไหมแม่หญิง',
    shop_ref: 'https://www.lazada.co.th/shop/phamaiyhing',
    products_count: null,
    note: '',
    revision: 1,
    recorded_at: AT,
    recorded_by: mentorId,
    dirty: 1 as const,
    base_revision: null,
    ...overrides,
  };
}

export function monthRow(
  caseId: number,
  mentorId: number,
  overrides: Record<string, unknown> = {},
) {
  return {
    id: `${caseId}:2026-11`,
    case_id: caseId,
    month: '2026-11',
    orders: 12,
    sales_satang: 360_000,
    income_satang: 120_000,
    source: 'self_reported' as const,
    evidence_attachment_id: null,
    note: '',
    revision: 1,
    recorded_at: AT,
    recorded_by: mentorId,
    dirty: 1 as const,
    base_revision: null,
    ...overrides,
  };
}

/** The same row as the office database holds it (no compartment bookkeeping). */
export function officeCopy<T extends { dirty: unknown; base_revision: unknown }>(
  row: T,
): Omit<T, 'dirty' | 'base_revision'> {
  const copy: Partial<T> = { ...row };
  delete copy.dirty;
  delete copy.base_revision;
  return copy as Omit<T, 'dirty' | 'base_revision'>;
}
