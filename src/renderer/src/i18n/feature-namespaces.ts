import { addressesReasons } from '../../../shared/contract/methods/addresses';
import { appReasons } from '../../../shared/contract/methods/app';
import { accountsAuditActions, accountsReasons } from '../../../shared/contract/methods/accounts';
import { auditReasons } from '../../../shared/contract/methods/audit';
import { casesAuditActions, casesReasons } from '../../../shared/contract/methods/cases';
import { draftsAuditActions, draftsReasons } from '../../../shared/contract/methods/drafts';
import {
  mentoringAuditActions,
  mentoringReasons,
} from '../../../shared/contract/methods/mentoring';
import { mentorsAuditActions, mentorsReasons } from '../../../shared/contract/methods/mentors';
import { jobsAuditActions, jobsReasons } from '../../../shared/contract/methods/jobs';
import { preferencesReasons } from '../../../shared/contract/methods/preferences';
import { sessionAuditActions, sessionReasons } from '../../../shared/contract/methods/session';
import { settingsAuditActions, settingsReasons } from '../../../shared/contract/methods/settings';
import { setupAuditActions, setupReasons } from '../../../shared/contract/methods/setup';
import { vaultAuditActions, vaultReasons } from '../../../shared/contract/methods/vault';
import {
  letterheadAuditActions,
  letterheadReasons,
} from '../../../shared/contract/methods/letterhead';
import {
  referralsAuditActions,
  referralsReasons,
} from '../../../shared/contract/methods/referrals';
import {
  documentsAuditActions,
  documentsReasons,
} from '../../../shared/contract/methods/documents';
import {
  certificatesAuditActions,
  certificatesReasons,
} from '../../../shared/contract/methods/certificates';
import {
  dashboardAuditActions,
  dashboardReasons,
} from '../../../shared/contract/methods/dashboard';
import { reportsAuditActions, reportsReasons } from '../../../shared/contract/methods/reports';
import { importsAuditActions, importsReasons } from '../../../shared/contract/methods/imports';
import { backupAuditActions, backupReasons } from '../../../shared/contract/methods/backup';
import { restoreAuditActions, restoreReasons } from '../../../shared/contract/methods/restore';
import { pdpaAuditActions, pdpaReasons } from '../../../shared/contract/methods/pdpa';
import { commonReasons } from '../../../shared/contract/reasons';
import { auditOwnActions, type AuditAction } from '../../../shared/domain/audit';
import type { Reason } from '../../../shared/contract';
import enAbout from './locales/en/about.json';
import enAccounts from './locales/en/accounts.json';
import enAddresses from './locales/en/addresses.json';
import enAudit from './locales/en/audit.json';
import enCases from './locales/en/cases.json';
import enAuth from './locales/en/auth.json';
import enDrafts from './locales/en/drafts.json';
import enIntake from './locales/en/intake.json';
import enJobs from './locales/en/jobs.json';
import enMentoring from './locales/en/mentoring.json';
import enMentors from './locales/en/mentors.json';
import enSettings from './locales/en/settings.json';
import enShell from './locales/en/shell.json';
import enVault from './locales/en/vault.json';
import enLetterhead from './locales/en/letterhead.json';
import enReferrals from './locales/en/referrals.json';
import enDocuments from './locales/en/documents.json';
import enCertificates from './locales/en/certificates.json';
import enPrint from './locales/en/print.json';
import enDashboard from './locales/en/dashboard.json';
import enReports from './locales/en/reports.json';
import enImports from './locales/en/imports.json';
import enBackup from './locales/en/backup.json';
import enRestore from './locales/en/restore.json';
import enPdpa from './locales/en/pdpa.json';
import thAbout from './locales/th/about.json';
import thAccounts from './locales/th/accounts.json';
import thAddresses from './locales/th/addresses.json';
import thAudit from './locales/th/audit.json';
import thCases from './locales/th/cases.json';
import thAuth from './locales/th/auth.json';
import thDrafts from './locales/th/drafts.json';
import thIntake from './locales/th/intake.json';
import thJobs from './locales/th/jobs.json';
import thMentoring from './locales/th/mentoring.json';
import thMentors from './locales/th/mentors.json';
import thSettings from './locales/th/settings.json';
import thShell from './locales/th/shell.json';
import thVault from './locales/th/vault.json';
import thLetterhead from './locales/th/letterhead.json';
import thReferrals from './locales/th/referrals.json';
import thDocuments from './locales/th/documents.json';
import thCertificates from './locales/th/certificates.json';
import thPrint from './locales/th/print.json';
import thDashboard from './locales/th/dashboard.json';
import thReports from './locales/th/reports.json';
import thImports from './locales/th/imports.json';
import thBackup from './locales/th/backup.json';
import thRestore from './locales/th/restore.json';
import thPdpa from './locales/th/pdpa.json';

/**
 * One namespace: its Thai and English catalogues and the contract lists it translates (under
 * `reasons` and `auditActions`). English is typed as Thai's shape (`NoInfer` keeps TypeScript
 * from widening Thai to fit English), so a key missing from English is a compile error; the
 * catalogue tests check the other direction and that each namespace has exactly its lists.
 */
