import { FINAL_STATUSES } from '../../../shared/domain/cases';
import type { RetentionReport } from '../../../shared/domain/pdpa';
import { bangkokDate, bangkokToday } from '../../../shared/thai/bangkok-time';
import { parseIsoDate, toIsoDate } from '../../../shared/thai/iso-date';
import type { SignedInCall } from '../call/call-context';
import { displayName } from '../cases/person-names';
import { readOfficeSettings } from '../settings/office-settings';

/** `years` calendar years before `isoDate` (29 Feb goes to 28 Feb). */
function yearsBefore(isoDate: string, years: number): string {
  const date = parseIsoDate(isoDate);
  const year = date.year - years;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return toIsoDate({
    year,
    month: date.month,
    day: date.month === 2 && date.day === 29 && !leap ? 28 : date.day,
  });
}

/**
 * Final cases (graduated, referred out, closed) whose final status date is before the retention
 * cutoff, of people not erased and with no open case (a person who came back is still served).
 * The list shows what the case list already shows: name, case number, status, date.
 */
export async function retentionReport(call: SignedInCall): Promise<RetentionReport> {
  const { retentionYears } = await readOfficeSettings(call.db);
  const cutoff = yearsBefore(bangkokToday(call.clock.now()), retentionYears);
  const rows = await call.db
    .selectFrom('cases as c')
    .innerJoin('beneficiaries as b', 'b.id', 'c.beneficiary_id')
    .select([
      'c.id',
      'c.case_number',
      'c.status',
      'c.status_changed_at',
      'b.id as beneficiary_id',
      'b.title',
      'b.title_other',
      'b.first_name',
      'b.last_name',
    ])
    .where('b.erased_at', 'is', null)
    .where('c.status', 'in', [...FINAL_STATUSES])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('cases as o')
            .select('o.id')
            .whereRef('o.beneficiary_id', '=', 'c.beneficiary_id')
            .where('o.status', 'not in', [...FINAL_STATUSES]),
        ),
      ),
    )
    .orderBy('c.status_changed_at')
    .orderBy('c.id')
    .limit(5000)
    .execute();
  const erasures = await call.db
    .selectFrom('pdpa_requests')
    .select(['id', 'beneficiary_id'])
    .where('kind', '=', 'erasure')
    .where('status', '=', 'open')
    .execute();
  const openErasure = new Map(erasures.map((row) => [row.beneficiary_id, row.id]));
  const result = rows
    .map((row) => ({ row, finalOn: bangkokDate(row.status_changed_at) }))
    .filter(({ finalOn }) => finalOn < cutoff)
    .map(({ row, finalOn }) => ({
      caseId: row.id,
      caseNumber: row.case_number,
      beneficiaryId: row.beneficiary_id,
      personName: displayName(row),
      status: row.status,
      finalOn,
      erasureRequestId: openErasure.get(row.beneficiary_id) ?? null,
    }));
  await call.audit.record({
    action: 'pdpa.retention_reported',
    outcome: 'success',
    actor: call.actor,
    details: { retentionYears, cutoff, count: result.length },
  });
  return { retentionYears, cutoff, rows: result };
}
