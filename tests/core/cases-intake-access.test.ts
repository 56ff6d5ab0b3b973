import { describe, expect, it } from 'vitest';
import { contract, type Channel } from '../../src/shared/contract';
import { ROLES, type Role } from '../../src/shared/permissions';
import type { HandlerMap } from '../../src/main/core/handlers';
import type { SessionState } from '../../src/main/core/session';
import { createDispatcher } from '../../src/main/ipc/dispatch';
import { insertReferencePlaces, intakeSave, officeDb } from '../support/intake-fixtures';
import { MENTOR, OFFICER, officeWithColleague, useOffices } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const keep = useOffices();

const INTAKE_METHODS = [
  'cases.search',
  'cases.mentorOptions',
  'cases.checkDuplicates',
  'cases.create',
  'cases.createForPerson',
] as const satisfies readonly Channel[];

const ALLOWED: Record<Role, boolean> = {
  admin: true,
  supervisor: true,
  officer: true,
  mentor: false,
};

describe('who may register and find people', () => {
  const reached: Channel[] = [];
  const handlers = Object.fromEntries(
    Object.keys(contract).map((channel) => [
      channel,
      () => (reached.push(channel as Channel), null),
    ]),
  ) as unknown as HandlerMap;

  for (const role of ROLES) {
    it(`${role}: ${ALLOWED[role] ? 'allowed' : 'FORBIDDEN'}`, async () => {
      const session: SessionState = {
        status: 'signed-in',
        user: { id: 7, userName: 'someone', role, mustChangePassword: false },
      };
      const dispatch = createDispatcher({ contract, handlers, getSession: () => session });
      for (const channel of INTAKE_METHODS) {
        reached.length = 0;
        const result = await dispatch(channel, {});
        if (ALLOWED[role]) {
          expect(result, `${role} → ${channel}`).not.toMatchObject({
            error: { code: 'FORBIDDEN' },
          });
        } else {
          expect(result, `${role} → ${channel}`).toEqual({
            ok: false,
            error: { code: 'FORBIDDEN' },
          });
          expect(reached).toEqual([]);
        }
      }
    });
  }

  it('an officer registers and searches in a real office', async () => {
    const { office } = await officeWithColleague(tempDir(), OFFICER, 'officer');
    keep(office);
    await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    await insertReferencePlaces(officeDb(office));
    const saved = await office.ok('cases.create', intakeSave());
    const page = await office.ok('cases.search', {
      text: 'สมศรี',
      statuses: [],
      targetGroup: null,
      department: null,
      flagshipProject: null,
      provinceId: null,
      mentorId: null,
      intakeFrom: null,
      intakeTo: null,
      sort: 'name',
      offset: 0,
      limit: 50,
    });
    expect(page.rows.map((row) => row.caseId)).toEqual([saved.caseId]);
  });

  it('a mentor signed in to their compartment is refused', async () => {
    const { office } = await officeWithColleague(tempDir(), MENTOR, 'mentor');
    keep(office);
    await office.ok('session.signIn', { userName: MENTOR.userName, password: MENTOR.password });
    for (const channel of INTAKE_METHODS) {
      expect(await office.call(channel, {} as never), channel).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
  });
});
