import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, inject } from 'vitest';
import {
  contract,
  type Channel,
  type MethodInput,
  type MethodOutput,
} from '../../src/shared/contract';
import type { Result } from '../../src/shared/contract/errors';
import { ManualClock } from '../../src/main/core/clock';
import { createCore, type Core, type CoreOptions } from '../../src/main/core/create-core';
import type { JobWorkerEntry } from '../../src/main/core/jobs/job-worker-entry';
import { createDispatcher, type Dispatch } from '../../src/main/ipc/dispatch';
import { testIdentity } from './core';
import { copyOfficeTemplate } from './office-template';

export const ADMIN = { userName: 'admin.kk', password: 'Kaona-admin-2569!', fullName: 'สมศรี ใจดี' };
export const OFFICER = {
  userName: 'officer.a',
  password: 'Officer-pass-2569',
  fullName: 'อนันต์ ทองดี',
};
export const MENTOR = {
  userName: 'mentor.lz',
  password: 'Mentor-pass-2569',
  fullName: 'Mali Lazada',
};

export const OFFICE_AGENCY_NAME = 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น';
/** Where every test office's manual clock starts; the template is built at this instant too. */
export const TEST_START = new Date('2026-11-26T03:00:00Z');

export interface TestOffice {
  core: Core;
  clock: ManualClock;
  dispatch: Dispatch;
  call: <C extends Channel>(channel: C, input?: MethodInput<C>) => Promise<Result<MethodOutput<C>>>;
  /** Calls and expects success; returns the value. */
  ok: <C extends Channel>(channel: C, input?: MethodInput<C>) => Promise<MethodOutput<C>>;
  recoveryCode: string;
}

export function openOffice(
  dataDir: string,
  options: Partial<CoreOptions> = {},
): Omit<TestOffice, 'recoveryCode'> {
  const clock = (options.clock as ManualClock | undefined) ?? new ManualClock(TEST_START);
  const jobWorker = bundledJobWorker();
  const core = createCore({
    identity: testIdentity(dataDir),
    clock,
    machine: 'TEST-PC',
    ...(jobWorker ? { jobWorker } : {}),
    ...options,
  });
  const dispatch = createDispatcher({
    contract,
    handlers: core.handlers,
    getSession: core.getSession,
    onAuthorized: (channel) => core.noteActivity(channel),
  });
  const call = (channel: Channel, input: unknown = {}) => dispatch(channel, input);
  const ok = async (channel: Channel, input: unknown = {}) => {
    const result = await dispatch(channel, input);
    expect(result, `${channel} should succeed`).toMatchObject({ ok: true });
    return (result as { value: unknown }).value;
  };
  return { core, clock, dispatch, call, ok } as unknown as Omit<TestOffice, 'recoveryCode'>;
}

/**
 * The app's job worker bundled once for this run by the core project's global setup
 * (job-worker-bundle.ts); undefined where there is none (the global setup itself, a child
 * process), and the office then starts the sources through tsx as the app run from them does.
 */
function bundledJobWorker(): JobWorkerEntry | undefined {
  try {
    return inject('jobWorkers')?.app;
  } catch {
    return undefined;
  }
}

/**
 * A signed-in office in `dataDir`, for tests about what comes after setup: a copy of the office
 * that the core project's global setup built once through the real first-run flow
 * (office-template.global.ts), opened with the admin signed in through the real sign-in (one
 * Argon2id). Its audit log starts `setup.completed`, `session.sign_out` (quit), `session.sign_in`.
 * Every copy shares the template's database key and recovery code: a test that needs an office
 * with a key of its own (two offices told apart) uses `setUpOfficeFromScratch`.
 */
export async function setUpOffice(
  dataDir: string,
  options: Partial<CoreOptions> = {},
): Promise<TestOffice> {
  const templateRoot = inject('officeTemplate');
  if (!templateRoot)
    throw new Error(
      'no office template: setUpOffice runs in the vitest `core` project, whose globalSetup builds it',
    );
  const { recoveryCode } = copyOfficeTemplate(templateRoot, dataDir);
  const office = openOffice(dataDir, options);
  await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
  return { ...office, recoveryCode };
}

/**
 * A data folder set up through the real first-run flow, with the admin signed in: for tests about
 * setup itself, and for the template that `setUpOffice` copies. Two 128 MiB Argon2id derivations.
 */
