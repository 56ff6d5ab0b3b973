import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  BACKUP_DATABASE_FILE,
  BACKUP_MENTORS_FOLDER,
  type BackupManifest,
} from '../../../shared/domain/backup';
import type {
  RestoreContents,
  RestoreManifestSummary,
  RestoreSource,
} from '../../../shared/domain/restore';
import type { Kysely } from 'kysely';
import { AuditLog } from '../audit/audit-log';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { THROTTLE_FILE_KEY } from '../auth/throttle-audit';
import type { DatabaseSchema } from '../db/schema';
import { putSettingValue } from '../settings/settings-repository';
import type { Clock } from '../clock';
import { createKysely, openEncryptedDatabase } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { AppError } from '../errors';
import type { ChooseFolder } from '../files/choose-folder';
import { readBackupManifest } from './backup-manifest';
import { recordRestoredBackup } from './restored-backup-row';
import { unlockBackup, type UnlockedBackup } from './backup-unlock';
import { copyVerified, type CopyProgress } from './copy-verified';
import { RESTORE_SCRATCH, replacedFolderName, swapIn, type SwapStep } from './restore-swap';

export interface RestoreServiceOptions {
  dataDir: string;
  clock: Clock;
  machine: string;
  appVersion: string;
  chooseFolder: ChooseFolder | undefined;
  /** Test hook: called after each durable step of the swap. */
  onSwapStep?: (step: SwapStep) => void;
}

/** Counts a wrong backup password like a failed sign-in (`SessionManager.passwordAttempts`). */
export interface PasswordAttempts {
  check(): void;
  failed(userName: string): void;
}

interface Inspected {
  folder: string;
  manifest: BackupManifest;
}

interface Opened extends UnlockedBackup {
  token: string;
  inspected: Inspected;
  /** Whether an office was open to compare erasures with (signed in), or not (first run). */
  erasuresKnown: boolean;
}

/**
 * One restore at a time, in four steps: choose a folder, inspect it (copy into the scratch folder
 * while checking every file), unlock the copy with an admin password of the backup, apply (swap
 * it in). Each step needs the one before; choosing again or cancelling starts over and removes
 * the scratch copy. The backup's key lives only here, in memory, between unlock and apply.
 */
export class RestoreService {
  private chosen: string | null = null;
  private inspected: Inspected | null = null;
  private opened: Opened | null = null;
  private running: AbortController | null = null;
  /** Set while `apply` writes into the scratch copy and swaps it in: nothing may touch it. */
  private applying = false;

  constructor(private readonly options: RestoreServiceOptions) {}

  private get scratch(): string {
    return join(this.options.dataDir, RESTORE_SCRATCH);
  }

  async choose(): Promise<RestoreSource | null> {
    if (!this.options.chooseFolder) throw new AppError('CONFLICT', 'restore_no_folder');
    this.refuseWhileApplying();
    this.reset();
    const folder = await this.options.chooseFolder('backup-source');
    if (!folder) return null;
    this.chosen = folder;
    return { folderName: basename(folder) };
  }

  /** Copies and checks the chosen backup; refused files leave nothing behind. */
  async inspect(progress: CopyProgress): Promise<RestoreManifestSummary> {
    const folder = this.chosen;
    if (!folder) throw new AppError('CONFLICT', 'restore_not_chosen');
    if (this.running) throw new AppError('CONFLICT', 'restore_busy');
    this.refuseWhileApplying();
    const controller = new AbortController();
    this.running = controller;
    this.dropOpened();
    this.inspected = null;
    try {
      const manifest = await readBackupManifest(folder);
      this.freshScratch();
      const signal = AbortSignal.any([progress.signal, controller.signal]);
      await copyVerified(folder, manifest, this.scratch, { signal, report: progress.report });
      mkdirSync(join(this.scratch, BACKUP_MENTORS_FOLDER), { recursive: true, mode: 0o700 });
      this.inspected = { folder, manifest };
      return summaryOf(folder, manifest);
    } catch (error) {
      rmSync(this.scratch, { recursive: true, force: true });
      throw error;
    } finally {
      this.running = null;
    }
  }

  async unlock(
    userName: string,
    password: string,
    attempts: PasswordAttempts,
    currentOfficeUuid: string | null,
    erasedNow: readonly number[] | null = null,
    inactiveNow: readonly string[] | null = null,
  ): Promise<RestoreContents> {
    const inspected = this.inspected;
    if (!inspected) throw new AppError('CONFLICT', 'restore_not_inspected');
    if (this.running) throw new AppError('CONFLICT', 'restore_busy');
    this.refuseWhileApplying();
    attempts.check();
    this.dropOpened();
    const unlocked = await unlockBackup(
      this.scratch,
      userName,
      password,
      Object.keys(inspected.manifest.counts),
      erasedNow ?? [],
      inactiveNow ?? [],
    );
    if (!unlocked) {
      attempts.failed(userName);
      throw new AppError('UNAUTHENTICATED', 'bad_credentials');
    }
    // The password check takes a while: a cancel, a new choice or a new check meanwhile replaced
    // or removed the copy this key opened. The key is not kept for a copy that is gone.
    if (this.inspected !== inspected || this.running || this.applying) {
      unlocked.key.fill(0);
      throw new AppError('CONFLICT', 'restore_not_inspected');
    }
    const token = randomUUID();
    this.opened = { ...unlocked, token, inspected, erasuresKnown: erasedNow !== null };
    const { facts } = unlocked;
    const anchor = inspected.manifest.auditAnchor;
    return {
      token,
      manifest: summaryOf(inspected.folder, inspected.manifest),
      officeName: facts.officeName,
      accounts: facts.accounts,
      counts: facts.counts,
      integrity: 'ok',
      anchorMatches:
        facts.newestAudit !== null &&
        facts.newestAudit.seq === anchor.seq &&
        facts.newestAudit.mac === anchor.mac,
      sameOffice:
        currentOfficeUuid === null || facts.officeUuid === null
          ? null
          : currentOfficeUuid === facts.officeUuid,
      erasuresUndone: erasedNow === null ? null : facts.erasuresUndone.length,
      accountsRevived:
        inactiveNow === null ? null : facts.accountsRevived.map((account) => account.userName),
    };
  }

