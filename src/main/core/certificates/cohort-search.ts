import type { z } from 'zod';
import type { CohortMember, cohortQuerySchema } from '../../../shared/domain/documents';
import { FINAL_STATUSES } from '../../../shared/domain/cases';
import { fiscalYearBounds } from '../../../shared/thai/fiscal-year';
import type { SignedInCall } from '../call/call-context';
import { displayName } from '../cases/person-names';
import { existingSerials } from './certificate-repository';

type CohortQuery = z.output<typeof cohortQuerySchema>;

/**
 * Who a batch could be for: the cases whose shop_opened / first_order milestone falls in the
 * fiscal year (1 Oct – 30 Sep; the milestone's date is a calendar date already), or, without a
 * milestone (training), every open case taken in that fiscal year. Sorted by the person's name
 * in Thai order (`cases.sort_key`, whose binary order is the Thai collation). A case that holds a
 * certificate for the same achievement shows its serial, or is left out when asked. Without a
 * milestone the achievement compared is `training`. The list shows names, so it is audited
 * (filters and count only), like the case list.
 */
export async function cohortSearch(
  call: SignedInCall,
  query: CohortQuery,
): Promise<CohortMember[]> {
  const { first, last } = fiscalYearBounds(query.fiscalYear);
  const base = call.db
    .selectFrom('cases')
    .innerJoin('beneficiaries', 'beneficiaries.id', 'cases.beneficiary_id')
    .leftJoin('address_provinces', 'address_provinces.id', 'cases.province_id')
    .select([
      'cases.id as case_id',
      'cases.case_number',
      'cases.sort_key',
      'beneficiaries.title',
      'beneficiaries.title_other',
      'beneficiaries.first_name',
      'beneficiaries.last_name',
      'address_provinces.name_th as province_name',
    ])
    .$if(query.provinceId !== null, (qb) => qb.where('cases.province_id', '=', query.provinceId!))
    .orderBy('cases.sort_key')
    .orderBy('cases.id');
  const milestone = query.milestone;
  const rows =
    milestone === null
      ? await base
          .select('cases.intake_date as reached_on')
          .where('cases.intake_date', '>=', first)
          .where('cases.intake_date', '<=', last)
          .where('cases.status', 'not in', FINAL_STATUSES)
          .execute()
      : await base
          .innerJoin('outcome_milestones', 'outcome_milestones.case_id', 'cases.id')
          .select('outcome_milestones.occurred_on as reached_on')
          .where('outcome_milestones.kind', '=', milestone)
          .where('outcome_milestones.occurred_on', '>=', first)
          .where('outcome_milestones.occurred_on', '<=', last)
          .execute();
  const serials = await existingSerials(
    call.db,
    rows.map((row) => row.case_id),
    milestone ?? 'training',
  );
  const members: CohortMember[] = [];
  for (const row of rows) {
    const existingSerial = serials.get(row.case_id) ?? null;
    if (query.excludeAlreadyCertified && existingSerial !== null) continue;
    members.push({
      caseId: row.case_id,
      caseNumber: row.case_number,
      personName: displayName(row),
      provinceName: row.province_name,
      reachedOn: milestone === null ? null : row.reached_on,
      existingSerial,
    });
  }
  await call.audit.record({
    action: 'certificate.cohort_listed',
    outcome: 'success',
    actor: call.actor,
    details: {
      milestone,
      fiscalYear: query.fiscalYear,
      provinceId: query.provinceId,
      count: members.length,
    },
  });
  return members;
}
