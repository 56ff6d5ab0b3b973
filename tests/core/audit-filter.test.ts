import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/main/core/clock';
import { setUpOffice } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

describe('the audit filter’s dates', () => {
  it('are Thai calendar days, whatever time zone the PC is set to', async () => {
    // 18:30 UTC on 25 November is 01:30 on 26 November in Bangkok.
    const clock = new ManualClock(new Date('2026-11-25T18:30:00Z'));
    const office = await setUpOffice(tempDir(), { clock });
    try {
      const onThe26th = await office.ok('audit.list', { from: '2026-11-26', to: '2026-11-26' });
      expect(onThe26th.events.map((event) => event.action)).toContain('setup.completed');
      const onThe25th = await office.ok('audit.list', { from: '2026-11-25', to: '2026-11-25' });
      expect(onThe25th.events.map((event) => event.action)).not.toContain('setup.completed');
    } finally {
      await office.core.close();
    }
  });
});
