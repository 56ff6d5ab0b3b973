import type { Kysely } from 'kysely';
import { SHARING_CONSENT_FOR } from '../../../shared/domain/mentoring';
import { hasConsent } from '../cases/consents-service';
import { displayName } from '../cases/person-names';
import type { MenteeCasesTable } from '../db/mentoring-schema';
import type { DatabaseSchema } from '../db/schema';

/** What the refresh reads from the office for one mentor. */

type OfficeDb = Kysely<DatabaseSchema>;

/**
 * The cases a mentor may hold now: an open assignment, the programme consent, and for a mentor
 * from outside the ministry the consent to share with their organisation (PDPA s.19, 27). A
 * mentor without a registry profile gets nothing: nobody can say which consent they need.
 */
export async function casesForMentor(db: OfficeDb, mentorId: number): Promise<number[]> {
  const profile = await db
    .selectFrom('mentor_profiles')
    .select(['organisation_kind', 'is_external'])
    .where('user_id', '=', mentorId)
    .executeTakeFirst();
  if (!profile) return [];
  const open = await db
    .selectFrom('mentor_assignments')
    .innerJoin('cases', 'cases.id', 'mentor_assignments.case_id')
    .select(['cases.id as caseId', 'cases.beneficiary_id as beneficiaryId'])
    .where('mentor_assignments.mentor_id', '=', mentorId)
    .where('mentor_assignments.ended_at', 'is', null)
    .orderBy('cases.id')
    .execute();
  const sharing = profile.is_external === 1 ? SHARING_CONSENT_FOR[profile.organisation_kind] : null;
  const allowed: number[] = [];
  for (const row of open) {
    if (!(await hasConsent(db, row.beneficiaryId, 'programme'))) continue;
    if (sharing !== null && !(await hasConsent(db, row.beneficiaryId, sharing))) continue;
    allowed.push(row.caseId);
  }
  return allowed;
}

/**
 * The mentee as the mentor may see them: names, nickname, contact, district and province of the
 * current address, business and goals. Listed column by column on purpose — never the national
 * ID, birth date, address line, disability or health details, income baseline, household,
 * welfare card, caregiver, target groups, consents or the office's notes.
 */
export async function menteeRows(db: OfficeDb, mentorId: number, caseIds: number[]) {
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom('cases')
    .innerJoin('beneficiaries as b', 'b.id', 'cases.beneficiary_id')
    .innerJoin('mentor_assignments as a', (join) =>
      join
        .onRef('a.case_id', '=', 'cases.id')
        .on('a.mentor_id', '=', mentorId)
        .on('a.ended_at', 'is', null),
    )
    .leftJoin('address_subdistricts as s', (join) =>
      join.on((eb) =>
        eb(
          's.id',
          '=',
          eb
            .case()
            .when('b.current_same_as_registered', '=', 1)
            .then(eb.ref('b.registered_subdistrict_id'))
            .else(eb.ref('b.current_subdistrict_id'))
            .end(),
        ),
      ),
    )
    .leftJoin('address_districts as d', 'd.id', 's.district_id')
    .leftJoin('address_provinces as p', 'p.id', 'd.province_id')
    .select([
      'cases.id as case_id',
      'cases.case_number',
      'b.title',
      'b.title_other',
      'b.first_name',
      'b.last_name',
      'b.nickname',
      'b.phone',
      'b.line_id',
      'd.name_th as district_name',
      'p.name_th as province_name',
      'cases.status',
      'cases.intake_date',
      'a.started_at as assigned_since',
      'cases.occupation',
      'cases.products',
      'cases.product_category',
      'cases.skills as business_skills',
      'cases.has_smartphone',
      'cases.has_internet',
      'cases.has_bank_account',
      'cases.has_product_photos',
      'cases.has_online_shop',
      'cases.lazada_seller_id',
      'cases.goals',
      'cases.mentoring_needs',
      'cases.sort_key',
    ])
    .where('cases.id', 'in', caseIds)
    .execute();
  return rows.map((row): MenteeCasesTable => ({
    case_id: row.case_id,
    mentor_id: mentorId,
    case_number: row.case_number,
    display_name: displayName(row),
    nickname: row.nickname,
    phone: row.phone,
    line_id: row.line_id,
    district_name: row.district_name ?? '',
    province_name: row.province_name ?? '',
    status: row.status,
    intake_date: row.intake_date,
    assigned_since: row.assigned_since,
    occupation: row.occupation,
    products: row.products,
    product_category: row.product_category,
    business_skills: row.business_skills,
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

/** The office's records of these cases, as they are in the office database. */
export async function officeRecords(db: OfficeDb, caseIds: number[]) {
  if (caseIds.length === 0)
    return {
      advisory_sessions: [],
      session_actions: [],
      outcome_milestones: [],
      outcome_months: [],
    };
  const [sessions, actions, milestones, months] = await Promise.all([
    db.selectFrom('advisory_sessions').selectAll().where('case_id', 'in', caseIds).execute(),
    db.selectFrom('session_actions').selectAll().where('case_id', 'in', caseIds).execute(),
    db.selectFrom('outcome_milestones').selectAll().where('case_id', 'in', caseIds).execute(),
    db.selectFrom('outcome_months').selectAll().where('case_id', 'in', caseIds).execute(),
  ]);
  return {
    advisory_sessions: sessions,
    session_actions: actions,
    outcome_milestones: milestones,
    outcome_months: months,
  };
}
