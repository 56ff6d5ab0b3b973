import type {
  MilestoneInput,
  MilestoneKind,
  Milestone,
  MonthlyFigure,
  MonthlyFigureInput,
} from '../../../../shared/domain/mentoring';
import { bangkokToday } from '../../../../shared/thai';

/** Who records: the mentor (`mentoring.*`, their compartment) or the office (`progress.*`). */
export type OutcomeSide = 'mentor' | 'office';

export const MILESTONE_FIELDS = [
  'kind',
  'occurredOn',
  'shopName',
  'shopRef',
  'productsCount',
  'note',
] as const;
export const MILESTONE_REASON_FIELDS = { milestone_in_future: 'occurredOn' } as const;

export const MONTH_FIELDS = [
  'month',
  'orders',
  'salesSatang',
  'incomeSatang',
  'source',
  'evidenceAttachmentId',
  'note',
] as const;
export const MONTH_REASON_FIELDS = {
  month_before_case: 'month',
  month_in_future: 'month',
  evidence_not_found: 'evidenceAttachmentId',
} as const;

/** One milestone of each kind per case: recording a kind again changes the one recorded. */
export function milestoneDefaults(
  caseId: number,
  kind: MilestoneKind,
  recorded: readonly Milestone[],
): MilestoneInput {
  const existing = recorded.find((milestone) => milestone.kind === kind);
  return existing
    ? {
        caseId,
        kind,
        occurredOn: existing.occurredOn,
        shopName: existing.shopName,
        shopRef: existing.shopRef,
        productsCount: existing.productsCount,
        note: existing.note,
        expectedRevision: existing.revision,
      }
    : {
        caseId,
        kind,
        occurredOn: bangkokToday(),
        shopName: '',
        shopRef: '',
        productsCount: null,
        note: '',
        expectedRevision: null,
      };
}

/** The previous month by default: figures are reported once a month is over. */
export function previousMonth(today = bangkokToday()): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** A month already recorded is changed, not added twice. */
export function monthDefaults(
  caseId: number,
  month: string,
  recorded: readonly MonthlyFigure[],
): MonthlyFigureInput {
  const existing = recorded.find((figure) => figure.month === month);
  return existing
    ? {
        caseId,
        month,
        orders: existing.orders,
        salesSatang: existing.salesSatang,
        incomeSatang: existing.incomeSatang,
        source: existing.source,
        evidenceAttachmentId: existing.evidenceAttachmentId,
        note: existing.note,
        expectedRevision: existing.revision,
      }
    : {
        caseId,
        month,
        orders: 0,
        salesSatang: 0,
        incomeSatang: 0,
        source: 'self_reported',
        evidenceAttachmentId: null,
        note: '',
        expectedRevision: null,
      };
}
