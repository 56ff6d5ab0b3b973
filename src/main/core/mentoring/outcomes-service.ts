import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type {
  Milestone,
  milestoneSchema,
  MonthlyFigure,
  monthlyFigureSchema,
} from '../../../shared/domain/mentoring';
import type { MentorCall } from '../call/call-context';
import type { OutcomeMilestonesTable, OutcomeMonthsTable } from '../db/mentoring-schema';
import { AppError } from '../errors';
import { caseForRecords, type RecordGate } from './record-case';
import { officeDb, staffNames, todayOf, type MentoringDb } from './mentoring-scope';
import { timelineMilestoneRecorded, timelineMonthRecorded } from './mentoring-timeline';

type MilestoneInput = z.output<typeof milestoneSchema>;
type MonthInput = z.output<typeof monthlyFigureSchema>;
export type MilestoneRow = Selectable<OutcomeMilestonesTable>;
export type MonthRow = Selectable<OutcomeMonthsTable>;

export const MILESTONE_COLUMNS = [
  'id',
  'case_id',
  'kind',
  'occurred_on',
  'shop_name',
  'shop_ref',
  'products_count',
  'note',
  'revision',
  'recorded_at',
  'recorded_by',
] as const satisfies readonly (keyof MilestoneRow)[];

export const MONTH_COLUMNS = [
  'id',
  'case_id',
  'month',
  'orders',
  'sales_satang',
  'income_satang',
  'source',
  'evidence_attachment_id',
  'note',
  'revision',
  'recorded_at',
  'recorded_by',
] as const satisfies readonly (keyof MonthRow)[];

export function toMilestone(row: MilestoneRow, names: Map<number, string>): Milestone {
  return {
    milestoneId: row.id,
    caseId: row.case_id,
    kind: row.kind,
    occurredOn: row.occurred_on,
    shopName: row.shop_name,
    shopRef: row.shop_ref,
    productsCount: row.products_count,
    note: row.note,
    recordedByName: names.get(row.recorded_by) ?? '',
    recordedAt: row.recorded_at,
    revision: row.revision,
  };
}

export function toMonthlyFigure(row: MonthRow, names: Map<number, string>): MonthlyFigure {
  return {
    figureId: row.id,
    caseId: row.case_id,
    month: row.month,
    orders: row.orders,
    salesSatang: row.sales_satang,
    incomeSatang: row.income_satang,
    source: row.source,
    evidenceAttachmentId: row.evidence_attachment_id,
    note: row.note,
    recordedByName: names.get(row.recorded_by) ?? '',
    recordedAt: row.recorded_at,
    revision: row.revision,
  };
}

/** A case's outcomes: milestones in their order of occurrence, months oldest first. */
export async function outcomesOfCase(db: MentoringDb, caseId: number) {
  const [milestones, months] = await Promise.all([
    db
      .selectFrom('outcome_milestones')
      .select(MILESTONE_COLUMNS)
      .where('case_id', '=', caseId)
      .orderBy('occurred_on')
      .orderBy('kind')
      .execute(),
    db
      .selectFrom('outcome_months')
      .select(MONTH_COLUMNS)
      .where('case_id', '=', caseId)
      .orderBy('month')
      .execute(),
  ]);
  return { milestones, months };
}

/**
 * The same record written twice must not silently overwrite: the first write says it expects
 * nothing (`null`), a change says which revision it read.
 */
function checkRevision(current: { revision: number } | undefined, expected: number | null): void {
  if ((current?.revision ?? null) !== expected) throw new AppError('CONFLICT', 'record_changed');
}

export interface OutcomeAudit {
  milestone: 'mentoring.milestone_recorded' | 'progress.milestone_recorded';
  month: 'mentoring.month_recorded' | 'progress.month_recorded';
}

/**
 * One milestone of each kind per case (id `<case>:<kind>`), on a day that has happened. A
 * mentor records on their mentees, office staff on any case; both through here.
 */
