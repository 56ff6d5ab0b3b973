import type { Kysely } from 'kysely';
import type { MergeReport, MergedRecordKind } from '../../../shared/domain/mentoring';
import { displayName } from '../cases/person-names';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

interface Summary {
  added: Record<MergedRecordKind, number>;
  updated: Record<MergedRecordKind, number>;
  conflicts: number;
  refused?: number;
  caseIds: number[];
}

/** The newest merges first: what arrived from mentors, for the office's screen. */
export async function listReports(db: Db, limit: number, mergeId?: number): Promise<MergeReport[]> {
  const rows = await db
    .selectFrom('mentor_merges')
    .innerJoin('users', 'users.id', 'mentor_merges.mentor_id')
    .selectAll('mentor_merges')
    .select('users.full_name as mentor_name')
    .$if(mergeId !== undefined, (query) => query.where('mentor_merges.id', '=', mergeId!))
    .orderBy('mentor_merges.id', 'desc')
    .limit(limit)
    .execute();
  const reports: MergeReport[] = [];
  for (const row of rows) {
    const summary = JSON.parse(row.summary) as Summary;
    reports.push({
      mergeId: row.id,
      mentorId: row.mentor_id,
      mentorName: row.mentor_name,
      source: row.source,
      mergedAt: row.merged_at,
      added: summary.added,
      updated: summary.updated,
      conflicts: summary.conflicts,
      refused: summary.refused ?? 0,
      cases: await casesOf(db, summary.caseIds),
    });
  }
  return reports;
}

export async function reportFor(db: Db, mergeId: number): Promise<MergeReport> {
  const [report] = await listReports(db, 1, mergeId);
  if (!report) throw new Error(`merge ${mergeId} not found`);
  return report;
}

async function casesOf(db: Db, caseIds: number[]): Promise<MergeReport['cases']> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom('cases')
    .innerJoin('beneficiaries as b', 'b.id', 'cases.beneficiary_id')
    .select([
      'cases.id',
      'cases.case_number',
      'b.title',
      'b.title_other',
      'b.first_name',
      'b.last_name',
    ])
    .where('cases.id', 'in', caseIds)
    .orderBy('cases.id')
    .execute();
  return rows.map((row) => ({
    caseId: row.id,
    caseNumber: row.case_number,
    beneficiaryName: displayName(row),
  }));
}