  /** The opened copy for `token`, or CONFLICT: the page must unlock (again) first. */
  pending(token: string): Opened {
    if (!this.opened || this.opened.token !== token)
      throw new AppError('CONFLICT', 'restore_not_opened');
    return this.opened;
  }

  /**
   * Swaps the opened copy in. The caller has closed the office database (signed everyone out).
   * First the copy gets its `restore.applied` event and the anchor of its log, so the swap
   * itself is renames only. Returns the replaced copy's folder name.
   */
  async apply(token: string): Promise<string> {
    const opened = this.pending(token);
    this.refuseWhileApplying();
    if (this.running) throw new AppError('CONFLICT', 'restore_busy');
    this.applying = true;
    try {
      const { dataDir, clock } = this.options;
      const replaced = replacedFolderName(dataDir, clock.now());
      await this.recordApplied(opened, replaced);
      swapIn(dataDir, replaced, this.options.onSwapStep);
      this.dropOpened();
      this.chosen = null;
      this.inspected = null;
      return replaced;
    } finally {
      this.applying = false;
    }
  }

  /**
   * One step at a time (found in review, issue 11): a second call while `apply` writes into the
   * scratch copy would remove or replace it under the swap, and swap in half a backup.
   */
  private refuseWhileApplying(): void {
    if (this.applying) throw new AppError('CONFLICT', 'restore_busy');
  }

  /** Stops a running check, forgets the key, removes the scratch copy. */
  reset(): void {
    // Apply has the copy open and is moving it in; the sign-out it causes calls this as well.
    if (this.applying) return;
    const started = this.chosen !== null;
    this.running?.abort();
    this.dropOpened();
    this.chosen = null;
    this.inspected = null;
    // A running check removes its own copy as it fails; a leftover from before a crash goes at
    // the next start (`finishInterruptedRestore`).
    if (started && !this.running) rmSync(this.scratch, { recursive: true, force: true });
  }

  private async recordApplied(opened: Opened, replaced: string): Promise<void> {
    const { manifest } = opened.inspected;
    const db = createKysely(
      openEncryptedDatabase(join(this.scratch, BACKUP_DATABASE_FILE), opened.key),
    );
    try {
      // A backup made by an older Kaona is brought up to this build's schema here, in the copy.
      await migrateToLatest(db);
      await adoptThrottleFile(db, this.options.dataDir, this.options.clock.now());
      await recordRestoredBackup(db, opened.inspected.folder, manifest);
      const audit = new AuditLog(db, {
        // The anchor is written beside the copy and moves in with it.
        dataDir: this.scratch,
        machine: this.options.machine,
        appVersion: this.options.appVersion,
        now: () => this.options.clock.now(),
      });
      await audit.record({
        action: 'restore.applied',
        outcome: 'success',
        actor: opened.admin,
        details: {
          backupCreatedAt: manifest.createdAt,
          backupAppVersion: manifest.appVersion,
          backupSchemaVersion: manifest.schemaVersion,
          replacedFolder: replaced,
          // Whom to erase again: ids only (found in review, issue 11).
          ...(opened.erasuresKnown
            ? {
                erasuresUndone: opened.facts.erasuresUndone.length,
                erasuresUndoneIds: opened.facts.erasuresUndone.map(String),
                accountsRevived: opened.facts.accountsRevived.length,
                accountsRevivedIds: opened.facts.accountsRevived.map((account) =>
                  String(account.id),
                ),
              }
            : {}),
          // Counted in the opened copy (tables that exist), not the manifest's own keys.
          ...Object.fromEntries(
            Object.entries(opened.facts.counts).map(([table, count]) => [`count_${table}`, count]),
          ),
        },
      });
      await audit.flushAnchor();
      audit.wipe();
    } finally {
      await db.destroy();
    }
  }

  private freshScratch(): void {
    rmSync(this.scratch, { recursive: true, force: true });
    mkdirSync(this.scratch, { mode: 0o700 });
  }

  private dropOpened(): void {
    this.opened?.key.fill(0);
    this.opened = null;
  }

  /** For tests: whether a scratch copy is on disk. */
  scratchExists(): boolean {
    return existsSync(this.scratch);
  }
}

/**
 * The copy remembers the throttle file of the day it was made; this PC's file is another one
 * (or none, on a fresh folder). Without this, the first sign-in after a restore would log
 * `session.throttle_state_lost` for a file nobody touched. The copy adopts this PC's file as it
 * is now, so a later deletion or swap is noticed as before.
 */
async function adoptThrottleFile(
  db: Kysely<DatabaseSchema>,
  dataDir: string,
  now: Date,
): Promise<void> {
  const found = new SignInThrottle(dataDir).inspect();
  if (found.status === 'ok' && found.fileId !== null)
    await putSettingValue(db, THROTTLE_FILE_KEY, found.fileId, now);
  else await db.deleteFrom('settings').where('key', '=', THROTTLE_FILE_KEY).execute();
}

function summaryOf(folder: string, manifest: BackupManifest): RestoreManifestSummary {
  return {
    folderName: basename(folder),
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    counts: manifest.counts,
    files: manifest.files.length,
    bytes: manifest.files.reduce((sum, file) => sum + file.bytes, 0),
  };
}
