/**
 * The single permission table: role → what it may do. The IPC wrapper in main checks it for every
 * channel; the renderer only uses it to hide what the role cannot do.
 */
export const ROLES = ['admin', 'supervisor', 'officer', 'mentor'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Lock, sign out, change one's own password: everyone signed in. */
  'session.own',
  'settings.read',
  'settings.write',
  'accounts.manage',
  'audit.read',
  /** List and cancel one's own background jobs. */
  'jobs.own',
  /** The office's keys: the recovery code, the state of the key slots. */
  'vault.manage',
  /** Search and open case files, their history and attachments (each read is audited). */
  'cases.read',
  /** Register people, open cases, edit them, change status and consents, attach files. */
  'cases.write',
  /**
   * See and change what PDPA s.26 calls sensitive and the national ID: the case workers only.
   * The admin runs accounts and keys and does not need them (data minimisation, s.22).
   */
  'cases.reveal',
  /** Keep one's own unsaved form work as an encrypted draft. */
  'drafts.own',
  /** The mentor registry: profiles, capacity, skills, availability. */
  'mentors.manage',
  /** Rank mentors for a case, assign, reassign, end; take in a mentor's carried file. */
  'mentoring.coordinate',
  /**
   * A mentor's own work on their own mentees: workspace, sessions, outcomes, carry-out. Office
   * roles hold it too and use it when they have a mentor profile (office staff also mentor).
   */
  'mentoring.own',
  /** The letterhead: agency details, emblem, number prefix, signers, Thai digits (admin). */
  'letterhead.manage',
  /** The document register, a document's snapshot, the letterhead and signers, verifying. */
  'documents.read',
  /** Create referrals, change their status, keep the agencies directory. */
  'referrals.write',
  /** Issue letters and certificates (numbers from the register), print, save PDF, void. */
  'documents.issue',
  /** The dashboard and the aggregate reports (counts, no personal data), and their export. */
  'reports.read',
  /**
   * Export reports that name people (the beneficiary register, the document register): the
   * supervisor, who answers for it. Each export asks a reason and is audited with its row count.
   */
  'reports.exportPersonal',
  /** Import people and cases from a spreadsheet (dry run, then one transaction). */
  'cases.import',
  /** Back the office's data up to a folder (USB drive) and see the backup history. */
  'backup.create',
  /** Replace the office's database with a backup (the admin; keeps the replaced one). */
  'backup.restore',
  /** Record PDPA requests (access, erasure…) with their due dates; the retention report. */
  'pdpa.requests',
  /** Carry out a PDPA request: export everything about a person, anonymise them. */
  'pdpa.fulfil',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    'session.own',
    'settings.read',
    'settings.write',
    'accounts.manage',
    'audit.read',
    'jobs.own',
    'vault.manage',
    'cases.read',
    'cases.write',
    'drafts.own',
    'mentors.manage',
    'letterhead.manage',
    'documents.read',
    'reports.read',
    'backup.create',
    'backup.restore',
  ],
  supervisor: [
    'session.own',
    'settings.read',
    'jobs.own',
    'cases.read',
    'cases.write',
    'cases.reveal',
    'drafts.own',
    'mentors.manage',
    'mentoring.coordinate',
    'mentoring.own',
    'documents.read',
    'referrals.write',
    'documents.issue',
    'reports.read',
    'reports.exportPersonal',
    'cases.import',
    'backup.create',
    'pdpa.requests',
    'pdpa.fulfil',
  ],
  officer: [
    'session.own',
    'settings.read',
    'jobs.own',
    'cases.read',
    'cases.write',
    'cases.reveal',
    'drafts.own',
    'mentoring.coordinate',
    'mentoring.own',
    'documents.read',
    'referrals.write',
    'documents.issue',
    'cases.import',
    'pdpa.requests',
  ],
  mentor: ['session.own', 'mentoring.own'],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
