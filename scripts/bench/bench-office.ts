import { mkdirSync } from 'node:fs';
import { createCore, type Core } from '../../src/main/core/create-core';
import { createDispatcher, type Dispatch } from '../../src/main/ipc/dispatch';
import { contract } from '../../src/shared/contract';

/** Calls one contract method and returns its value; a refusal stops the bench. */
export type BenchCall = (channel: string, input?: unknown) => Promise<unknown>;

export const BENCH_ADMIN = { userName: 'bench.admin', password: 'Bench-admin-2569!' };

/** The core of a bench office in `dataDir`, reached through the real dispatcher. */
export function benchCore(dataDir: string): { core: Core; dispatch: Dispatch; ok: BenchCall } {
  mkdirSync(dataDir, { recursive: true });
  const core = createCore({
    identity: {
      name: 'Kaona',
      version: '0.0.0-bench',
      dataDir,
      runtime: { electron: null, chrome: null, node: process.versions.node },
    },
    machine: 'BENCH-PC',
  });
  const dispatch = createDispatcher({
    contract,
    handlers: core.handlers,
    getSession: core.getSession,
    onAuthorized: (channel) => core.noteActivity(channel),
  });
  return { core, dispatch, ok: benchCall(dispatch) };
}

/** `ok` over any dispatcher (the core's, or the web host's). */
export function benchCall(dispatch: Dispatch): BenchCall {
  return async (channel, input = {}) => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`bench: ${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
}

/** First-run setup of the bench office; leaves its admin signed in. */
export async function setUpBenchOffice(ok: BenchCall): Promise<void> {
  await ok('setup.begin');
  await ok('setup.complete', {
    agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
    adminFullName: 'ผู้ดูแล ระบบ',
    adminPosition: '',
    adminUserName: BENCH_ADMIN.userName,
    password: BENCH_ADMIN.password,
    language: 'th',
    recoveryCodeStored: true,
  });
}

/** The admin creates an officer, who then signs in and sets their own password. */
export async function signInBenchOfficer(
  ok: BenchCall,
  officer: { userName: string; password: string; fullName: string; position: string },
): Promise<void> {
  const temporary = `${officer.password}-temp`;
  await ok('accounts.create', {
    userName: officer.userName,
    fullName: officer.fullName,
    position: officer.position,
    role: 'officer',
    temporaryPassword: temporary,
  });
  await ok('session.signOut');
  await ok('session.signIn', { userName: officer.userName, password: temporary });
  await ok('session.changePassword', { currentPassword: temporary, newPassword: officer.password });
}
