import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/shared/contract';
import { officeDb, officeWithOfficer } from '../support/cases';
import { ADMIN, MENTOR, officeWithColleague, useOffices } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

// Review of the case files: who reaches case data and unsaved form work (docs/security.md,
// "Review of the case files", findings 5 and 6).

const tempDir = useTempDirs();
const keep = useOffices();

const CASE_CHANNELS = CHANNELS.filter((channel) => /^(cases|addresses|drafts)\./.test(channel));

describe('review: a mentor reaches no case method', () => {
  it('every cases.*, addresses.* and drafts.* method is refused with FORBIDDEN', async () => {
    const { office } = await officeWithColleague(tempDir(), MENTOR, 'mentor');
    keep(office);
    await office.ok('session.signIn', { userName: MENTOR.userName, password: MENTOR.password });
    expect(CASE_CHANNELS.length).toBeGreaterThan(20);
    for (const channel of CASE_CHANNELS)
      expect(await office.dispatch(channel, {}), channel).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
  });
});

describe('review: unsaved form work leaves with the account', () => {
  const draft = { kind: 'intake' as const, step: 2, json: '{"firstName":"ประภาพรรณ"}' };

  async function officerWithDraft() {
    // The officer signed in after their first sign-in, built once per run (officeWithOfficer).
    const office = keep(await officeWithOfficer(tempDir()));
    const { officerId } = office;
    await office.ok('drafts.save', draft);
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const drafts = () =>
      officeDb(office).selectFrom('drafts').select('user_id').where('user_id', '=', officerId);
    expect(await drafts().execute()).toHaveLength(1);
    return { office, officerId, drafts };
  }

  it('removing an account deletes its drafts', async () => {
    const { office, officerId, drafts } = await officerWithDraft();
    await office.ok('accounts.remove', { userId: officerId });
    expect(await drafts().execute()).toEqual([]);
  });

  it('making the account a mentor deletes its drafts (a mentor has no office data)', async () => {
    const { office, officerId, drafts } = await officerWithDraft();
    await office.ok('accounts.update', { userId: officerId, role: 'mentor' });
    expect(await drafts().execute()).toEqual([]);
  });

  it('disabling keeps them, for when the account is enabled again', async () => {
    const { office, officerId, drafts } = await officerWithDraft();
    await office.ok('accounts.disable', { userId: officerId });
    expect(await drafts().execute()).toHaveLength(1);
  });
});
