import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  ADMIN,
  OFFICE_AGENCY_NAME,
  TEST_START,
  buildRunColleagueSeeds,
  setUpOfficeFromScratch,
  type RunColleagueSeeds,
} from './office';
import { buildJobWorkerBundles, type JobWorkerBundles } from './job-worker-bundle';
import { templateDataDir, writeOfficeTemplateManifest } from './office-template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the signed-in office template and its manifest (office-template.ts). */
    officeTemplate: string;
    /** The job workers bundled for this run (job-worker-bundle.ts). */
    jobWorkers: JobWorkerBundles;
    /** The colleagues' offices built once per run (office.ts, `RUN_COLLEAGUES`). */
    colleagueSeeds: RunColleagueSeeds;
  }
}

/**
 * vitest `globalSetup` of the core project: runs the real first-run setup once per run into a
 * template folder, then closes the office the way quitting the app does (the audit log is
 * anchored, the WAL checkpointed and removed), so that every copy starts from closed files.
 * Also bundles the job workers once for the run (job-worker-bundle.ts) and builds the offices of
 * the colleagues most files need (office.ts, `RUN_COLLEAGUES`).
 */
export default async function buildOfficeTemplate(project: TestProject) {
  const workers = await buildJobWorkerBundles();
  project.provide('jobWorkers', workers.bundles);
  const root = mkdtempSync(join(tmpdir(), 'kaona-office-template-'));
  const dataDir = templateDataDir(root);
  mkdirSync(dataDir);
  const office = await setUpOfficeFromScratch(dataDir);
  await office.core.close();
  writeOfficeTemplateManifest(root, {
    recoveryCode: office.recoveryCode,
    agencyName: OFFICE_AGENCY_NAME,
    adminUserName: ADMIN.userName,
    builtAt: TEST_START.toISOString(),
  });
  project.provide('officeTemplate', root);
  project.provide('colleagueSeeds', await buildRunColleagueSeeds(root));
  return () => {
    rmSync(root, { recursive: true, force: true });
    workers.remove();
  };
}
