import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** One worker per core for the Node projects, computed once so both projects state the same. */
const NODE_WORKERS = Math.max(1, availableParallelism());

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
          // One signed-in office built per run through the real setup; `setUpOffice` copies it.
          globalSetup: ['tests/support/office-template.global.ts'],
          // Real encrypted databases, child processes killed mid-write: give them room.
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          sequence: { groupOrder: 1 },
          maxWorkers: 1,
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // Kept isolated for now. With `isolate: false` (one jsdom per worker, vitest's hint says
          // ~29 s saved here) accounts.test.tsx once failed after other files had run in the same
          // worker (its menu item never appeared), though it passes alone: something (Mantine's
          // shared portal node?) outlives tests/renderer/setup.ts's clean-up. Retry once that
          // clean-up also resets the portals.
          isolate: true,
          setupFiles: ['tests/renderer/setup.ts'],
          // A hang guard, not a speed check: user-event types into jsdom key by key, and a long
          // form takes seconds when the core tests' Argon2id shares the two cores (the 5 s default
          // was hit once).
          testTimeout: 20_000,
        },
      },
    ],
  },
});
