#!/usr/bin/env node
// `npm test`: exactly what CI runs, stopping at the first failure.
// Stage 1 runs typecheck, lint and the build side by side: each is mostly one thread (tsc, eslint,
// prettier, vite) and none reads another's output, so on two cores they take about as long as the
// slowest of them instead of their sum. Their output is buffered and printed whole when each ends,
// so the three never interleave; if one fails, the others are stopped and the failure is the last
// thing printed. Then every test suite, one after the other (each already uses every core): the
// build must be done first, since the preload and e2e tests use its output.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const stages = [
  [
    ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
    ['lint', 'npm', ['run', '--silent', 'lint']],
    ['build', 'npm', ['run', '--silent', 'build']],
  ],
  [['unit, core and renderer tests', 'npx', ['vitest', 'run']]],
  [['browser end-to-end tests', 'npx', ['playwright', 'test']]],
  [['Electron smoke tests', 'npm', ['run', '--silent', 'test:electron']]],
];

const seconds = (started) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/**
 * Runs one step. Alone in its stage it inherits the terminal (live output, colours); beside others
 * its stdout and stderr go to one buffer, printed when it ends.
 */
function run([name, command, args], alone) {
  const started = Date.now();
  const child = spawn(command, args, {
    stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
    // Its own process group, so a failing sibling can stop it and everything it started.
    detached: !alone && process.platform !== 'win32',
  });
  const chunks = [];
  if (!alone) {
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
  }
  const done = new Promise((resolve) => {
    child.on('error', (error) => resolve({ status: 1, error }));
    child.on('close', (status, signal) => resolve({ status: status ?? 1, signal }));
  }).then((result) => ({ ...result, name, output: Buffer.concat(chunks), time: seconds(started) }));
  return { child, done };
}

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (process.platform === 'win32') child.kill();
    else process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

for (const stage of stages) {
  const alone = stage.length === 1;
  if (alone) console.log(`\n▶ ${stage[0][0]}`);
  else console.log(`\n▶ ${stage.map(([name]) => name).join(', ')} (side by side)`);
  const running = stage.map((step) => run(step, alone));
  const pending = new Map(running.map((r, i) => [i, r.done.then((result) => ({ i, result }))]));
  let failure = null;
  while (pending.size > 0) {
    const { i, result } = await Promise.race(pending.values());
    pending.delete(i);
    if (result.stopped) continue;
    if (!alone) {
      console.log(`\n── ${result.name} ──`);
      process.stdout.write(result.output);
    }
    if (result.error || result.status !== 0) {
      failure = result;
      for (const { child } of running) stop(child);
      // Wait for the stopped siblings so none outlives this script; their output is not news.
      for (const [j, p] of pending)
        pending.set(
          j,
          p.then(({ i: k }) => ({ i: k, result: { stopped: true } })),
        );
      continue;
    }
    console.log(`✔ ${result.name} (${result.time})`);
  }
  if (failure) {
    const why = failure.error ? `: ${failure.error.message}` : '';
    console.error(`\n✖ ${failure.name} failed${why} (${failure.time})`);
    process.exit(failure.status || 1);
  }
}
console.log('\nAll checks passed.');
