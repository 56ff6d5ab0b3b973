import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadsFolderChooser } from '../../src/main/core/files/downloads-folder';
import { parseCarryFile } from '../../src/main/core/sync/carry-file';
import { CARRY_WORK_FOLDER } from '../../src/main/core/sync/carry-copy';
import { auditEvents, officeDb } from '../support/cases';
import { compartmentRefreshes } from '../support/mentors';
import {
  MENTOR,
  carryOffice,
  carryTempDir,
  credentials,
  exportAs,
  importInput,
  openOffice,
} from '../support/carry';

let office: Awaited<ReturnType<typeof carryOffice>>;
let away: ReturnType<typeof openOffice> & { dir: string };
let firstCopy: Buffer;
let broughtBack: Buffer;
let sessionId: string;

beforeAll(async () => {
  office = await carryOffice(carryTempDir());
  await office.ok('session.signOut');
  ({ bytes: firstCopy } = await exportAs(office, MENTOR));
  await office.ok(
    'session.signIn',
    credentials({ userName: 'officer.a', password: 'Officer-pass-2569' }),
  );
  const dir = carryTempDir();
  away = { ...openOffice(dir, { host: { chooseSavePath: downloadsFolderChooser(dir) } }), dir };
}, 120_000);

afterAll(async () => {
  await office.core.close();
  await away.core.close();
  rmSync(office.dir, { recursive: true, force: true });
  rmSync(away.dir, { recursive: true, force: true });
});

