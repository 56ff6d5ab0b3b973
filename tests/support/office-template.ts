import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The signed-in office fixture's template: one data folder set up through the real first-run flow
 * once per vitest run (tests/support/office-template.global.ts), then copied into each test's temp
 * folder by `setUpOffice`. Setup costs two 128 MiB Argon2id derivations plus creating and
 * migrating the database; a copy costs a few file copies, and signing in one Argon2id.
 *
 * Only plain `node:fs` here: the global setup and the test workers both import this file.
 */

/** What the tests need to know about the template, kept in `office.json` beside its folder. */
export interface OfficeTemplateManifest {
  /** The recovery code setup showed once; every copy shares it (and the database key). */
  recoveryCode: string;
  agencyName: string;
  adminUserName: string;
  /** The manual clock's time while setup ran; copies are used from the same instant on. */
  builtAt: string;
}

const DATA_FOLDER = 'office';
const MANIFEST = 'office.json';

/** SQLite's side files: a template that still has them is open or was not checkpointed. */
const SIDE_FILE = /-(wal|shm|journal)$/;

export function templateDataDir(templateRoot: string): string {
  return join(templateRoot, DATA_FOLDER);
}

export function writeOfficeTemplateManifest(
  templateRoot: string,
  manifest: OfficeTemplateManifest,
): void {
  const leftovers = readdirSync(templateDataDir(templateRoot)).filter((name) =>
    SIDE_FILE.test(name),
  );
  // Copies must never share a write-ahead log: a template with one was not closed cleanly.
  if (leftovers.length > 0)
    throw new Error(`office template not closed cleanly, found: ${leftovers.join(', ')}`);
  writeFileSync(join(templateRoot, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function readOfficeTemplateManifest(templateRoot: string): OfficeTemplateManifest {
  return JSON.parse(readFileSync(join(templateRoot, MANIFEST), 'utf8')) as OfficeTemplateManifest;
}

/** Copies the template's closed files into `dataDir`, which must not hold an office yet. */
export function copyOfficeTemplate(templateRoot: string, dataDir: string): OfficeTemplateManifest {
  const manifest = readOfficeTemplateManifest(templateRoot);
  if (existsSync(join(dataDir, 'kaona.db')))
    throw new Error(`${dataDir} already holds an office; setUpOffice needs an empty folder`);
  // Plain file copies (no links, no copy-on-write sharing the fixture relies on): each test's
  // database is its own file from here on.
  cpSync(templateDataDir(templateRoot), dataDir, { recursive: true, errorOnExist: true });
  return manifest;
}
