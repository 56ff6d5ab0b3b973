import { describe, expect, it } from 'vitest';
import { BACKUP_COUNTED_TABLES } from '../../src/main/core/backup/backup-writer';
import enRestore from '../../src/renderer/src/i18n/locales/en/restore.json';
import thRestore from '../../src/renderer/src/i18n/locales/th/restore.json';

// The restore screen lists the manifest's counts under `restore:tables.<table>`; a table without
// a label showed its SQL name ("mentor_compartments") in the Thai screen (found in the e2e walk).
describe('every table a backup counts has a label on the restore screen', () => {
  it.each(BACKUP_COUNTED_TABLES)('%s, in Thai and in English', (table) => {
    const th: Record<string, string> = thRestore.tables;
    const en: Record<string, string> = enRestore.tables;
    expect(th[table]).toMatch(/[\u0E00-\u0E7F]/);
    expect(en[table]).toMatch(/^[A-Z]/);
  });
});
