import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../src/shared/contract';
import { setUpOffice, ADMIN, type TestOffice } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

describe('session.changed pushed from main', () => {
  let office: TestOffice | undefined;
  afterEach(async () => {
    await office?.core.close();
  });

  it('announces sign-in, the idle lock, unlock and sign-out, each once', async () => {
    office = await setUpOffice(tempDir());
    const seen: { event: EventName; status: string }[] = [];
    office.core.events.subscribe((event, payload) => {
      seen.push({ event, status: (payload as { status: string }).status });
    });

    await office.clock.advance(6 * 60_000); // default idle lock: 5 minutes
    await office.ok('session.unlock', { password: ADMIN.password });
    await office.ok('session.info'); // asking changes nothing, so announces nothing
    await office.ok('session.signOut');

    expect(seen).toEqual([
      { event: 'session.changed', status: 'locked' },
      { event: 'session.changed', status: 'signed-in' },
      { event: 'session.changed', status: 'signed-out' },
    ]);
  });
});
