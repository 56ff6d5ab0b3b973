import { afterEach, describe, expect, it } from 'vitest';
import { readAuditAnchor } from '../../src/main/core/audit/audit-anchor';
import type { FeatureHandlers } from '../../src/main/core/handlers';
import {
  readOfficeSettings,
  writeOfficeSettings,
} from '../../src/main/core/settings/office-settings';
import { setUpOffice, type TestOffice } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

// Compile-time: a feature's handlers cover exactly its namespace (`npm run typecheck` fails
// otherwise). The objects are never called.
export const exactlyItsNamespace: FeatureHandlers<'settings'> = {
  'settings.get': (_input, call) => readOfficeSettings(call.db),
  'settings.update': (_patch, call) => readOfficeSettings(call.db),
  // @ts-expect-error -- another feature's method does not belong here
  'accounts.list': () => [],
};
// @ts-expect-error -- a missing method is an error too
export const missingOne: FeatureHandlers<'settings'> = {
  'settings.get': (_input, call) => readOfficeSettings(call.db),
};
export const publicCallHasNoDatabase: FeatureHandlers<'preferences'> = {
  // @ts-expect-error -- public methods run before sign-in: their call carries no database
  'preferences.get': (_input, call) => call.db,
  'preferences.set': (_patch, call) => ({ language: 'th', lastUserName: call.session.status }),
};

async function auditedActions(office: TestOffice): Promise<string[]> {
  const rows = await office.core.sessions
    .unlocked()
    .db.selectFrom('audit_events')
    .select('action')
    .orderBy('seq')
    .execute();
  return rows.map((row) => row.action);
}

describe('call.audited', () => {
  let office: TestOffice | undefined;
  afterEach(async () => {
    await office?.core.close();
  });

  it('commits the change and its audit event together, with the caller as actor', async () => {
    office = await setUpOffice(tempDir());
    const call = office.core.sessions.signedInCall();
    const before = await readOfficeSettings(call.db);
    await call.audited(
      { action: 'settings.changed', outcome: 'success', details: { fields: ['agencyName'] } },
      (trx) => writeOfficeSettings(trx, { ...before, agencyName: 'พมจ. ทดสอบ' }, call.clock.now()),
    );
    expect((await readOfficeSettings(call.db)).agencyName).toBe('พมจ. ทดสอบ');
    const newest = await call.db
      .selectFrom('audit_events')
      .selectAll()
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(newest).toMatchObject({
      action: 'settings.changed',
      actor_user_name: call.user.userName,
      actor_role: 'admin',
    });
  });

  it('rolls back both when the change fails', async () => {
    office = await setUpOffice(tempDir());
    const call = office.core.sessions.signedInCall();
    const before = await readOfficeSettings(call.db);
    const actionsBefore = await auditedActions(office);
    await expect(
      call.audited({ action: 'settings.changed', outcome: 'success' }, async (trx) => {
        await writeOfficeSettings(trx, { ...before, agencyName: 'ไม่ควรบันทึก' }, call.clock.now());
        throw new Error('the change fails half-way');
      }),
    ).rejects.toThrow('half-way');
    expect(await readOfficeSettings(call.db)).toEqual(before);
    expect(await auditedActions(office)).toEqual(actionsBefore);
  });

  it('writes the outside anchor after the commit once its interval has come round', async () => {
    const dataDir = tempDir();
    office = await setUpOffice(dataDir);
    const call = office.core.sessions.signedInCall();
    const settings = await readOfficeSettings(call.db);
    const anchoredBefore = readAuditAnchor(dataDir);
    // The log anchors at least every 100 events; 100 audited changes must move the anchor.
    for (let i = 0; i < 100; i++) {
      await call.audited({ action: 'settings.changed', outcome: 'success' }, (trx) =>
        writeOfficeSettings(trx, { ...settings, agencyName: `สำนักงาน ${i}` }, call.clock.now()),
      );
    }
    const newest = await call.db
      .selectFrom('audit_events')
      .select(['seq', 'mac'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    const anchored = readAuditAnchor(dataDir);
    expect(anchored.status).toBe('ok');
    expect(anchored).not.toEqual(anchoredBefore);
    if (anchored.status === 'ok') expect(anchored.anchor.seq).toBeGreaterThan(newest.seq - 100);
  });
});

describe('the per-call context', () => {
  it('hands public methods the session and clock only, signed-in methods the database', async () => {
    const office = await setUpOffice(tempDir());
    try {
      const seen = await office.ok('settings.get');
      expect(seen.agencyName).toContain('ขอนแก่น');
      await office.ok('session.lock');
      // The dispatcher refuses first; the context would refuse too if a lock slipped in between.
      expect(() => office.core.sessions.signedInCall()).toThrow('LOCKED');
    } finally {
      await office.core.close();
    }
  });
});
