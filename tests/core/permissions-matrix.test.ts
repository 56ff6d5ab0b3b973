import { describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../src/shared/contract';
import { ROLES, roleHasPermission } from '../../src/shared/permissions';
import type { HandlerMap } from '../../src/main/core/handlers';
import type { SessionState } from '../../src/main/core/session';
import { createDispatcher } from '../../src/main/ipc/dispatch';
import { ADMIN, setUpOffice } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const guarded = CHANNELS.filter((channel) => contract[channel].access !== 'public');

describe('the permission table, enforced in main for every channel', () => {
  // Handlers that only record that they ran: the check under test is the wrapper's, and no
  // method may have side effects here.
  const reached: Channel[] = [];
  const recordingHandlers = Object.fromEntries(
    CHANNELS.map((channel) => [channel, () => (reached.push(channel), null)]),
  ) as unknown as HandlerMap;

  for (const role of ROLES) {
    it(`${role}: allowed or FORBIDDEN exactly as the table says`, async () => {
      const session: SessionState = {
        status: 'signed-in',
        user: { id: 7, userName: 'someone', role, mustChangePassword: false },
      };
      const dispatch = createDispatcher({
        contract,
        handlers: recordingHandlers,
        getSession: () => session,
      });
      for (const channel of guarded) {
        reached.length = 0;
        const result = await dispatch(channel, {});
        const access = contract[channel].access;
        if (access !== 'public' && roleHasPermission(role, access)) {
          expect(result, `${role} → ${channel}`).not.toMatchObject({
            ok: false,
            error: { code: 'FORBIDDEN' },
          });
        } else {
          expect(result, `${role} → ${channel}`).toEqual({
            ok: false,
            error: { code: 'FORBIDDEN' },
          });
          expect(reached, `${channel} handler must not run`).toEqual([]);
        }
      }
    });
  }

  it('the admin holds every permission but revealing sensitive case data and mentoring case work; a mentor cannot see accounts, settings or the audit log', () => {
    // Referring a person and issuing letters and certificates are case work too (issue 10).
    const caseWork = [
      'cases.reveal',
      'mentoring.coordinate',
      'mentoring.own',
      'referrals.write',
      'documents.issue',
      // Personal-data exports, imports and PDPA requests are case work too (issue 11).
      'reports.exportPersonal',
      'cases.import',
      'pdpa.requests',
      'pdpa.fulfil',
    ];
    for (const channel of guarded) {
      const access = contract[channel].access;
      // Data minimisation (PDPA s.22): the admin runs accounts, keys and the registry, not case work.
      if (access !== 'public')
        expect(roleHasPermission('admin', access), channel).toBe(!caseWork.includes(access));
    }
    for (const permission of ['accounts.manage', 'settings.read', 'audit.read'] as const) {
      expect(roleHasPermission('mentor', permission)).toBe(false);
    }
  });
});

describe('data channels with the real core', () => {
  const tempDir = useTempDirs();

  it('answer UNAUTHENTICATED before sign-in and LOCKED while locked', async () => {
    const office = await setUpOffice(tempDir());
    await office.ok('session.signOut');
    for (const channel of guarded) {
      expect(await office.call(channel, {} as never), channel).toEqual({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
    }
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    await office.ok('session.lock');
    for (const channel of guarded) {
      expect(await office.call(channel, {} as never), channel).toEqual({
        ok: false,
        error: { code: 'LOCKED' },
      });
    }
    expect(await office.ok('session.info')).toEqual({
      status: 'locked',
      user: { userName: ADMIN.userName, fullName: ADMIN.fullName },
    });
    await office.core.close();
  });
});
