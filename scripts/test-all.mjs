#!/usr/bin/env node
// `npm test`: exactly what CI runs, in order, stopping at the first failure.
// Typecheck and lint first (cheap), then the build (the preload and e2e tests use its output),
// then every test suite.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['unit, core and renderer tests', 'npx', ['vitest', 'run']],
  ['browser end-to-end tests', 'npx', ['playwright', 'test']],
  ['Electron smoke tests', 'npm', ['run', '--silent', 'test:electron']],
];

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const { status, error } = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (error || status !== 0) {
    console.error(`\n✖ ${name} failed${error ? `: ${error.message}` : ''}`);
    process.exit(status || 1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log('\nAll checks passed.');
