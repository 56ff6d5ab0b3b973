import type { Role } from '../permissions';

/**
 * What a restore shows before anything is swapped in (issue 11). No personal data: the office's
 * name, account names and roles, counts and versions. Paths stay in main: the page sees only
 * the backup folder's own name.
 */

/** The folder chosen (`restore.choose`): only its name, to show. */
export interface RestoreSource {
  folderName: string;
}

/** What the manifest says, once every file was found and matched its SHA-256. */
export interface RestoreManifestSummary {
  folderName: string;
  /** ISO-8601 UTC, shown in พ.ศ. */
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  counts: Record<string, number>;
  files: number;
  bytes: number;
}

/** The backup opened with its admin's password: what it contains. */
export interface RestoreContents {
  /** Names this opened backup for `restore.apply` (valid until applied or cancelled). */
  token: string;
  manifest: RestoreManifestSummary;
  officeName: string;
  accounts: { userName: string; role: Role; active: boolean }[];
  /** Rows counted in the opened copy (the same tables as the manifest's counts). */
  counts: Record<string, number>;
  /** `integrity_check` said ok (a damaged copy is refused before this point). */
  integrity: 'ok';
  /** The newest audit event is the one the manifest anchored. */
  anchorMatches: boolean;
  /** Same office uuid as the database open now; null when there is none (first run). */
  sameOffice: boolean | null;
  /**
   * People erased (PDPA s.33) in the office open now whose data this backup still holds: the
   * restore brings them back, to be erased again. Null when no office is open (first run).
   */
  erasuresUndone: number | null;
  /**
   * User names of accounts disabled or removed in the office open now that this backup holds
   * active: the restore gives their old passwords back. Null when no office is open.
   */
  accountsRevived: string[] | null;
}
