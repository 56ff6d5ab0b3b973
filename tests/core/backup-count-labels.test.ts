import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_COUNTED_TABLES } from '../../src/main/core/backup/backup-writer';

// The restore screen lists the manifest's counts under `restore:tables.<table>`; a table without
// a label showed its SQL name ("mentor_compartments") in the Thai screen (found in the e2e walk).
// Read from disk: the core's TypeScript project does not include the renderer's catalogues.
function tableLabels(language: 'th' | 'en'): Record<string, string> {
  const path = join(
    import.meta.dirname,
    `../../src/renderer/src/i18n/locales/${language}/restore.json`,
  );
  return (JSON.parse(readFileSync(path, 'utf8')) as { tables: Record<string, string> }).tables;
}

describe('every table a backup counts has a label on the restore screen', () => {
  const th = tableLabels('th');
  const en = tableLabels('en');
  it.each(BACKUP_COUNTED_TABLES)('%s, in Thai and in English', (table) => {
    expect(th[table]).toMatch(/[\u0E00-\u0E7F]/);
    expect(en[table]).toMatch(/^[A-Z]/);
  });
});
