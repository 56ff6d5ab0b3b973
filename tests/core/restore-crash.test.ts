import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreHandlers } from '../../src/main/core/restore/restore-handlers';
import { RESTORE_SCRATCH, type SwapStep } from '../../src/main/core/restore/restore-swap';
import { makeBackupFolder } from '../support/backup-folder';
import {
  ADMIN,
  OFFICER,
  officeWithColleague,
  openOffice,
  setUpOffice,
  useOffices,
} from '../support/office';
import { useTempDirs } from '../support/temp-dir';

/**
 * A crash between any two steps of the swap: the next start (a new core on the same folder)
 * finishes it, so the folder holds the restored set, and the replaced one whole in `replaced-…`.
 */
let root: string;
let backup: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kaona-restore-crash-'));
  const dir = join(root, 'source');
  const { office } = await officeWithColleague(dir, OFFICER, 'officer');
  await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
  backup = makeBackupFolder(office, dir, join(root, 'backups'));
  await office.core.close();
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const temp = useTempDirs();
const keep = useOffices();

class Crash extends Error {}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('a restore interrupted by a crash', () => {
  it.each<SwapStep>([
    'journal',
    'old:kaona.keys',
    'new:kaona.keys',
    'old:kaona.db',
    'new:audit.anchor',
  ])('is finished at the next start (crash after %s)', async (crashAfter) => {
    const dir = temp();
    const office = await setUpOffice(dir);
    const keysBefore = sha(join(dir, 'kaona.keys'));
    const handlers = restoreHandlers({
      dataDir: dir,
      sessions: office.core.sessions,
      events: office.core.events,
      clock: office.clock,
      machine: 'TEST-PC',
      appVersion: '0.0.0-test',
      chooseFolder: async () => backup,
      onSwapStep: (step) => {
        if (step === crashAfter) throw new Crash(step);
      },
    });
    const call = () => ({ session: office.core.getSession(), clock: office.clock });
    await handlers['restore.choose']({}, call());
    await handlers['restore.inspect']({}, call());
    const { token } = await handlers['restore.unlock'](
      { userName: ADMIN.userName, password: ADMIN.password },
      call(),
    );
    await expect(handlers['restore.apply']({ token }, call())).rejects.toBeInstanceOf(Crash);
    await office.core.close();

    // The next start.
    const next = keep(openOffice(dir));
    expect(existsSync(join(dir, 'restore-swap.json'))).toBe(false);
    expect(existsSync(join(dir, RESTORE_SCRATCH))).toBe(false);
    const replaced = readdirSync(dir).filter((name) => name.startsWith('replaced-'));
    expect(replaced).toHaveLength(1);
    expect(sha(join(dir, replaced[0]!, 'kaona.keys'))).toBe(keysBefore);
    expect(existsSync(join(dir, replaced[0]!, 'kaona.db'))).toBe(true);
    // The officer exists only in the backup: the restored set is the one in place.
    await next.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
  });

  it('removes a scratch copy left without a journal (an unfinished check)', () => {
    const dir = temp();
    mkdirSync(join(dir, RESTORE_SCRATCH, 'mentors'), { recursive: true });
    keep(openOffice(dir));
    expect(existsSync(join(dir, RESTORE_SCRATCH))).toBe(false);
  });
});
