import type { Db } from '../cases/case-file-repository';

/** The skills taxonomy: codes are kept for good, labels and order change, a skill can retire. */
export function skillRows(db: Db) {
  return db.selectFrom('mentor_skills').selectAll().orderBy('sort_order').orderBy('code').execute();
}

export function findSkill(db: Db, code: string) {
  return db.selectFrom('mentor_skills').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function upsertSkill(
  db: Db,
  row: {
    code: string;
    label_th: string;
    label_en: string;
    sort_order: number;
    active: 0 | 1;
    updated_at: string;
  },
): Promise<void> {
  await db
    .insertInto('mentor_skills')
    .values(row)
    .onConflict((c) =>
      c.column('code').doUpdateSet({
        label_th: row.label_th,
        label_en: row.label_en,
        sort_order: row.sort_order,
        active: row.active,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/**
 * How many mentors list each skill and how many cases need it. The needs are a JSON array on each
 * case, read and counted here rather than with SQLite's json_each, to keep the SQL portable; only
 * cases that recorded a need are read.
 */
export async function skillUse(db: Db): Promise<Map<string, number>> {
  const used = new Map<string, number>();
  const mentors = await db
    .selectFrom('mentor_profile_skills')
    .select(['skill_code', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('skill_code')
    .execute();
  for (const row of mentors) used.set(row.skill_code, Number(row.n));
  const cases = await db
    .selectFrom('cases')
    .select('mentoring_needs')
    .where('mentoring_needs', '!=', '[]')
    .execute();
  for (const row of cases) {
    for (const code of parseCodes(row.mentoring_needs)) used.set(code, (used.get(code) ?? 0) + 1);
  }
  return used;
}

function parseCodes(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
