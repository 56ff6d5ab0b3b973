import { sql } from 'kysely';
import { CODE_LABELS, type ReportCell } from '../../../shared/domain/reports';
import { formatBuddhistDate } from '../../../shared/thai/buddhist-era';
import { fiscalYearBounds } from '../../../shared/thai/fiscal-year';
import { maskNationalId } from '../cases/case-file-mask';
import { displayName } from '../cases/person-names';
import { programmeConsentInForce } from './report-consent';
import { idRun, type ReportDb, type ReportRequest, type ReportRun } from './report-run';

/** dd/mm/พ.ศ. as text (ADR 0030): the same in XLSX and CSV, whatever program opens the file. */
export function reportDate(isoDate: string | null): string | null {
  return isoDate === null ? null : formatBuddhistDate(isoDate, 'th', { style: 'numeric' });
}

/** The cases a filter selects, as a query both personal reports start from. */
function filteredCases(db: ReportDb, { filters }: ReportRequest) {
  return db
    .selectFrom('cases')
    .$if(filters.provinceId !== null, (qb) =>
      qb.where('cases.province_id', '=', filters.provinceId!),
    )
    .$if(filters.department !== null, (qb) =>
      qb.where('cases.department', '=', filters.department!),
    );
}

/**
 * ทะเบียนผู้รับบริการ: the cases taken in the fiscal year, in Thai name order, only people whose
 * `programme` consent is in force. The national ID is always masked (ADR 0030): a register
 * reports who is in the programme, and a file of thousands of full ID numbers outside the
 * encrypted database is the most dangerous thing an export could make. No phone: not needed.
 */
export async function beneficiaryRegister(
  db: ReportDb,
  request: ReportRequest,
): Promise<ReportRun> {
  const { first, last } = fiscalYearBounds(request.filters.fiscalYear);
  const inYear = filteredCases(db, request)
    .where('cases.intake_date', '>=', first)
    .where('cases.intake_date', '<=', last);
  const [kept, all] = await Promise.all([
    inYear
      .select('cases.id')
      .where(programmeConsentInForce('cases.beneficiary_id'), '=', sql.lit(1))
      .orderBy('cases.sort_key')
      .orderBy('cases.id')
      .execute(),
    inYear.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  const language = request.language;
  const labels = {
    department: CODE_LABELS.department[language],
    status: CODE_LABELS.caseStatus[language],
    group: CODE_LABELS.targetGroup[language],
  };
  return idRun(
    kept.map((row) => row.id),
    Number(all.count) - kept.length,
    async (ids) => {
      const rows = await db
        .selectFrom('cases')
        .innerJoin('beneficiaries', 'beneficiaries.id', 'cases.beneficiary_id')
        .leftJoin('address_provinces', 'address_provinces.id', 'cases.province_id')
        .leftJoin('users as mentor', 'mentor.id', 'cases.mentor_id')
        .select([
          'cases.id',
          'cases.case_number',
          'cases.department',
          'cases.flagship_project',
          'cases.status',
          'cases.intake_date',
          'beneficiaries.title',
          'beneficiaries.title_other',
          'beneficiaries.first_name',
          'beneficiaries.last_name',
          'beneficiaries.national_id',
          'address_provinces.name_th as province_th',
          'address_provinces.name_en as province_en',
          'mentor.full_name as mentor_name',
          sql<string | null>`(select group_concat(g.target_group, ',') from case_target_groups g
            where g.case_id = cases.id)`.as('groups'),
        ])
        .where('cases.id', 'in', ids)
        .execute();
      return new Map(
        rows.map((row): [number, ReportCell[]] => [
          row.id,
          [
            row.case_number,
            displayName(row),
            maskNationalId(row.national_id),
            (row.groups ?? '')
              .split(',')
              .filter(Boolean)
              .map((group) => labels.group[group as keyof typeof labels.group] ?? group)
              .join(', '),
            labels.department[row.department],
            CODE_LABELS.flagshipProject[language][row.flagship_project],
            (language === 'th' ? row.province_th : row.province_en) ?? null,
            labels.status[row.status],
            reportDate(row.intake_date),
            row.mentor_name,
          ],
        ]),
      );
    },
  );
}

/**
 * ทะเบียนเอกสาร: letters and certificates issued in the fiscal year, in number order (date, then
 * id), naming the person: so, like the beneficiary register, only people whose `programme`
 * consent is in force.
 */
export async function documentRegister(db: ReportDb, request: ReportRequest): Promise<ReportRun> {
  const { first, last } = fiscalYearBounds(request.filters.fiscalYear);
  const inYear = filteredCases(db, request)
    .innerJoin('documents', 'documents.case_id', 'cases.id')
    .where('documents.issued_on', '>=', first)
    .where('documents.issued_on', '<=', last);
  const [kept, all] = await Promise.all([
    inYear
      .select('documents.id')
      .where(programmeConsentInForce('cases.beneficiary_id'), '=', sql.lit(1))
      .orderBy('documents.issued_on')
      .orderBy('documents.id')
      .execute(),
    inYear.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  const language = request.language;
  return idRun(
    kept.map((row) => row.id),
    Number(all.count) - kept.length,
    async (ids) => {
      const rows = await db
        .selectFrom('documents')
        .innerJoin('cases', 'cases.id', 'documents.case_id')
        .innerJoin('beneficiaries', 'beneficiaries.id', 'cases.beneficiary_id')
        .select([
          'documents.id',
          'documents.number',
          'documents.kind',
          'documents.issued_on',
          'documents.status',
          'cases.case_number',
          'beneficiaries.title',
          'beneficiaries.title_other',
          'beneficiaries.first_name',
          'beneficiaries.last_name',
        ])
        .where('documents.id', 'in', ids)
        .execute();
      return new Map(
        rows.map((row): [number, ReportCell[]] => [
          row.id,
          [
            row.number,
            CODE_LABELS.documentKind[language][row.kind],
            reportDate(row.issued_on),
            CODE_LABELS.documentStatus[language][row.status],
            row.case_number,
            displayName(row),
          ],
        ]),
      );
    },
  );
}