export async function setUpOfficeFromScratch(
  dataDir: string,
  options: Partial<CoreOptions> = {},
): Promise<TestOffice> {
  const office = openOffice(dataDir, options);
  const { recoveryCode } = await office.ok('setup.begin');
  await office.ok('setup.complete', {
    agencyName: OFFICE_AGENCY_NAME,
    adminFullName: ADMIN.fullName,
    adminPosition: 'นักพัฒนาสังคมชำนาญการ',
    adminUserName: ADMIN.userName,
    password: ADMIN.password,
    language: 'th',
    recoveryCodeStored: true,
  });
  return { ...office, recoveryCode };
}

export async function addAccount(
  office: Pick<TestOffice, 'ok'>,
  person: { userName: string; password: string; fullName: string },
  role: 'admin' | 'supervisor' | 'officer' | 'mentor',
): Promise<number> {
  const account = await office.ok('accounts.create', {
    userName: person.userName,
    fullName: person.fullName,
    position: '',
    role,
    temporaryPassword: `${person.password}-temp`,
  });
  return account.id;
}

/** Signs in with the temporary password and replaces it, as a new colleague would. */
export async function firstSignIn(
  office: Pick<TestOffice, 'ok'>,
  person: { userName: string; password: string },
): Promise<void> {
  await office.ok('session.signIn', {
    userName: person.userName,
    password: `${person.password}-temp`,
  });
  await office.ok('session.changePassword', {
    currentPassword: `${person.password}-temp`,
    newPassword: person.password,
  });
}

/**
 * An office with one colleague (`person`, `role`) who has finished their first sign-in, and
 * nobody signed in afterwards: the usual start of a key-slot test.
 *
 * Built through the real calls once per test file and colleague (setUpOffice, accounts.create, the
 * colleague's first sign-in and password change: about five Argon2id derivations), closed while
 * nobody is signed in (so closing logs nothing), then copied into `dir` for every call, as
 * `setUpOffice` copies the template. Each test gets its own files and a freshly opened core.
 */
export async function officeWithColleague(
  dir: string,
  person: { userName: string; password: string; fullName: string },
  role: 'admin' | 'supervisor' | 'officer' | 'mentor',
): Promise<{ office: TestOffice; colleagueId: number }> {
  const key = JSON.stringify([person.userName, person.password, person.fullName, role]);
  let seed = colleagueSeeds.get(key);
  if (!seed) {
    seed = buildColleagueSeed(person, role);
    colleagueSeeds.set(key, seed);
    // A failed build is not cached: the next call tries again and reports its own error.
    seed.catch(() => colleagueSeeds.delete(key));
  }
  const { seedDir, colleagueId, recoveryCode } = await seed;
  if (existsSync(join(dir, 'kaona.db')))
    throw new Error(`${dir} already holds an office; officeWithColleague needs an empty folder`);
  cpSync(seedDir, dir, { recursive: true, errorOnExist: true });
  return { office: { ...openOffice(dir), recoveryCode }, colleagueId };
}

interface ColleagueSeed {
  seedDir: string;
  colleagueId: number;
  recoveryCode: string;
}

/** Per test file (each runs in its own process): the closed offices `officeWithColleague` copies. */
const colleagueSeeds = new Map<string, Promise<ColleagueSeed>>();

async function buildColleagueSeed(
  person: { userName: string; password: string; fullName: string },
  role: 'admin' | 'supervisor' | 'officer' | 'mentor',
): Promise<ColleagueSeed> {
  // Inside the template's folder, which the global teardown removes with everything in it.
  const seedDir = mkdtempSync(join(inject('officeTemplate'), 'colleague-'));
  const office = await setUpOffice(seedDir);
  const colleagueId = await addAccount(office, person, role);
  await office.ok('session.signOut');
  await firstSignIn(office, person);
  await office.ok('session.signOut');
  await office.core.close();
  return { seedDir, colleagueId, recoveryCode: office.recoveryCode };
}

/** Closes every office a test kept with the returned function, after each test. */
export function useOffices(): <T extends Pick<TestOffice, 'core'>>(office: T) => T {
  const open: Pick<TestOffice, 'core'>[] = [];
  afterEach(async () => {
    for (const office of open.splice(0)) await office.core.close();
  });
  return (office) => {
    open.push(office);
    return office;
  };
}