export function recordMilestone(
  call: MentorCall,
  input: MilestoneInput,
  gate: RecordGate,
  action: OutcomeAudit['milestone'],
): Promise<Milestone> {
  const id = `${input.caseId}:${input.kind}`;
  return call.audited(
    (milestone) => ({
      action,
      outcome: 'success',
      target: { type: 'case', id: input.caseId },
      details: { kind: input.kind, revision: milestone.revision },
    }),
    async (trx) => {
      await caseForRecords(call, trx, input.caseId, gate);
      if (input.occurredOn > todayOf(call)) throw new AppError('VALIDATION', 'milestone_in_future');
      const current = await trx
        .selectFrom('outcome_milestones')
        .select(['revision'])
        .where('id', '=', id)
        .executeTakeFirst();
      checkRevision(current, input.expectedRevision);
      const at = call.clock.now().toISOString();
      const row: MilestoneRow = {
        id,
        case_id: input.caseId,
        kind: input.kind,
        occurred_on: input.occurredOn,
        shop_name: input.shopName,
        shop_ref: input.shopRef,
        products_count: input.productsCount,
        note: input.note,
        revision: (current?.revision ?? 0) + 1,
        recorded_at: at,
        recorded_by: call.user.id,
      };
      if (current) {
        await trx.updateTable('outcome_milestones').set(row).where('id', '=', id).execute();
      } else {
        await trx.insertInto('outcome_milestones').values(row).execute();
      }
      if (call.mode === 'office')
        await timelineMilestoneRecorded(officeDb(trx), {
          caseId: input.caseId,
          kind: input.kind,
          occurredOn: input.occurredOn,
          at,
          by: call.user.id,
        });
      return toMilestone(row, await staffNames({ ...call, db: trx }, [call.user.id]));
    },
  );
}

/**
 * One month's figures (id `<case>:<YYYY-MM>`), from the month of intake to the current month.
 * Evidence is an attachment of the case, which only the office has: a mentor away from the
 * office describes the evidence in the note.
 */
export function recordMonth(
  call: MentorCall,
  input: MonthInput,
  gate: RecordGate,
  action: OutcomeAudit['month'],
): Promise<MonthlyFigure> {
  const id = `${input.caseId}:${input.month}`;
  return call.audited(
    (figure) => ({
      action,
      outcome: 'success',
      target: { type: 'case', id: input.caseId },
      details: { month: input.month, source: input.source, revision: figure.revision },
    }),
    async (trx) => {
      const record = await caseForRecords(call, trx, input.caseId, gate);
      if (input.month < record.intakeDate.slice(0, 7))
        throw new AppError('VALIDATION', 'month_before_case');
      if (input.month > todayOf(call).slice(0, 7))
        throw new AppError('VALIDATION', 'month_in_future');
      if (input.evidenceAttachmentId !== null) await requireEvidence(call, trx, input);
      const current = await trx
        .selectFrom('outcome_months')
        .select(['revision'])
        .where('id', '=', id)
        .executeTakeFirst();
      checkRevision(current, input.expectedRevision);
      const at = call.clock.now().toISOString();
      const row: MonthRow = {
        id,
        case_id: input.caseId,
        month: input.month,
        orders: input.orders,
        sales_satang: input.salesSatang,
        income_satang: input.incomeSatang,
        source: input.source,
        evidence_attachment_id: input.evidenceAttachmentId,
        note: input.note,
        revision: (current?.revision ?? 0) + 1,
        recorded_at: at,
        recorded_by: call.user.id,
      };
      if (current) {
        await trx.updateTable('outcome_months').set(row).where('id', '=', id).execute();
      } else {
        await trx.insertInto('outcome_months').values(row).execute();
      }
      if (call.mode === 'office')
        await timelineMonthRecorded(officeDb(trx), {
          caseId: input.caseId,
          month: input.month,
          at,
          by: call.user.id,
        });
      return toMonthlyFigure(row, await staffNames({ ...call, db: trx }, [call.user.id]));
    },
  );
}

async function requireEvidence(call: MentorCall, trx: MentoringDb, input: MonthInput) {
  // A compartment has no attachments: its mentor cannot name one.
  if (call.mode !== 'office') throw new AppError('VALIDATION', 'evidence_not_found');
  const attachment = await officeDb(trx)
    .selectFrom('attachments')
    .select('id')
    .where('id', '=', input.evidenceAttachmentId)
    .where('case_id', '=', input.caseId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (!attachment) throw new AppError('VALIDATION', 'evidence_not_found');
}
