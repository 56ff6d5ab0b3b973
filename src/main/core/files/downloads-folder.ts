import { existsSync, mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ChooseSavePath } from './save-file';

export const DOWNLOADS_FOLDER = 'downloads';

/**
 * Where the web host (dev and tests) saves what the desktop would ask a save dialog for: a
 * `downloads` folder inside the data folder, never a path the page could choose. Names are cleaned
 * of folders and control characters, and an existing file is never overwritten.
 */
export function downloadsFolderChooser(dataDir: string): ChooseSavePath {
  return async ({ suggestedName }) => {
    const folder = join(dataDir, DOWNLOADS_FOLDER);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const name = safeFileName(suggestedName);
    const extension = extname(name);
    const stem = name.slice(0, name.length - extension.length);
    for (let n = 1; ; n++) {
      const candidate = join(folder, n === 1 ? name : `${stem} (${n})${extension}`);
      if (!existsSync(candidate)) return candidate;
    }
  };
}

/** A file name with no folder parts, no control or reserved characters, never empty. */
export function safeFileName(suggested: string): string {
  const cleaned = suggested
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return cleaned === '' ? 'kaona-file' : cleaned;
}
