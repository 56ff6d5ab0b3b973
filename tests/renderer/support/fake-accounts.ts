import type { Account } from '../../../src/shared/domain/accounts';
import type { FakeHandlers } from './fake-kaona';

export function account(
  overrides: Partial<Account> & Pick<Account, 'id' | 'userName' | 'fullName'>,
): Account {
  return {
    position: '',
    role: 'officer',
    status: 'active',
    mustChangePassword: false,
    createdAt: '2026-01-05T03:00:00.000Z',
    lastSignInAt: null,
    ...overrides,
  };
}

/** The office's accounts, listed by id as main lists them: the page must sort them itself. */
export function sampleAccounts(): Account[] {
  return [
    account({
      id: 1,
      userName: 'admin.kk',
      fullName: 'สมศรี ใจดี',
      position: 'นักพัฒนาสังคมชำนาญการ',
      role: 'admin',
      // 02:05 UTC is 09:05 in Bangkok; 2026 is พ.ศ. 2569.
      lastSignInAt: '2026-03-14T02:05:00.000Z',
    }),
    account({
      id: 2,
      userName: 'kasem.s',
      fullName: 'เกษม สุขใจ',
      position: 'เจ้าพนักงานธุรการ',
      role: 'officer',
      lastSignInAt: '2026-03-13T10:30:00.000Z',
    }),
    account({
      id: 3,
      userName: 'arun.m',
      fullName: 'อรุณ มีสุข',
      role: 'supervisor',
      mustChangePassword: true,
    }),
    account({
      id: 4,
      userName: 'boonmee.l',
      fullName: 'บุญมี ลาซาด้า',
      role: 'mentor',
      status: 'disabled',
    }),
  ];
}

/**
 * accounts.* over an in-memory list, enough for the page's round trips: changes are applied so
 * that the reload after each one shows them.
 */
export function fakeAccountHandlers(accounts: Account[] = sampleAccounts()): FakeHandlers {
  return {
    'accounts.list': () => ({ ok: true, value: accounts.map((row) => ({ ...row })) }),
    'accounts.create': (input) => {
      const created = account({
        id: Math.max(...accounts.map((row) => row.id)) + 1,
        userName: input.userName,
        fullName: input.fullName,
        position: input.position,
        role: input.role,
        mustChangePassword: true,
      });
      accounts.push(created);
      return { ok: true, value: created };
    },
    'accounts.update': ({ userId, ...changes }) => {
      const row = accounts.find((candidate) => candidate.id === userId);
      if (!row) return { ok: false, error: { code: 'NOT_FOUND', reason: 'account_not_found' } };
      Object.assign(row, changes);
      return { ok: true, value: { ...row } };
    },
    'accounts.resetPassword': () => ({ ok: true, value: null }),
    'accounts.disable': ({ userId }) => {
      const row = accounts.find((candidate) => candidate.id === userId);
      if (row) row.status = 'disabled';
      return { ok: true, value: null };
    },
    'accounts.enable': ({ userId }) => {
      const row = accounts.find((candidate) => candidate.id === userId);
      if (row) Object.assign(row, { status: 'active', mustChangePassword: true });
      return { ok: true, value: null };
    },
    'accounts.remove': ({ userId }) => {
      accounts.splice(
        accounts.findIndex((candidate) => candidate.id === userId),
        1,
      );
      return { ok: true, value: null };
    },
  };
}
