import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseRecoveryCode } from '../../src/shared/domain/recovery-code';
// About first-run setup itself: these tests take the real setup path, never the copied template.
import { ADMIN, openOffice, setUpOfficeFromScratch } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const validSetup = {
  agencyName: 'สำนักงาน พม. จังหวัดเชียงใหม่',
  adminFullName: ADMIN.fullName,
  adminPosition: '',
  adminUserName: ADMIN.userName,
  password: ADMIN.password,
  language: 'th' as const,
  recoveryCodeStored: true as const,
};

describe('first-run setup', () => {
  const tempDir = useTempDirs();

  it('asks for setup when the folder has no database', async () => {
    const office = openOffice(tempDir());
    expect(await office.ok('session.info')).toEqual({ status: 'needs-setup' });
  });

  it('shows a well-formed recovery code and writes nothing until the wizard completes', async () => {
    const dir = tempDir();
    const office = openOffice(dir);
    const { recoveryCode } = await office.ok('setup.begin');
    expect(recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(normaliseRecoveryCode(recoveryCode.toLowerCase().replace(/-/g, ' '))).toBe(
      recoveryCode.replace(/-/g, ''),
    );
    expect(readdirSync(dir)).toEqual([]);
    await office.ok('setup.cancel');
    expect(readdirSync(dir)).toEqual([]);
    // After a cancel the wizard must start again: completing without a code is refused.
    expect(await office.call('setup.complete', validSetup)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'setup_not_started' },
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a setup without the "I have stored it" confirmation or with a weak password', async () => {
    const dir = tempDir();
    const office = openOffice(dir);
    await office.ok('setup.begin');
    expect(
      await office.call('setup.complete', {
        ...validSetup,
        recoveryCodeStored: false as unknown as true,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(
      await office.call('setup.complete', { ...validSetup, password: 'password1' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['password'] }] },
    });
    expect(await office.call('setup.complete', { ...validSetup, password: 'password123' })).toEqual(
      {
        ok: false,
        error: { code: 'VALIDATION', reason: 'password_weak' },
      },
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('clears away what a setup killed half-way left behind, and completes', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.kaona.db.setup-0123456789ab'), 'half-built database');
    writeFileSync(join(dir, '.kaona.db.setup-0123456789ab-wal'), 'half-built wal');
    const office = await setUpOfficeFromScratch(dir);
    expect(readdirSync(dir).filter((name) => name.includes('setup'))).toEqual([]);
    await office.core.close();
  });

  it('creates the encrypted database and key file, and signs the admin in', async () => {
    const dir = tempDir();
    const office = await setUpOfficeFromScratch(dir);
    expect(existsSync(join(dir, 'kaona.db'))).toBe(true);
    expect(existsSync(join(dir, 'kaona.keys'))).toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes('setup'))).toEqual([]);
    const info = await office.ok('session.info');
    expect(info).toMatchObject({
      status: 'signed-in',
      user: {
        userName: ADMIN.userName,
        role: 'admin',
        fullName: ADMIN.fullName,
        mustChangePassword: false,
      },
      agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
      idleLockMinutes: 5,
    });
    const { events } = await office.ok('audit.list', { limit: 10 });
    expect(events.map((event) => event.action)).toContain('setup.completed');
    expect(await office.call('setup.begin')).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'already_set_up' },
    });
    await office.core.close();
  });
});
