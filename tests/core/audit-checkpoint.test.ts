import { describe, expect, it } from 'vitest';
import { setUpOffice } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

describe('the audit checkpoint an admin prints', () => {
  it('covers every event once a check has passed', async () => {
    const office = await setUpOffice(tempDir());
    try {
      await office.ok('settings.update', { idleLockMinutes: 7 });
      const verdict = await office.ok('audit.verify');
      expect(verdict.ok).toBe(true);
      const { events } = await office.ok('audit.list', { limit: 1 });
      const status = await office.ok('vault.status');
      // audit.list itself records a view after it read the page: the checkpoint is the event
      // written by the check, which is the newest the list returned.
      expect(status.anchor?.seq).toBe(events[0]!.seq);
      expect(status.anchor?.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    } finally {
      await office.core.close();
    }
  });
});
