import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { JobWorkerEntry } from '../../src/main/core/jobs/job-worker-entry';

/**
 * The job workers the core tests start, bundled once per vitest run (the core project's global
 * setup). Run from the sources, every job's worker thread loads tsx and compiles the job kinds and
 * everything they import again: about 0.9 s of CPU per job, against 0.3 s for a bundle, and the
 * core tests start a hundred or so jobs. The bundle is built from the same sources, like the app's
 * `out/main/job-worker.js` (packages stay outside: the native SQLite driver, exceljs, pdf-lib), so
 * the tests still run the code under test, not a stale build. The source path itself stays covered:
 * `recordingRunner` without a `worker` (jobs-audit-verify) starts the default entry through tsx.
 * The crash tests' child processes are bundled the same way (`childScriptArgs`).
 */
export interface JobWorkerBundles {
  /** The app's job kinds (src/main/core/jobs/job-worker.ts): what every test office starts. */
  app: JobWorkerEntry;
  /** The app's kinds plus the test-only ones (tests/support/jobs-test-worker.ts). */
  test: JobWorkerEntry;
  /** The crash tests' child processes, by the name `childScript` takes; the same saving. */
  children: Record<ChildScript, string>;
}

/** Child processes the crash tests start and kill (tests/support/<name>.ts). */
const CHILD_SCRIPTS = ['crash-writer', 'backup-crash-child', 'rotation-crash-child'] as const;
export type ChildScript = (typeof CHILD_SCRIPTS)[number];

/**
 * The arguments for `node` that run a crash test's child script: its bundle from the global setup,
 * or else (a run without it) the source through tsx.
 */
export function childScriptArgs(
  name: ChildScript,
  bundled: JobWorkerBundles | undefined,
): string[] {
  const bundle = bundled?.children[name];
  return bundle ? [bundle] : ['--import', 'tsx', join(ROOT, 'tests/support', `${name}.ts`)];
}

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Builds both bundles into a fresh folder under node_modules/.cache (inside the project, so that
 * the bundles' `import 'kysely'` finds node_modules); returns them and a function removing them.
 */
export async function buildJobWorkerBundles(): Promise<{
  bundles: JobWorkerBundles;
  remove: () => void;
}> {
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outdir = mkdtempSync(join(cache, 'kaona-test-job-workers-'));
  // Loaded here only: the crash tests import `childScriptArgs` from this file, not esbuild.
  const { build } = await import('esbuild');
  try {
    await build({
      entryPoints: {
        app: join(ROOT, 'src/main/core/jobs/job-worker.ts'),
        test: join(ROOT, 'tests/support/jobs-test-worker.ts'),
        ...Object.fromEntries(
          CHILD_SCRIPTS.map((name) => [name, join(ROOT, 'tests/support', `${name}.ts`)]),
        ),
      },
      outdir,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      packages: 'external',
      sourcemap: 'inline',
      logLevel: 'warning',
    });
  } catch (error) {
    rmSync(outdir, { recursive: true, force: true });
    throw error;
  }
  return {
    bundles: {
      app: { file: join(outdir, 'app.mjs'), execArgv: [] },
      test: { file: join(outdir, 'test.mjs'), execArgv: [] },
      children: Object.fromEntries(
        CHILD_SCRIPTS.map((name) => [name, join(outdir, `${name}.mjs`)]),
      ) as Record<ChildScript, string>,
    },
    remove: () => rmSync(outdir, { recursive: true, force: true }),
  };
}
