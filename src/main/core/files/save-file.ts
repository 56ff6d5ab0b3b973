import { randomBytes } from 'node:crypto';
import { rmSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The kinds of file Kaona writes for a person; each gets its own file-type filter. */
export const SAVE_KINDS = ['pdf', 'xlsx', 'csv', 'json', 'backup', 'carry'] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];

export interface SaveRequest {
  /** A file name to suggest, without a folder (for example `รายงาน-2569.xlsx`). */
  suggestedName: string;
  kind: SaveKind;
}

/**
 * Asks where to write a file: the desktop shows a save dialog, the web host picks a file in its
 * downloads folder. Resolves null when the person cancels.
 */
export type ChooseSavePath = (request: SaveRequest) => Promise<string | null>;

export type SaveOutcome = { saved: false } | { saved: true; fileName: string };

/**
 * Writes a file the person asked for (an export, a PDF, a backup) to the place they chose. Files
 * never cross IPC as bytes: main writes them, and the page learns only the file's name. The
 * content goes to a temporary name beside the target first, so a crash or a failed write never
 * leaves a half-written file under the name the person will open.
 */
export async function saveUserFile(
  choose: ChooseSavePath | undefined,
  request: SaveRequest,
  write: (path: string) => Promise<void>,
): Promise<SaveOutcome> {
  if (!choose) return { saved: false };
  const target = await choose(request);
  if (!target) return { saved: false };
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${randomBytes(4).toString('hex')}.part`,
  );
  try {
    await write(temporary);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return { saved: true, fileName: basename(target) };
}
