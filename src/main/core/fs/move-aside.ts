import { existsSync, renameSync } from 'node:fs';

/**
 * The name a file gets when it is moved aside instead of deleted: `kaona.keys.damaged-20261202T0130Z`.
 * Kaona never deletes a database or key file it replaces: a clerk's mistake, a sync tool or
 * antivirus must not cost an office its data.
 */
export function asideName(path: string, why: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  let candidate = `${path}.${why}-${stamp}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${path}.${why}-${stamp}-${n}`;
  return candidate;
}

/** Moves a file aside (see `asideName`); returns where it went, or null when there was none. */
export function moveAside(path: string, why: string, now: Date): string | null {
  if (!existsSync(path)) return null;
  const target = asideName(path, why, now);
  renameSync(path, target);
  return target;
}
