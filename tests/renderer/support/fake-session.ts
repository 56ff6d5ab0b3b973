import type { KaonaError, Result } from '../../../src/shared/contract/errors';
import type { SessionInfo, SessionUserInfo } from '../../../src/shared/domain/accounts';
import { normaliseRecoveryCode } from '../../../src/shared/domain/recovery-code';
import { normaliseUserName } from '../../../src/shared/domain/user-name';
import type { FakeHandlers } from './fake-kaona';

export interface FakePerson extends SessionUserInfo {
  password: string;
}

export const FAKE_ADMIN: FakePerson = {
  id: 1,
  userName: 'admin.kk',
  fullName: 'สมศรี ใจดี',
  position: 'นักพัฒนาสังคมชำนาญการ',
  role: 'admin',
  mustChangePassword: false,
  password: 'Kaona-admin-2569!',
};

export const FAKE_OFFICER: FakePerson = {
  id: 2,
  userName: 'kasem.s',
  fullName: 'เกษม สุขใจ',
  position: 'เจ้าพนักงานธุรการ',
  role: 'officer',
  mustChangePassword: false,
  password: 'Officer-pass-2569',
};

export const FAKE_AGENCY = 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น';
export const FAKE_RECOVERY_CODE = '7K3QD-9XW2M-PR4TB-HN6VC-JY8FE';

/** The session "in main" of the fake PC: who exists, who is signed in, and the office. */
export interface FakeSessionState {
  info: SessionInfo;
  people: FakePerson[];
  agencyName: string;
  recoveryCode: string;
  /** Set between setup.begin and setup.complete/cancel, as main keeps it in memory. */
  pendingRecoveryCode: string | null;
}

function userInfo({ password: _password, ...user }: FakePerson): SessionUserInfo {
  return { ...user };
}

export function signedInAs(person: FakePerson, agencyName = FAKE_AGENCY): SessionInfo {
  return { status: 'signed-in', user: userInfo(person), agencyName, idleLockMinutes: 5 };
}

export function lockedBy(person: FakePerson): SessionInfo {
  return { status: 'locked', user: { userName: person.userName, fullName: person.fullName } };
}

export function defaultSessionState(overrides: Partial<FakeSessionState> = {}): FakeSessionState {
  return {
    info: signedInAs(FAKE_ADMIN),
    people: [{ ...FAKE_ADMIN }, { ...FAKE_OFFICER }],
    agencyName: FAKE_AGENCY,
    recoveryCode: FAKE_RECOVERY_CODE,
    pendingRecoveryCode: null,
    ...overrides,
  };
}

const fail = (error: KaonaError): Result<never> => ({ ok: false, error });
const BAD_CREDENTIALS = fail({ code: 'UNAUTHENTICATED', reason: 'bad_credentials' });

/**
 * session.* and setup.* over the in-memory state, behaving as main's session manager does for
 * what the screens can see (the same reasons, the same SessionInfo answers).
 */
export function fakeSessionHandlers(state: FakeSessionState): FakeHandlers {
  const personNamed = (typed: string) =>
    state.people.find((person) => person.userName === normaliseUserName(typed));
  const enter = (person: FakePerson): Result<SessionInfo> => {
    state.info = signedInAs(person, state.agencyName);
    return { ok: true, value: state.info };
  };
  const current = () => {
    const { info } = state;
    return info.status === 'signed-in'
      ? state.people.find((p) => p.id === info.user.id)
      : undefined;
  };
  const answer = (): Result<SessionInfo> => ({ ok: true, value: state.info });

  return {
    'session.info': answer,
    'session.signIn': ({ userName, password }) => {
      if (state.info.status === 'signed-in')
        return fail({ code: 'CONFLICT', reason: 'already_signed_in' });
      const person = personNamed(userName);
      return person && person.password === password ? enter(person) : BAD_CREDENTIALS;
    },
    'session.unlock': ({ password }) => {
      const { info } = state;
      if (info.status !== 'locked') return fail({ code: 'CONFLICT', reason: 'not_locked' });
      const person = personNamed(info.user.userName);
      return person && person.password === password ? enter(person) : BAD_CREDENTIALS;
    },
    'session.switchUser': () => {
      if (state.info.status === 'locked') {
        state.info = { status: 'signed-out', lastUserName: state.info.user.userName };
      }
      return answer();
    },
    'session.lock': () => {
      const person = current();
      if (person) state.info = lockedBy(person);
      return answer();
    },
    'session.signOut': () => {
      const person = current();
      state.info = { status: 'signed-out', lastUserName: person?.userName ?? null };
      return answer();
    },
    'session.ping': () => ({ ok: true, value: null }),
    'session.changePassword': ({ currentPassword, newPassword }) => {
      const person = current();
      if (!person) return fail({ code: 'UNAUTHENTICATED' });
      if (person.password !== currentPassword) {
        return fail({ code: 'VALIDATION', reason: 'current_password_wrong' });
      }
      person.password = newPassword;
      person.mustChangePassword = false;
      return enter(person);
    },
    'session.recover': ({ recoveryCode, userName, newPassword }) => {
      if (normaliseRecoveryCode(recoveryCode) !== normaliseRecoveryCode(state.recoveryCode)) {
        return BAD_CREDENTIALS;
      }
      const person = personNamed(userName);
      if (!person || person.role !== 'admin') {
        return fail({ code: 'NOT_FOUND', reason: 'recovery_user_not_admin' });
      }
      person.password = newPassword;
      return enter(person);
    },
    'session.restoreKeyBackup': () => {
      if (state.info.status !== 'key-file-damaged') {
        return fail({ code: 'CONFLICT', reason: 'key_file_not_damaged' });
      }
      if (!state.info.backupUsable)
        return fail({ code: 'CONFLICT', reason: 'key_backup_unusable' });
      state.info = { status: 'signed-out', lastUserName: null };
      return answer();
    },
    'setup.begin': () => {
      if (state.info.status !== 'needs-setup')
        return fail({ code: 'CONFLICT', reason: 'already_set_up' });
      state.pendingRecoveryCode ??= state.recoveryCode;
      return { ok: true, value: { recoveryCode: state.pendingRecoveryCode } };
    },
    'setup.cancel': () => {
      state.pendingRecoveryCode = null;
      return { ok: true, value: null };
    },
    'setup.complete': (input) => {
      if (!state.pendingRecoveryCode)
        return fail({ code: 'CONFLICT', reason: 'setup_not_started' });
      state.pendingRecoveryCode = null;
      state.agencyName = input.agencyName;
      const admin: FakePerson = {
        id: 1,
        userName: input.adminUserName,
        fullName: input.adminFullName,
        position: input.adminPosition,
        role: 'admin',
        mustChangePassword: false,
        password: input.password,
      };
      state.people = [admin];
      return enter(admin);
    },
  };
}
