import { describe, expect, it } from 'vitest';
import { ADMIN, OFFICER, openOffice, useOffices } from '../support/office';
import { auditEvents, officeDb, officeWithOfficer } from '../support/cases';
import { useTempDirs } from '../support/temp-dir';

const typed = (firstName: string) =>
  JSON.stringify({ identity: { firstName, birthDate: '2/12/25' } });

describe('drafts: each person’s own unsaved work', () => {
  const tempDir = useTempDirs();
  const keep = useOffices();

  it('saves over the same draft with the clock’s time; get returns it; nobody else reaches it', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    expect(await office.ok('drafts.get', { kind: 'intake' })).toBeNull();

    const first = await office.ok('drafts.save', { kind: 'intake', step: 1, json: typed('สม') });
    expect(first.savedAt).toBe(office.clock.now().toISOString());
    await office.clock.advance(30_000);
    const second = await office.ok('drafts.save', {
      kind: 'intake',
      step: 2,
      json: typed('สมหญิง'),
    });
    expect(second.savedAt).toBe(office.clock.now().toISOString());
    expect(await office.ok('drafts.get', { kind: 'intake' })).toEqual({
      kind: 'intake',
      step: 2,
      json: typed('สมหญิง'),
      savedAt: second.savedAt,
    });
    const rows = await officeDb(office).selectFrom('drafts').selectAll().execute();
    expect(rows.map((r) => [r.user_id, r.kind])).toEqual([[office.officerId, 'intake']]);
    // Typing is not audited: nothing leaves the person's hands.
    expect(await auditEvents(office, 'draft.discarded')).toEqual([]);

    // The admin, on the same PC, has no draft and cannot discard the officer's; discarding
    // nothing writes no event.
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    expect(await office.ok('drafts.get', { kind: 'intake' })).toBeNull();
    await office.ok('drafts.discard', { kind: 'intake' });
    await office.ok('drafts.save', { kind: 'intake', step: 0, json: typed('แอดมิน') });

    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    expect(await office.ok('drafts.get', { kind: 'intake' })).toMatchObject({
      step: 2,
      json: typed('สมหญิง'),
    });

    await office.ok('drafts.discard', { kind: 'intake' });
    expect(await office.ok('drafts.get', { kind: 'intake' })).toBeNull();
    const discarded = await auditEvents(office, 'draft.discarded');
    expect(discarded.map((e) => [e.actor_user_name, e.target_id])).toEqual([
      [OFFICER.userName, 'intake'],
    ]);
    expect(JSON.stringify(discarded)).not.toContain('สมหญิง');
  });

  it('a draft survives a lock and a restart of the app', async () => {
    const dir = tempDir();
    const office = await officeWithOfficer(dir);
    await office.ok('drafts.save', { kind: 'intake', step: 3, json: typed('เกศินี') });

    await office.ok('session.lock');
    expect(await office.call('drafts.get', { kind: 'intake' })).toEqual({
      ok: false,
      error: { code: 'LOCKED' },
    });
    await office.ok('session.unlock', { password: OFFICER.password });
    expect(await office.ok('drafts.get', { kind: 'intake' })).toMatchObject({
      step: 3,
      json: typed('เกศินี'),
    });

    await office.core.close();
    const again = keep(openOffice(dir));
    await again.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    expect(await again.ok('drafts.get', { kind: 'intake' })).toMatchObject({
      step: 3,
      json: typed('เกศินี'),
    });
  });

  it('refuses what is not a JSON object and what is too large', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    for (const json of ['[1,2]', 'not json', '"text"', 'x'.repeat(512 * 1024 + 1)]) {
      expect(await office.call('drafts.save', { kind: 'intake', step: 0, json })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(await office.ok('drafts.get', { kind: 'intake' })).toBeNull();
  });
});
