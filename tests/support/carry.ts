import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  downloadsFolderChooser,
  DOWNLOADS_FOLDER,
} from '../../src/main/core/files/downloads-folder';
import type { MentoringTables } from '../../src/main/core/db/mentoring-schema';
import { insertTestCase, officeDb } from './cases';
import { insertAssignment, insertMentorProfile } from './mentors';
import {
  ADMIN,
  MENTOR,
  OFFICER,
  addAccount,
  firstSignIn,
  openOffice,
  setUpOffice,
  type TestOffice,
} from './office';

export const MENTOR_B = {
  userName: 'mentor.b',
  password: 'Mentor-b-pass-2569',
  fullName: 'Boon Adviser',
};

/** Marker strings written into a compartment: no carried file may hold them as plaintext. */
export const MARKERS = ['CARRY-MARKER-SUMMARY-7f3a', 'บันทึกลับ-ทดสอบ'];

export function carryTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kaona-carry-'));
}

/**
 * An office whose saves land in `downloads/` (as in the web host), with an officer, mentor A
 * (MENTOR) and mentor B, all past their first sign-in, and one consenting case assigned to
 * mentor A; the officer is signed in. The officer's sign-in after the mentors' stamps the
 * office's identity into their compartments.
 */
export async function carryOffice(dir: string): Promise<
  TestOffice & {
    dir: string;
    officerId: number;
    mentorId: number;
    mentorBId: number;
    caseId: number;
  }
> {
  const office = await setUpOffice(dir, { host: { chooseSavePath: downloadsFolderChooser(dir) } });
  const officerId = await addAccount(office, OFFICER, 'officer');
  const mentorId = await addAccount(office, MENTOR, 'mentor');
  const mentorBId = await addAccount(office, MENTOR_B, 'mentor');
  const { caseId } = await insertTestCase(officeDb(office), { granted: ['share_volunteers'] });
  // A volunteer mentor: the case consented to sharing with volunteers, so the refresh gives it.
  await insertMentorProfile(officeDb(office), mentorId, {
    organisation_kind: 'volunteer',
    organisation_name: 'อาสาสมัครชุมชน',
  });
  await insertAssignment(officeDb(office), { caseId, mentorId, startedBy: officerId });
  await office.ok('session.signOut');
  await firstSignIn(office, MENTOR);
  await office.ok('session.signOut');
  await firstSignIn(office, MENTOR_B);
  await office.ok('session.signOut');
  await firstSignIn(office, OFFICER);
  return { ...office, dir, officerId, mentorId, mentorBId, caseId };
}

/** A session row as the mentor's own work writes it into a compartment (dirty, no base). */
export async function writeSessionRow(
  db: Kysely<MentoringTables>,
  options: { caseId: number; mentorId: number; summary: string; at: string },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('advisory_sessions')
    .values({
      id,
      case_id: options.caseId,
      mentor_id: options.mentorId,
      held_on: options.at.slice(0, 10),
      held_time: '10:00',
      duration_minutes: 60,
      mode: 'phone',
      topics: '[]',
      summary: options.summary,
      next_session_on: null,
      completed_action_ids: '[]',
      corrects_session_id: null,
      correction_note: '',
      revision: 1,
      created_at: options.at,
      updated_at: options.at,
      updated_by: options.mentorId,
    })
    .execute();
  return id;
}

/** Signs `person` in, exports, signs out; returns the file's bytes. */
export async function exportAs(
  office: Pick<TestOffice, 'ok'> & { dir: string },
  person: { userName: string; password: string },
  before?: () => Promise<void>,
): Promise<{ bytes: Buffer; sequence: number }> {
  await office.ok('session.signIn', credentials(person));
  await before?.();
  const exported = await office.ok('carry.export');
  await office.ok('session.signOut');
  if (!exported.savedTo) throw new Error('nothing saved');
  return {
    bytes: readFileSync(join(office.dir, DOWNLOADS_FOLDER, exported.savedTo)),
    sequence: exported.sequence,
  };
}

/** What the sign-in form sends for a test person. */
export function credentials(person: { userName: string; password: string }) {
  return { userName: person.userName, password: person.password };
}

export function importInput(mentorId: number, bytes: Buffer) {
  return { mentorId, fileName: 'mentor.kaona-carry', contentBase64: bytes.toString('base64') };
}

export { ADMIN, MENTOR, OFFICER, openOffice };