function namespace<
  T,
  const R extends readonly Reason[] = readonly [],
  const A extends readonly AuditAction[] = readonly [],
>(th: T, en: NoInfer<T>, lists: { reasons?: R; auditActions?: A } = {}) {
  const none = [] as const;
  return {
    th,
    en,
    reasons: (lists.reasons ?? none) as R,
    auditActions: (lists.auditActions ?? none) as A,
  };
}

/**
 * Every i18next namespace: one per feature, one line each. A namespace owns the messages for the
 * reasons and audit actions of its feature's contract lists, so `errorMessage()` and the audit
 * screen find a reason's or an action's namespace here, and the catalogue tests walk these lists.
 * `shell` is the default namespace: the app's frame, the error codes, what every form shares, and
 * the reasons no single feature owns.
 */
export const FEATURE_NAMESPACES = {
  shell: namespace(thShell, enShell, {
    reasons: [...commonReasons, ...appReasons, ...preferencesReasons],
  }),
  about: namespace(thAbout, enAbout),
  auth: namespace(thAuth, enAuth, {
    reasons: [...setupReasons, ...sessionReasons],
    auditActions: [...setupAuditActions, ...sessionAuditActions],
  }),
  accounts: namespace(thAccounts, enAccounts, {
    reasons: accountsReasons,
    auditActions: accountsAuditActions,
  }),
  settings: namespace(thSettings, enSettings, {
    reasons: settingsReasons,
    auditActions: settingsAuditActions,
  }),
  audit: namespace(thAudit, enAudit, { reasons: auditReasons, auditActions: auditOwnActions }),
  jobs: namespace(thJobs, enJobs, { reasons: jobsReasons, auditActions: jobsAuditActions }),
  vault: namespace(thVault, enVault, { reasons: vaultReasons, auditActions: vaultAuditActions }),
  addresses: namespace(thAddresses, enAddresses, { reasons: addressesReasons }),
  cases: namespace(thCases, enCases, { reasons: casesReasons, auditActions: casesAuditActions }),
  intake: namespace(thIntake, enIntake),
  drafts: namespace(thDrafts, enDrafts, {
    reasons: draftsReasons,
    auditActions: draftsAuditActions,
  }),
  mentors: namespace(thMentors, enMentors, {
    reasons: mentorsReasons,
    auditActions: mentorsAuditActions,
  }),
  mentoring: namespace(thMentoring, enMentoring, {
    reasons: mentoringReasons,
    auditActions: mentoringAuditActions,
  }),
  letterhead: namespace(thLetterhead, enLetterhead, {
    reasons: letterheadReasons,
    auditActions: letterheadAuditActions,
  }),
  referrals: namespace(thReferrals, enReferrals, {
    reasons: referralsReasons,
    auditActions: referralsAuditActions,
  }),
  documents: namespace(thDocuments, enDocuments, {
    reasons: documentsReasons,
    auditActions: documentsAuditActions,
  }),
  certificates: namespace(thCertificates, enCertificates, {
    reasons: certificatesReasons,
    auditActions: certificatesAuditActions,
  }),
  print: namespace(thPrint, enPrint),
  dashboard: namespace(thDashboard, enDashboard, {
    reasons: dashboardReasons,
    auditActions: dashboardAuditActions,
  }),
  reports: namespace(thReports, enReports, {
    reasons: reportsReasons,
    auditActions: reportsAuditActions,
  }),
  imports: namespace(thImports, enImports, {
    reasons: importsReasons,
    auditActions: importsAuditActions,
  }),
  backup: namespace(thBackup, enBackup, {
    reasons: backupReasons,
    auditActions: backupAuditActions,
  }),
  restore: namespace(thRestore, enRestore, {
    reasons: restoreReasons,
    auditActions: restoreAuditActions,
  }),
  pdpa: namespace(thPdpa, enPdpa, {
    reasons: pdpaReasons,
    auditActions: pdpaAuditActions,
  }),
};

export type FeatureNamespace = keyof typeof FEATURE_NAMESPACES;
export const NAMESPACES = Object.keys(FEATURE_NAMESPACES) as FeatureNamespace[];
export const DEFAULT_NAMESPACE = 'shell' satisfies FeatureNamespace;

// ── compile-time checks ───────────────────────────────────────────────────────────────────────
// A reason or an audit action added to a contract list but to no namespace here would reach the
// clerk as a raw key; a failing check names it in the compiler's message.
type Owned<List extends 'reasons' | 'auditActions'> =
  (typeof FEATURE_NAMESPACES)[FeatureNamespace][List][number];
export const EVERY_REASON_HAS_A_NAMESPACE: [Exclude<Reason, Owned<'reasons'>>] extends [never]
  ? true
  : Exclude<Reason, Owned<'reasons'>> = true;
export const EVERY_AUDIT_ACTION_HAS_A_NAMESPACE: [
  Exclude<AuditAction, Owned<'auditActions'>>,
] extends [never]
  ? true
  : Exclude<AuditAction, Owned<'auditActions'>> = true;
