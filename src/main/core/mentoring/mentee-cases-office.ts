import { sql, type Kysely, type Transaction } from 'kysely';
import type { MenteeCasesTable } from '../db/mentoring-schema';
import type { DatabaseSchema } from '../db/schema';
import { displayName } from '../cases/person-names';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * The office database's answer to the compartment's `mentee_cases` table: the same columns,
 * built from the case, the person, their current address's names and the open assignment.
 * Only what a mentor may see is selected — never the national ID, birth date, address lines,
 * disability or health fields, or the income baseline — so what an office role sees as a mentor
 * is what an outside mentor's compartment holds. One query for all of a mentor's cases (the
 * workspace) or for one case.
 */
export async function officeMenteeCases(
  db: Db,
  mentorId: number,
  caseId: number | null = null,
): Promise<MenteeCasesTable[]> {
  let query = db
    .selectFrom('mentor_assignments as a')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .innerJoin('beneficiaries as b', 'b.id', 'c.beneficiary_id')
    // Where the person lives now: the current address, or the registered one when the same.
    .leftJoin('address_subdistricts as s', (join) =>
      join.on(
        sql<boolean>`s.id = CASE WHEN b.current_same_as_registered = 1
          THEN b.registered_subdistrict_id ELSE b.current_subdistrict_id END`,
      ),
    )
    .leftJoin('address_districts as d', 'd.id', 's.district_id')
    .leftJoin('address_provinces as p', 'p.id', 'd.province_id')
    .select([
      'a.case_id',
      'a.mentor_id',
      'a.started_at',
      'c.case_number',
      'c.status',
      'c.intake_date',
      'c.occupation',
      'c.products',
      'c.product_category',
      'c.skills',
      'c.has_smartphone',
      'c.has_internet',
      'c.has_bank_account',
      'c.has_product_photos',
      'c.has_online_shop',
      'c.lazada_seller_id',
      'c.goals',
      'c.mentoring_needs',
      'b.title',
      'b.title_other',
      'b.first_name',
      'b.last_name',
      'b.nickname',
      'b.phone',
      'b.line_id',
      'b.sort_key',
      'd.name_th as district_name',
      'p.name_th as province_name',
    ])
    .where('a.mentor_id', '=', mentorId)
    .where('a.ended_at', 'is', null);
  if (caseId !== null) query = query.where('a.case_id', '=', caseId);
  const rows = await query.execute();
  return rows.map((row) => ({
    case_id: row.case_id,
    mentor_id: row.mentor_id,
    case_number: row.case_number,
    display_name: displayName(row),
    nickname: row.nickname,
    phone: row.phone,
    line_id: row.line_id,
    district_name: row.district_name ?? '',
    province_name: row.province_name ?? '',
    status: row.status,
    intake_date: row.intake_date,
    assigned_since: row.started_at,
    occupation: row.occupation,
    products: row.products,
    product_category: row.product_category,
    business_skills: row.skills,
    has_smartphone: row.has_smartphone,
    has_internet: row.has_internet,
    has_bank_account: row.has_bank_account,
    has_product_photos: row.has_product_photos,
    has_online_shop: row.has_online_shop,
    lazada_seller_id: row.lazada_seller_id,
    goals: row.goals,
    mentoring_needs: row.mentoring_needs,
    sort_key: row.sort_key,
  }));
}