describe('a mentor carries their compartment to another PC and back', () => {
  it('carry.open is refused where an office exists, and for a file that is not Kaona’s', async () => {
    expect(
      await office.call('carry.open', {
        fileName: 'x.kaona-carry',
        contentBase64: firstCopy.toString('base64'),
      }),
    ).toMatchObject({ ok: false, error: { reason: 'carry_needs_no_office' } });
    expect(
      await away.call('carry.open', { fileName: 'x.kaona-carry', contentBase64: 'aGVsbG8=' }),
    ).toMatchObject({ ok: false, error: { reason: 'carry_not_kaona' } });
    expect(await away.ok('session.info')).toEqual({ status: 'needs-setup' });
  });

  it('opens the file on a PC without the office: mentor-only sign-in', async () => {
    const opened = await away.ok('carry.open', {
      fileName: 'mentor.kaona-carry',
      contentBase64: firstCopy.toString('base64'),
    });
    expect(opened).toMatchObject({ userName: MENTOR.userName });
    expect(opened.agencyName).toContain('ขอนแก่น');
    expect(await away.ok('session.info')).toEqual({
      status: 'signed-out',
      lastUserName: MENTOR.userName,
      mentorOnly: true,
    });
    // No office can be set up beside it.
    expect(await away.call('setup.begin')).toMatchObject({
      ok: false,
      error: { reason: 'already_set_up' },
    });
    expect(
      await away.call('session.signIn', { ...credentials(MENTOR), password: 'wrong-Pass-2569' }),
    ).toMatchObject({ ok: false, error: { reason: 'bad_credentials' } });
    await away.ok('session.signIn', credentials(MENTOR));
    expect(await away.ok('session.info')).toMatchObject({
      status: 'signed-in',
      user: { userName: MENTOR.userName, role: 'mentor' },
      mentorOnly: true,
    });
    expect(away.core.sessions.mentorCall().mode).toBe('carried');
  });

  it('works only as the mentor’s own space: no office methods, no password change', async () => {
    expect(await away.call('accounts.list')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await away.call('sync.importCarry', importInput(office.mentorId, firstCopy)),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await away.call('session.changePassword', {
        currentPassword: MENTOR.password,
        newPassword: 'Mentor-new-pass-2569',
      }),
    ).toMatchObject({ ok: false, error: { reason: 'password_change_at_office' } });
  });

  it('logs a session offline and exports the next copy of the same chain', async () => {
    const logged = await away.ok('mentoring.logSession', {
      caseId: office.caseId,
      heldOn: '2026-11-26',
      heldTime: '12:00',
      durationMinutes: 60,
      mode: 'phone',
      topics: ['product_photography'],
      summary: 'ช่วยถ่ายรูปสินค้าผ้าไหม',
      actions: [],
      completedActionIds: [],
      nextSessionOn: null,
    });
    sessionId = logged.sessionId;
    await away.ok('session.lock');
    await away.ok('session.unlock', { password: MENTOR.password });
    await away.ok('session.signOut');
    ({ bytes: broughtBack } = await exportAs(away, MENTOR));
    const first = parseCarryFile(firstCopy).header;
    const next = parseCarryFile(broughtBack).header;
    expect(next.carryId).toBe(first.carryId);
    expect(next.sequence).toBe(first.sequence + 1);
    expect(readdirSync(join(away.dir, CARRY_WORK_FOLDER))).toEqual([]);
    expect(broughtBack.includes(Buffer.from('ผ้าไหม', 'utf8'))).toBe(false);
  });

  it('refuses to sign in when the kept header was edited (its MAC no longer holds)', async () => {
    const path = join(away.dir, 'carried', 'header.json');
    const original = readFileSync(path, 'utf8');
    const stored = JSON.parse(original) as { signed: string };
    const signed = Buffer.from(stored.signed, 'base64').toString('latin1');
    const edited = signed.replace(/"sequence":(\d)/, '"sequence":8');
    expect(edited).not.toBe(signed);
    writeFileSync(
      path,
      JSON.stringify({ ...stored, signed: Buffer.from(edited, 'latin1').toString('base64') }),
    );
    try {
      expect(await away.call('session.signIn', credentials(MENTOR))).toMatchObject({
        ok: false,
        error: { reason: 'bad_credentials' },
      });
    } finally {
      writeFileSync(path, original);
    }
  });

  it('the office imports it: the session is in the office database', async () => {
    const refreshesBefore = await compartmentRefreshes(officeDb(office), office.mentorId);
    const report = await office.ok('sync.importCarry', importInput(office.mentorId, broughtBack));
    expect(report).toMatchObject({ mentorId: office.mentorId, source: 'carried_file' });
    expect(report.added.session).toBe(1);
    const db = officeDb(office);
    const row = await db
      .selectFrom('advisory_sessions')
      .select(['id', 'case_id', 'mentor_id', 'summary'])
      .where('id', '=', sessionId)
      .executeTakeFirst();
    expect(row).toEqual({
      id: sessionId,
      case_id: office.caseId,
      mentor_id: office.mentorId,
      summary: 'ช่วยถ่ายรูปสินค้าผ้าไหม',
    });
    expect(await auditEvents(office, 'mentor.carry_imported')).toHaveLength(1);
    // What happened on the other PC reached the audit log, marked as carried.
    const carried = await db
      .selectFrom('audit_events')
      .select('action')
      .where('details', 'like', '%"via":"carried_file"%')
      .execute();
    expect(carried.map((event) => event.action)).toEqual(
      expect.arrayContaining([
        'mentoring.carry_opened',
        'session.sign_in',
        'session.lock',
        'mentoring.carry_exported',
      ]),
    );
    // The office PC's compartment was refreshed with what came back.
    expect(await compartmentRefreshes(db, office.mentorId)).toBeGreaterThan(refreshesBefore);
  });

  it('the same file twice, or the older copy: carry_older_copy', async () => {
    const db = officeDb(office);
    const eventsBefore = await db
      .selectFrom('audit_events')
      .select('seq')
      .where('details', 'like', '%"via":"carried_file"%')
      .execute();
    for (const bytes of [broughtBack, firstCopy]) {
      expect(
        await office.call('sync.importCarry', importInput(office.mentorId, bytes)),
      ).toMatchObject({
        ok: false,
        error: { reason: 'carry_older_copy' },
      });
    }
    const sessions = await db
      .selectFrom('advisory_sessions')
      .select('id')
      .where('id', '=', sessionId)
      .execute();
    expect(sessions).toHaveLength(1);
    const eventsAfter = await db
      .selectFrom('audit_events')
      .select('seq')
      .where('details', 'like', '%"via":"carried_file"%')
      .execute();
    expect(eventsAfter).toHaveLength(eventsBefore.length);
  });
});
