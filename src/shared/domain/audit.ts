import { z } from 'zod';
import type { JsonValue } from '../contract/json';

import { accountsAuditActions } from '../contract/methods/accounts';
import { jobsAuditActions } from '../contract/methods/jobs';
import { vaultAuditActions } from '../contract/methods/vault';
import { sessionAuditActions } from '../contract/methods/session';
import { settingsAuditActions } from '../contract/methods/settings';
import { setupAuditActions } from '../contract/methods/setup';
import { casesAuditActions } from '../contract/methods/cases';
import { draftsAuditActions } from '../contract/methods/drafts';
import { mentorsAuditActions } from '../contract/methods/mentors';
import { mentoringAuditActions } from '../contract/methods/mentoring';
import { letterheadAuditActions } from '../contract/methods/letterhead';
import { referralsAuditActions } from '../contract/methods/referrals';
import { documentsAuditActions } from '../contract/methods/documents';
import { certificatesAuditActions } from '../contract/methods/certificates';
import { dashboardAuditActions } from '../contract/methods/dashboard';
import { reportsAuditActions } from '../contract/methods/reports';
import { importsAuditActions } from '../contract/methods/imports';
import { backupAuditActions } from '../contract/methods/backup';
import { restoreAuditActions } from '../contract/methods/restore';
import { pdpaAuditActions } from '../contract/methods/pdpa';

/** What the audit feature itself records. */
export const auditOwnActions = ['audit.viewed', 'audit.verified', 'audit.anchor_mismatch'] as const;

/**
 * Every action the audit log knows: each feature owns its list (in its contract file) and adds
 * one line here. The renderer translates each (`audit.actions.<action>`).
 */
export const AUDIT_ACTIONS = [
  ...setupAuditActions,
  ...sessionAuditActions,
  ...accountsAuditActions,
  ...settingsAuditActions,
  ...auditOwnActions,
  ...jobsAuditActions,
  ...vaultAuditActions,
  ...casesAuditActions,
  ...draftsAuditActions,
  ...mentorsAuditActions,
  ...mentoringAuditActions,
  ...letterheadAuditActions,
  ...referralsAuditActions,
  ...documentsAuditActions,
  ...certificatesAuditActions,
  ...dashboardAuditActions,
  ...reportsAuditActions,
  ...importsAuditActions,
  ...backupAuditActions,
  ...restoreAuditActions,
  ...pdpaAuditActions,
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcomeName = (typeof AUDIT_OUTCOMES)[number];

export interface AuditEvent {
  seq: number;
  /** ISO-8601 UTC. */
  at: string;
  actorUserName: string | null;
  actorRole: string | null;
  action: AuditAction;
  targetType: string | null;
  targetId: string | null;
  outcome: AuditOutcomeName;
  machine: string;
  appVersion: string;
  /** Small JSON facts about the event (which fields changed…), never personal data. */
  details: Record<string, JsonValue> | null;
}

export const auditQuerySchema = z.strictObject({
  actorUserName: z.string().max(64).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  /** Local calendar dates (YYYY-MM-DD), inclusive. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Events older than this sequence number (paging backwards from the newest). */
  beforeSeq: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

export type AuditChainProblem =
  'mac_mismatch' | 'gap' | 'tail_cut' | 'anchor_mismatch' | 'anchor_missing';

export interface AuditVerification {
  ok: boolean;
  /** Events checked. */
  checked: number;
  /** The first event where the chain breaks, and how. */
  firstBroken: { seq: number; problem: AuditChainProblem } | null;
  verifiedAt: string;
}
