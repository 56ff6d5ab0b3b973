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
import { copyOfficeTemplate, readOfficeTemplateManifest } from './office-template';

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

type Colleague = { userName: string; password: string; fullName: string };
type ColleagueRole = 'admin' | 'supervisor' | 'officer' | 'mentor';

/**
 * The colleagues most files need (an officer, a mentor): the core project's global setup builds
 * their seeds once per run (`buildRunColleagueSeeds`), so that each of the twenty-odd files using
 * them does not build its own (about five Argon2id derivations each). Others are built per file.
 */
export const RUN_COLLEAGUES: readonly [Colleague, ColleagueRole][] = [
  [OFFICER, 'officer'],
  [MENTOR, 'mentor'],
];

/** Seeds built once per run, by `colleagueSeedKey`, provided to the workers as `colleagueSeeds`. */
export type RunColleagueSeeds = Record<string, { seedDir: string; colleagueId: number }>;

function colleagueSeedKey(person: Colleague, role: ColleagueRole): string {
  return JSON.stringify([person.userName, person.password, person.fullName, role]);
}

/**
 * An office with one colleague (`person`, `role`) who has finished their first sign-in, and
 * nobody signed in afterwards: the usual start of a key-slot test.
 *
 * Built through the real calls (setUpOffice, accounts.create, the colleague's first sign-in and
 * password change: about five Argon2id derivations) once per run for `RUN_COLLEAGUES`, once per
 * test file and colleague for the others, closed while nobody is signed in (so closing logs
 * nothing), then copied into `dir` for every call, as `setUpOffice` copies the template. Each test
 * gets its own files and a freshly opened core.
 */
export async function officeWithColleague(
  dir: string,
  person: Colleague,
  role: ColleagueRole,
): Promise<{ office: TestOffice; colleagueId: number }> {
  const key = colleagueSeedKey(person, role);
  let seed = colleagueSeeds.get(key);
  if (!seed) {
    const built = inject('colleagueSeeds')?.[key];
    seed = built
      ? Promise.resolve({
          ...built,
          recoveryCode: readOfficeTemplateManifest(inject('officeTemplate')).recoveryCode,
        })
      : buildColleagueSeed(person, role);
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

async function buildColleagueSeed(person: Colleague, role: ColleagueRole): Promise<ColleagueSeed> {
  // Inside the template's folder, which the global teardown removes with everything in it.
  const seedDir = mkdtempSync(join(inject('officeTemplate'), 'colleague-'));
  const office = await setUpOffice(seedDir);
  const colleagueId = await addColleagueAndClose(office, person, role);
  return { seedDir, colleagueId, recoveryCode: office.recoveryCode };
}

/** From the admin signed in: adds the colleague, who does their first sign-in; then closes. */
async function addColleagueAndClose(
  office: TestOffice,
  person: Colleague,
  role: ColleagueRole,
): Promise<number> {
  const colleagueId = await addAccount(office, person, role);
  await office.ok('session.signOut');
  await firstSignIn(office, person);
  await office.ok('session.signOut');
  await office.core.close();
  return colleagueId;
}

/**
 * For the core project's global setup: the `RUN_COLLEAGUES` seeds, copied from the template in
 * `templateRoot` (which `inject` cannot reach there) and kept inside it.
 */
export async function buildRunColleagueSeeds(templateRoot: string): Promise<RunColleagueSeeds> {
  const { recoveryCode } = readOfficeTemplateManifest(templateRoot);
  const seeds: RunColleagueSeeds = {};
  for (const [person, role] of RUN_COLLEAGUES) {
    const seedDir = mkdtempSync(join(templateRoot, 'colleague-'));
    copyOfficeTemplate(templateRoot, seedDir);
    const office = { ...openOffice(seedDir), recoveryCode };
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    seeds[colleagueSeedKey(person, role)] = {
      seedDir,
      colleagueId: await addColleagueAndClose(office, person, role),
    };
  }
  return seeds;
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
