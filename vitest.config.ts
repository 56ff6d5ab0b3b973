import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** One worker per core for the Node projects, computed once so both projects state the same. */
const NODE_WORKERS = Math.max(1, availableParallelism());

/** What both renderer projects share: jsdom, the setup file, one worker (see below). */
const RENDERER = {
  maxWorkers: 1,
  include: ['tests/renderer/**/*.test.{ts,tsx}'],
  environment: 'jsdom' as const,
  setupFiles: ['tests/renderer/setup.ts'],
  // A hang guard, not a speed check: user-event types into jsdom key by key, and a long form
  // takes seconds when the core tests' Argon2id shares the two cores (the 5 s default was hit).
  testTimeout: 20_000,
};

const ISOLATED_RENDERER_FILES = [
  'tests/renderer/intake-date.test.tsx',
  'tests/renderer/accounts.test.tsx',
];

export default defineConfig({
  test: {
    // Two groups, one after the other (`sequence.groupOrder`): the Node files (unit, core) with one
    // worker per core, then the renderer files with one worker. Renderer tests failed now and then
    // to find a Mantine menu item; the cause was Mantine hiding popovers whose anchor measures
    // 0×0 in jsdom, now off in its test mode (AppProviders). Two renderer workers were tried
    // (Dec 2026, shared 2-core machine): the same wall time (286 s both) and two more flaky
    // failures (accounts' menu item, cases-list's search box), so one worker stays; the core
    // files, holding real databases and Argon2id, gain most from a second core.
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          maxWorkers: NODE_WORKERS,
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Kept isolated: several files replace `electron` with `vi.mock`, and in a shared worker
          // the first file's mock of that external module stays cached for the next (tried:
          // 20 tests failed). The project is small; the gain would be a few seconds.
          isolate: true,
        },
      },
      {
        test: {
          name: 'core',
          sequence: { groupOrder: 0 },
          maxWorkers: NODE_WORKERS,
          include: ['tests/core/**/*.test.ts'],
          environment: 'node',
          // Kept isolated: these files load the native SQLite driver, spawn and kill child
          // processes, and the fuzz test checks that no payload polluted Object.prototype — a
          // process of its own per file keeps one file's leftovers from deciding another's result.
          isolate: true,
          // Once per run: one signed-in office built through the real setup (`setUpOffice` copies
          // it), and the job workers and crash-test children bundled (job-worker-bundle.ts; a
          // worker loaded through tsx cost ~0.9 s of CPU, a bundled one ~0.3 s — Dec 2026).
          globalSetup: ['tests/support/office-template.global.ts'],
          // Real encrypted databases, child processes killed mid-write: give them room.
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          ...RENDERER,
          name: 'renderer',
          sequence: { groupOrder: 1 },
          exclude: ISOLATED_RENDERER_FILES,
          // One jsdom for all files of the worker: most of an isolated run was spent starting
          // jsdom, Mantine and the app's modules for each of the 45 files (measured: about 200 s
          // isolated, 80 s shared, on one worker). tests/renderer/setup.ts empties the document,
          // storage, hash and timers after every test so that no file sees another's leftovers.
          isolate: false,
        },
      },
      {
        plugins: [react()],
        test: {
          ...RENDERER,
          name: 'renderer-isolated',
          // After the shared group, alone (two renderer workers made Mantine menus flaky).
          sequence: { groupOrder: 2 },
          include: ISOLATED_RENDERER_FILES,
          // Files that failed in a shared jsdom after some other file (a Mantine date picker's
          // dropdown, a menu item that never opened) though they pass alone; isolated until the
          // leftover is found.
          isolate: true,
        },
      },
    ],
  },
});
