import type { SqliteDatabase } from '../../src/main/core/db/connection';
import { DEFAULT_SKILLS, LANGUAGES } from '../../src/shared/domain/mentoring';
import { openCaseBench, rawInsertPerson, rawIntakeStatements, type CaseBench } from './case-office';
import { BENCH_PLACES, benchPerson } from './thai-people';
import { seededRandom, timeMs } from './timing';

/**
 * The mentoring bench's office (issue 9): `rows` cases, 2,000 mentors and 1,000,000 advisory
 * sessions on both sides (core office and raw file), written by the same statements — seeding
 * is not a measured figure. An officer who also mentors (40 cases) is signed in for the office
 * reads; a mentor account with a real compartment (40 cases) serves the refresh and the merge;
 * one case carries 300 sessions for the timeline figure.
 */
export interface MentoringBench extends CaseBench {
  officerId: number;
  /** The mentor account with a compartment (role mentor). */
  compartmentMentorId: number;
  /** The case with 300 sessions. */
  timelineCaseId: number;
  /** A case to rank mentors for (open, needs and a province set). */
  rankCaseId: number;
  mentorIds: number[];
  sessions: number;
  /** How long seeding took on each side (not a target: the same statements on both). */
  seedMs: { core: number; raw: number };
}

export const MENTORS = 2_000;
export const SESSIONS = 1_000_000;
export const WORKSPACE_CASES = 40;
export const TIMELINE_SESSIONS = 300;

const OFFICER = {
  userName: 'bench.officer',
  fullName: 'เจ้าหน้าที่ ทดสอบ',
  password: 'Bench-officer-2569!',
};
const MENTOR = {
  userName: 'bench.mentor',
  fullName: 'พี่เลี้ยง ทดสอบ',
  password: 'Bench-mentor-2569!',
};
const AT = '2026-11-26T03:00:00.000Z';

