import type { z } from 'zod';
import type { Skill, skillSaveSchema } from '../../../shared/domain/mentoring';
import type { SignedInCall } from '../call/call-context';
import type { Db } from '../cases/case-file-repository';
import { AppError } from '../errors';
import { markRefreshDue } from '../sync/refresh-due';
import { findSkill, skillRows, skillUse, upsertSkill } from './skills-repository';

type SkillSave = z.output<typeof skillSaveSchema>;

export async function listSkills(db: Db): Promise<Skill[]> {
  const [rows, used] = await Promise.all([skillRows(db), skillUse(db)]);
  return rows.map((row) => ({
    code: row.code,
    labelTh: row.label_th,
    labelEn: row.label_en,
    active: row.active === 1,
    sortOrder: row.sort_order,
    usedBy: used.get(row.code) ?? 0,
  }));
}

/**
 * Every code must be in the taxonomy, and a code newly chosen must be active: a retired skill
 * stays valid where it was already recorded (a profile or a case keeps it until someone edits
 * it away), so retiring a skill never blocks an unrelated edit. VALIDATION `skill_unknown`.
 */
export async function checkSkillCodes(
  db: Db,
  codes: readonly string[],
  alreadyHeld: readonly string[] = [],
): Promise<void> {
  if (codes.length === 0) return;
  const rows = await db
    .selectFrom('mentor_skills')
    .select(['code', 'active'])
    .where('code', 'in', [...new Set(codes)])
    .execute();
  const known = new Map(rows.map((row) => [row.code, row.active === 1]));
  const held = new Set(alreadyHeld);
  for (const code of codes) {
    const active = known.get(code);
    if (active === undefined || (!active && !held.has(code)))
      throw new AppError('VALIDATION', 'skill_unknown');
  }
}

/**
 * The admin adds a skill (a new code) or renames, re-orders or retires one. A code is never
 * deleted: sessions, profiles and cases keep pointing at it, and a retired one is only no longer
 * offered for new choices.
 */
export async function saveSkill(call: SignedInCall, input: SkillSave): Promise<Skill[]> {
  const at = call.clock.now().toISOString();
  await call.audited<{ created: boolean }>(
    ({ created }) => ({
      action: 'mentor.skill_saved',
      outcome: 'success',
      details: { code: input.code, created, active: input.active },
    }),
    async (trx) => {
      const existing = await findSkill(trx, input.code);
      await upsertSkill(trx, {
        code: input.code,
        label_th: input.labelTh,
        label_en: input.labelEn,
        sort_order: input.sortOrder,
        active: input.active ? 1 : 0,
        updated_at: at,
      });
      // Compartments carry the taxonomy (session topics): their copies follow.
      const compartments = await trx.selectFrom('mentor_compartments').select('user_id').execute();
      await markRefreshDue(
        trx,
        compartments.map((row) => row.user_id),
      );
      return { created: existing === undefined };
    },
  );
  return listSkills(call.db);
}
