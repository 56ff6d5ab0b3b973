import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MANIFEST_FILE,
  type BackupManifest,
} from '../../src/shared/domain/backup';
import { LATEST_SCHEMA_VERSION } from '../../src/main/core/db/migrations';
import { BACKUP_FOLDER_PREFIX } from '../../src/main/core/files/choose-folder';
import type { TestOffice } from './office';

/** Tables a test backup counts (those that exist). */
const COUNTED = ['users', 'cases', 'beneficiaries', 'advisory_sessions', 'documents'];

/**
 * A backup folder of a signed-in test office, made exactly per the layout in
 * `src/shared/domain/backup.ts`: `VACUUM INTO` (SQLite3 Multiple Ciphers encrypts the target with
 * the source's cipher and key), the key file and compartments as they are, and a manifest with
 * every file's size and SHA-256, written last. For restore tests until the backup feature's own
 * writer is merged; deliberately simple (synchronous, no progress, no temp names).
 */
export function makeBackupFolder(
  office: Pick<TestOffice, 'core' | 'clock'>,
  dataDir: string,
  parent: string,
  overrides: Partial<BackupManifest> = {},
): string {
  const now = office.clock.now();
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  let folder = join(parent, `${BACKUP_FOLDER_PREFIX}${stamp.slice(0, 8)}-${stamp.slice(8)}`);
  for (let n = 2; existsSync(folder); n++) folder = `${folder}-${n}`;
  mkdirSync(folder, { recursive: true });
  const { sqlite } = office.core.sessions.unlocked();
  sqlite.prepare('VACUUM INTO ?').run(join(folder, 'kaona.db'));
  copyFileSync(join(dataDir, 'kaona.keys'), join(folder, 'kaona.keys'));
  const paths = ['kaona.db', 'kaona.keys'];
  if (existsSync(join(dataDir, 'mentors'))) {
    mkdirSync(join(folder, 'mentors'));
    for (const name of readdirSync(join(dataDir, 'mentors'))) {
      copyFileSync(join(dataDir, 'mentors', name), join(folder, 'mentors', name));
      paths.push(`mentors/${name}`);
    }
  }
  const tables = new Set(
    (
      sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as {
        name: string;
      }[]
    ).map((row) => row.name),
  );
  const counts = Object.fromEntries(
    COUNTED.filter((table) => tables.has(table)).map((table) => [
      table,
      (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    ]),
  );
  const newest = sqlite
    .prepare('SELECT seq, mac FROM audit_events ORDER BY seq DESC LIMIT 1')
    .get() as { seq: number; mac: string };
  const identity = sqlite.prepare('SELECT office_uuid FROM office_identity').get() as {
    office_uuid: string;
  };
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: now.toISOString(),
    appVersion: '0.0.0-test',
    schemaVersion: LATEST_SCHEMA_VERSION,
    officeUuid: identity.office_uuid,
    machine: 'TEST-PC',
    counts,
    files: paths.map((path) => fileEntry(folder, path)),
    auditAnchor: { seq: newest.seq, mac: newest.mac },
    ...overrides,
  };
  writeManifest(folder, manifest);
  return folder;
}

export function fileEntry(folder: string, path: string): BackupManifest['files'][number] {
  const full = join(folder, ...path.split('/'));
  return {
    path,
    bytes: statSync(full).size,
    sha256: createHash('sha256').update(readFileSync(full)).digest('hex'),
  };
}

export function readManifest(folder: string): BackupManifest {
  return JSON.parse(readFileSync(join(folder, BACKUP_MANIFEST_FILE), 'utf8')) as BackupManifest;
}

export function writeManifest(folder: string, manifest: unknown): void {
  writeFileSync(join(folder, BACKUP_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}