export async function openMentoringBench(dir: string, rows: number): Promise<MentoringBench> {
  const bench = await openCaseBench(dir, rows);
  const ok = async (channel: string, input: unknown = {}) => {
    const result = await bench.call(channel, input);
    if (!result.ok) throw new Error(`bench: ${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value as Record<string, unknown>;
  };
  const officer = await ok('accounts.create', {
    userName: OFFICER.userName,
    fullName: OFFICER.fullName,
    position: '',
    role: 'officer',
    temporaryPassword: `${OFFICER.password}-temp`,
  });
  const mentor = await ok('accounts.create', {
    userName: MENTOR.userName,
    fullName: MENTOR.fullName,
    position: '',
    role: 'mentor',
    temporaryPassword: `${MENTOR.password}-temp`,
  });
  for (const person of [MENTOR, OFFICER]) {
    await ok('session.signOut');
    await ok('session.signIn', { userName: person.userName, password: `${person.password}-temp` });
    await ok('session.changePassword', {
      currentPassword: `${person.password}-temp`,
      newPassword: person.password,
    });
  }
  const officerId = officer.id as number;
  const compartmentMentorId = mentor.id as number;
  const coreSqlite = bench.core.sessions.unlocked().sqlite;
  for (const [id, user] of [
    [officerId, OFFICER],
    [compartmentMentorId, MENTOR],
  ] as const) {
    bench.raw
      .prepare(
        `INSERT INTO users (id, user_name, full_name, role, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(id, user.userName, user.fullName, id === officerId ? 'officer' : 'mentor', AT, AT);
  }
  const seed = (sqlite: SqliteDatabase) =>
    seedMentoring(sqlite, { rows, userId: bench.userId, officerId, compartmentMentorId });
  let layout: SeedLayout | undefined;
  process.stderr.write('bench: mentoring seed (core side)…\n');
  const coreSeedMs = await timeMs(() => (layout = seed(coreSqlite)));
  process.stderr.write(
    `bench: mentoring seed (core side) ${Math.round(coreSeedMs)} ms; raw side…\n`,
  );
  const rawSeedMs = await timeMs(() => seed(bench.raw));
  return {
    ...bench,
    // The sign-ins above closed and reopened the office: its Kysely is the officer session's.
    db: bench.core.sessions.signedInCall().db,
    officerId,
    compartmentMentorId,
    timelineCaseId: layout!.timelineCaseId,
    rankCaseId: layout!.rankCaseId,
    mentorIds: layout!.mentorIds,
    sessions: SESSIONS,
    seedMs: { core: coreSeedMs, raw: rawSeedMs },
  };
}

interface SeedLayout {
  mentorIds: number[];
  timelineCaseId: number;
  rankCaseId: number;
}

/**
 * Cases, mentors, assignments, sessions, actions and their timeline rows, by hand-prepared
 * statements in large transactions: identical on both sides (ids included).
 */
function seedMentoring(
  sqlite: SqliteDatabase,
  options: { rows: number; userId: number; officerId: number; compartmentMentorId: number },
): SeedLayout {
  const { rows, userId, officerId, compartmentMentorId } = options;
  const intake = rawIntakeStatements(sqlite);
  const people = sqlite.transaction((start: number, end: number) => {
    for (let n = start; n < end; n++)
      rawInsertPerson(intake, benchPerson(n), userId, n % 3 === 0 ? 'mentoring' : 'active');
  });
  for (let start = 0; start < rows; start += 5_000) people(start, Math.min(rows, start + 5_000));
  // What matching reads from a case: needs, category and languages.
  const codes = DEFAULT_SKILLS.map((skill) => skill.code);
  sqlite.exec(`
    UPDATE cases SET
      product_category = CASE id % 4 WHEN 0 THEN 'food' WHEN 1 THEN 'fashion'
        WHEN 2 THEN 'handicraft' ELSE 'agriculture' END,
      languages = CASE id % 10 WHEN 0 THEN '["th","lo"]' ELSE '["th"]' END
  `);
  sqlite.exec(`
    UPDATE cases SET mentoring_needs = json_array(
      CASE id % 8 ${codes.map((code, i) => `WHEN ${i} THEN '${code}'`).join(' ')} END,
      CASE (id / 8) % 8 ${codes.map((code, i) => `WHEN ${i} THEN '${code}'`).join(' ')} END)
  `);

  // 2,000 mentors: user rows, profiles, skills, categories, provinces, languages.
  const random = seededRandom(0x3e7);
  const firstMentorId =
    (sqlite.prepare('SELECT max(id) AS id FROM users').get() as { id: number }).id + 1;
  const mentorIds: number[] = [];
  const user = sqlite.prepare(
    `INSERT INTO users (id, user_name, full_name, role, created_at, updated_at)
     VALUES (?, ?, ?, 'mentor', ?, ?)`,
  );
  const profile = sqlite.prepare(
    `INSERT INTO mentor_profiles (user_id, organisation_kind, organisation_name, department,
      is_external, online_only, capacity, available_from, available_until, active, contact, notes,
      version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, '', '', 1, ?, ?)`,
  );
  const skill = sqlite.prepare(
    'INSERT INTO mentor_profile_skills (user_id, skill_code) VALUES (?, ?)',
  );
  const category = sqlite.prepare(
    'INSERT INTO mentor_profile_categories (user_id, category) VALUES (?, ?)',
  );
  const province = sqlite.prepare(
    'INSERT INTO mentor_profile_provinces (user_id, province_id) VALUES (?, ?)',
  );
  const language = sqlite.prepare(
    'INSERT INTO mentor_profile_languages (user_id, language) VALUES (?, ?)',
  );
  const categories = ['food', 'fashion', 'handicraft', 'agriculture', 'beauty', 'home'];
  const provinces = [...new Set(BENCH_PLACES.map((place) => place.provinceId))];
  const addProfile = (id: number, n: number) => {
    const kind = n % 3 === 0 ? 'department' : n % 3 === 1 ? 'lazada' : 'volunteer';
    profile.run(
      id,
      kind,
      kind === 'lazada' ? 'Lazada' : kind === 'department' ? 'พส.' : 'อาสาสมัคร',
      kind === 'department' ? 'dsdw' : null,
      kind === 'department' ? 0 : 1,
      n % 7 === 0 ? 1 : 0,
      id === officerId || id === compartmentMentorId ? 60 : 10 + (n % 31),
      n % 20 === 0 ? 0 : 1,
      AT,
      AT,
    );
    const skills = new Set([
      codes[n % 8]!,
      codes[(n * 3 + 1) % 8]!,
      codes[Math.floor(random() * 8)]!,
    ]);
    for (const code of skills) skill.run(id, code);
    for (const code of new Set([categories[n % 6]!, categories[(n + 2) % 6]!]))
      category.run(id, code);
    for (const place of new Set([
      provinces[n % provinces.length]!,
      provinces[(n * 5) % provinces.length]!,
    ]))
      province.run(id, place);
    language.run(id, 'th');
    if (n % 9 === 0) language.run(id, LANGUAGES[2]);
  };
  sqlite.transaction(() => {
    for (let n = 0; n < MENTORS; n++) {
      const id = firstMentorId + n;
      user.run(id, `bench.mentor.${n}`, `พี่เลี้ยง ลำดับ${String(n).padStart(4, '0')}`, AT, AT);
      addProfile(id, n);
      mentorIds.push(id);
    }
    addProfile(officerId, 1);
    addProfile(compartmentMentorId, 1);
  })();

  // Assignments: every case id % 3 === 1 (status mentoring); the officer and the compartment
  // mentor get 40 each, the rest go round the 2,000 mentors.
  const caseIds = (
    sqlite.prepare(`SELECT id FROM cases WHERE status = 'mentoring' ORDER BY id`).all() as {
      id: number;
    }[]
  ).map((row) => row.id);
  const assign = sqlite.prepare(
    `INSERT INTO mentor_assignments (case_id, mentor_id, started_at, started_by, reason,
      over_capacity_reason, ended_at, ended_by, end_kind, end_reason)
     VALUES (?, ?, ?, ?, '', '', NULL, NULL, NULL, '')`,
  );
  const setMentor = sqlite.prepare('UPDATE cases SET mentor_id = ? WHERE id = ?');
  const mentorOfCase = new Map<number, number>();
  sqlite.transaction(() => {
    caseIds.forEach((caseId, index) => {
      const mentorId =
        index < WORKSPACE_CASES
          ? officerId
          : index < 2 * WORKSPACE_CASES
            ? compartmentMentorId
            : mentorIds[index % MENTORS]!;
      assign.run(caseId, mentorId, AT, userId);
      setMentor.run(mentorId, caseId);
      mentorOfCase.set(caseId, mentorId);
    });
  })();
  const timelineCaseId = caseIds[0]!;
  const rankCaseId = (
    sqlite.prepare(`SELECT id FROM cases WHERE status = 'active' ORDER BY id LIMIT 1`).get() as {
      id: number;
    }
  ).id;

  // 1,000,000 sessions: 300 on the timeline case, the rest spread over the assigned cases.
  const session = sqlite.prepare(
    `INSERT INTO advisory_sessions (id, case_id, mentor_id, held_on, held_time, duration_minutes,
      mode, topics, summary, next_session_on, completed_action_ids, corrects_session_id,
      correction_note, revision, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, '10:00', 60, ?, ?, ?, NULL, '[]', NULL, '', 1, ?, ?, ?)`,
  );
  const action = sqlite.prepare(
    `INSERT INTO session_actions (id, session_id, case_id, description, owner, due_on, done_on,
      done_in_session_id, revision, updated_at, updated_by)
     VALUES (?, ?, ?, 'ถ่ายภาพสินค้าใหม่ 5 ชิ้น', 'beneficiary', ?, ?, NULL, 1, ?, ?)`,
  );
  const event = sqlite.prepare(
    `INSERT INTO case_events (case_id, kind, at, by_user_id, detail)
     VALUES (?, 'session_logged', ?, ?, ?)`,
  );
  const modes = ['in_person', 'phone', 'video', 'line'];
  const day = (n: number) => {
    const date = new Date(Date.UTC(2025, 0, 1) + (n % 690) * 86_400_000);
    return date.toISOString().slice(0, 10);
  };
  const writeSessions = sqlite.transaction((start: number, end: number) => {
    for (let n = start; n < end; n++) {
      const caseId = n < TIMELINE_SESSIONS ? timelineCaseId : caseIds[(n * 7919) % caseIds.length]!;
      const mentorId = mentorOfCase.get(caseId)!;
      const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
      const heldOn = day(n);
      session.run(
        id,
        caseId,
        mentorId,
        heldOn,
        modes[n % 4],
        JSON.stringify([codes[n % 8], codes[(n + 3) % 8]]),
        'แนะนำการถ่ายภาพสินค้าและการตั้งราคา ทบทวนยอดขายเดือนที่ผ่านมา',
        AT,
        AT,
        mentorId,
      );
      if (n % 4 === 0)
        action.run(
          `${id.slice(0, 24)}a${String(n).padStart(11, '0')}`,
          id,
          caseId,
          day(n + 14),
          n % 8 === 0 ? day(n + 10) : null,
          AT,
          mentorId,
        );
      event.run(
        caseId,
        AT,
        mentorId,
        JSON.stringify({ sessionId: id, heldOn, mode: modes[n % 4] }),
      );
    }
  });
  for (let start = 0; start < SESSIONS; start += 20_000)
    writeSessions(start, Math.min(SESSIONS, start + 20_000));
  sqlite.exec('ANALYZE');
  return { mentorIds, timelineCaseId, rankCaseId };
}
