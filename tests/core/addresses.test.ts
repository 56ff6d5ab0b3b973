import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listProvinces,
  provinceOfSubdistrict,
  subdistrictHasPostcode,
} from '../../src/main/core/addresses/addresses-repository';
import type { PostcodePlace } from '../../src/shared/domain/addresses';
import { compareThai } from '../../src/shared/thai';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { MENTOR, addAccount, firstSignIn, setUpOffice, type TestOffice } from '../support/office';

/** One temp folder for a whole describe block (the reads change nothing). */
function makeTempDirOnce() {
  let dir = '';
  return {
    dir: () => (dir ||= mkdtempSync(join(tmpdir(), 'kaona-test-'))),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const where = (places: PostcodePlace[], subdistrictNameTh: string, districtNameTh: string) =>
  places.find(
    (place) =>
      place.subdistrictNameTh === subdistrictNameTh && place.districtNameTh === districtNameTh,
  );

describe('addresses (reference data through the contract)', () => {
  const temp = makeTempDirOnce();
  let office: TestOffice;

  beforeAll(async () => {
    office = await setUpOffice(temp.dir());
  });
  afterAll(async () => {
    await office.core.close();
    temp.remove();
  });

  it('lists the 77 provinces in Thai order, Bangkok marked', async () => {
    const provinces = await office.ok('addresses.provinces');
    expect(provinces).toHaveLength(77);
    const names = provinces.map((province) => province.nameTh);
    expect(names).toEqual([...names].sort(compareThai));
    // Thai order, not code points: เชียงใหม่ (leading vowel) sorts under ช, after ฉะเชิงเทรา.
    expect(names.indexOf('เชียงใหม่')).toBeGreaterThan(names.indexOf('ฉะเชิงเทรา'));
    expect(names.indexOf('เชียงใหม่')).toBeLessThan(names.indexOf('ตาก'));
    expect(provinces.filter((province) => province.isBangkok)).toEqual([
      expect.objectContaining({ nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok', isBangkok: true }),
    ]);
  });

  it('cascades Bangkok → its 50 เขต → แขวง with their postcodes, two where there are two', async () => {
    const provinces = await office.ok('addresses.provinces');
    const bangkok = provinces.find((province) => province.isBangkok)!;
    const districts = await office.ok('addresses.districts', { provinceId: bangkok.id });
    expect(districts).toHaveLength(50);
    expect(districts.every((district) => district.provinceId === bangkok.id)).toBe(true);
    const names = districts.map((district) => district.nameTh);
    expect(names).toEqual([...names].sort(compareThai));

    const khlongToei = districts.find((district) => district.nameTh === 'คลองเตย')!;
    const subdistricts = await office.ok('addresses.subdistricts', {
      districtId: khlongToei.id,
    });
    expect(subdistricts.map((subdistrict) => subdistrict.nameTh)).toContain('คลองตัน');
    expect(subdistricts.find((subdistrict) => subdistrict.nameTh === 'พระโขนง')).toMatchObject({
      districtId: khlongToei.id,
      postcodes: ['10110', '10260'],
    });
    expect(subdistricts.find((subdistrict) => subdistrict.nameTh === 'คลองเตย')?.postcodes).toEqual(
      ['10110'],
    );
  });

  it('finds the places of a whole postcode, and of a partial one from three digits', async () => {
    const whole = await office.ok('addresses.byPostcode', { postcode: '50200' });
    expect(whole.every((place) => place.postcode === '50200')).toBe(true);
    expect(where(whole, 'ศรีภูมิ', 'เมืองเชียงใหม่')).toMatchObject({
      provinceNameTh: 'เชียงใหม่',
      provinceNameEn: 'Chiang Mai',
      isBangkok: false,
    });

    const partial = await office.ok('addresses.byPostcode', { postcode: '103' });
    const postcodes = new Set(partial.map((place) => place.postcode));
    expect([...postcodes].every((postcode) => postcode.startsWith('103'))).toBe(true);
    expect(postcodes).toContain('10330');
    expect(where(partial, 'ลุมพินี', 'ปทุมวัน')).toMatchObject({ isBangkok: true });
    const order = partial.map((place) => place.postcode);
    expect(order).toEqual([...order].sort());

    // A subdistrict with two postcodes is found under each.
    for (const postcode of ['10110', '10260']) {
      const places = await office.ok('addresses.byPostcode', { postcode });
      expect(where(places, 'พระโขนง', 'คลองเตย')).toBeDefined();
    }

    expect(await office.ok('addresses.byPostcode', { postcode: '10' })).toEqual([]);
    expect(await office.ok('addresses.byPostcode', { postcode: '00000' })).toEqual([]);
    expect(await office.call('addresses.byPostcode', { postcode: '10a' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('gives one subdistrict with its district and province, and NOT_FOUND for an unknown one', async () => {
    const [lumphini] = (await office.ok('addresses.byPostcode', { postcode: '10330' })).filter(
      (place) => place.subdistrictNameTh === 'ลุมพินี',
    );
    expect(await office.ok('addresses.place', { subdistrictId: lumphini!.subdistrictId })).toEqual(
      lumphini,
    );
    expect(await office.call('addresses.place', { subdistrictId: 999_999 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'place_not_found' },
    });
  });

  it('is refused to a mentor, whose session has no office database', async () => {
    await addAccount(office, MENTOR, 'mentor');
    await office.ok('session.signOut');
    await firstSignIn(office, MENTOR);
    expect(await office.call('addresses.provinces')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('address helpers for other features', () => {
  const temp = makeTempDirOnce();
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(temp.dir());
  });
  afterAll(async () => {
    await database.close();
    temp.remove();
  });

  it('checks a postcode against the subdistrict’s own, not a pattern', async () => {
    const { db } = database;
    const phraKhanong = await db
      .selectFrom('address_subdistricts as s')
      .innerJoin('address_districts as d', 'd.id', 's.district_id')
      .select(['s.id', 'd.province_id'])
      .where('s.name_th', '=', 'พระโขนง')
      .where('d.name_th', '=', 'คลองเตย')
      .executeTakeFirstOrThrow();
    expect(await subdistrictHasPostcode(db, phraKhanong.id, '10110')).toBe(true);
    expect(await subdistrictHasPostcode(db, phraKhanong.id, '10260')).toBe(true);
    // Well formed, in Bangkok, but not this แขวง's.
    expect(await subdistrictHasPostcode(db, phraKhanong.id, '10330')).toBe(false);
    expect(await subdistrictHasPostcode(db, 999_999, '10110')).toBe(false);

    const bangkok = (await listProvinces(db)).find((province) => province.isBangkok)!;
    expect(await provinceOfSubdistrict(db, phraKhanong.id)).toBe(bangkok.id);
    expect(await provinceOfSubdistrict(db, 999_999)).toBeUndefined();
  });
});
