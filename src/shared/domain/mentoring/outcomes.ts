import { z } from 'zod';
import { safeText } from '../../text/safe-text';
import { isoDateSchema, longText } from '../cases/intake';
import {
  FIGURE_SOURCES,
  MILESTONE_KINDS,
  MONTHLY_ORDERS_MAX,
  MONTHLY_SATANG_MAX,
  PRODUCTS_LISTED_MAX,
  type FigureSource,
  type MilestoneKind,
} from './codes';
import type { AdvisorySession, AgreedAction } from './sessions';

/** A Lazada shop ID (letters, digits, dot, dash, underscore) or an http(s) link to the shop. */
export const shopRefSchema = z
  .string()
  .trim()
  .max(300, 'too_long')
  .refine((ref) => {
    if (ref === '') return true;
    if (/^[A-Za-z0-9._-]{1,64}$/.test(ref)) return true;
    // A web link only: no javascript:, data: or file: links reach a page or a printout.
    return /^https?:\/\/[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d{1,5})?(\/[^\s]*)?$/.test(ref);
  }, 'shop_ref_invalid');

export const milestoneSchema = z
  .strictObject({
    caseId: z.number().int().positive(),
    kind: z.enum(MILESTONE_KINDS),
    occurredOn: isoDateSchema,
    shopName: safeText().trim().max(120, 'too_long'),
    shopRef: shopRefSchema,
    productsCount: z
      .number()
      .int('whole_number')
      .min(1, 'too_small')
      .max(PRODUCTS_LISTED_MAX, 'too_large')
      .nullable(),
    note: longText,
    /** null when the milestone is first recorded; the revision read when changing it. */
    expectedRevision: z.number().int().positive().nullable(),
  })
  .superRefine((milestone, ctx) => {
    if (milestone.kind === 'shop_opened') {
      if (milestone.shopName === '')
        ctx.addIssue({ code: 'custom', path: ['shopName'], message: 'required' });
      if (milestone.shopRef === '')
        ctx.addIssue({ code: 'custom', path: ['shopRef'], message: 'required' });
    }
    if (milestone.kind === 'products_listed' && milestone.productsCount === null)
      ctx.addIssue({ code: 'custom', path: ['productsCount'], message: 'required' });
  });
export type MilestoneInput = z.input<typeof milestoneSchema>;

const satang = z
  .number()
  .int('whole_number')
  .min(0, 'not_negative')
  .max(MONTHLY_SATANG_MAX, 'figure_too_large');

/** One calendar month's figures for a case (Gregorian `YYYY-MM`; shown as a พ.ศ. month). */
export const monthlyFigureSchema = z
  .strictObject({
    caseId: z.number().int().positive(),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month_invalid'),
    orders: z
      .number()
      .int('whole_number')
      .min(0, 'not_negative')
      .max(MONTHLY_ORDERS_MAX, 'figure_too_large'),
    salesSatang: satang,
    incomeSatang: satang,
    source: z.enum(FIGURE_SOURCES),
    /** With `evidence`: an attachment of the case (office only; a mentor describes it in the note). */
    evidenceAttachmentId: z.number().int().positive().nullable(),
    note: longText,
    expectedRevision: z.number().int().positive().nullable(),
  })
  .superRefine((figure, ctx) => {
    if (figure.source === 'evidence' && figure.evidenceAttachmentId === null && figure.note === '')
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'evidence_needs_note' });
  });
export type MonthlyFigureInput = z.input<typeof monthlyFigureSchema>;

export interface Milestone {
  milestoneId: string;
  caseId: number;
  kind: MilestoneKind;
  occurredOn: string;
  shopName: string;
  shopRef: string;
  productsCount: number | null;
  note: string;
  recordedByName: string;
  recordedAt: string;
  revision: number;
}

export interface MonthlyFigure {
  figureId: string;
  caseId: number;
  month: string;
  orders: number;
  salesSatang: number;
  incomeSatang: number;
  source: FigureSource;
  evidenceAttachmentId: number | null;
  note: string;
  recordedByName: string;
  recordedAt: string;
  revision: number;
}

/** The case page's "progress" tab: before (intake baseline) and after (monthly figures). */
export interface CaseProgress {
  caseId: number;
  baseline: { intakeDate: string; monthlyIncomeSatang: number };
  milestones: Milestone[];
  /** Oldest month first (the chart's order). */
  months: MonthlyFigure[];
  /** Newest first. */
  sessions: AdvisorySession[];
  openActions: AgreedAction[];
}
