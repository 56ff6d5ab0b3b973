import { describe, expect, it } from 'vitest';
import { placeKey } from '../../src/main/core/imports/address-matcher';
import {
  isYes,
  readDepartment,
  readFlagshipProject,
  readNumber,
  readSex,
  readTargetGroups,
  readTitle,
  suggestMapping,
} from '../../src/main/core/imports/import-words';
import { readDate } from '../../src/main/core/imports/read-date';

describe('dates as the person declared them', () => {
  it('reads dd/mm/พ.ศ. and refuses a ค.ศ. year when พ.ศ. was declared, and the reverse', () => {
    expect(readDate('15/03/2530', 'be', 'dmy')).toBe('1987-03-15');
    expect(readDate('๑๕/๐๓/๒๕๓๐', 'be', 'dmy')).toBe('1987-03-15');
    expect(readDate('15/03/1987', 'be', 'dmy')).toBeNull();
    expect(readDate('15/03/1987', 'ce', 'dmy')).toBe('1987-03-15');
    expect(readDate('15/03/2530', 'ce', 'dmy')).toBeNull();
    expect(readDate('03/15/1987', 'ce', 'mdy')).toBe('1987-03-15');
    expect(readDate('2530-03-15', 'be', 'ymd')).toBe('1987-03-15');
  });

  it('takes a cell Excel stored as a date as the real day, whatever the declaration', () => {
    expect(readDate('1987-03-15', 'be', 'dmy')).toBe('1987-03-15');
    expect(readDate('2530-03-15', 'ce', 'dmy')).toBe('1987-03-15');
  });

  it('refuses days that do not exist and two-digit years', () => {
    expect(readDate('31/02/2530', 'be', 'dmy')).toBeNull();
    expect(readDate('29/02/2543', 'be', 'dmy')).toBe('2000-02-29');
    expect(readDate('15/03/30', 'be', 'dmy')).toBeNull();
    expect(readDate('เมื่อวาน', 'be', 'dmy')).toBeNull();
  });
});

describe('Thai words for the codes', () => {
  it('reads titles, sex (from the title when empty), groups, departments and projects', () => {
    expect(readTitle('น.ส.')).toEqual({ title: 'miss', titleOther: '' });
    expect(readTitle('ว่าที่ร้อยตรี')).toEqual({ title: 'other', titleOther: 'ว่าที่ร้อยตรี' });
    expect(readSex('', 'mr')).toBe('male');
    expect(readSex('หญิง', null)).toBe('female');
    expect(readSex('ไม่ระบุ', null)).toBeNull();
    expect(readTargetGroups('สตรี, ผู้สูงอายุ / คนพิการ')).toEqual([
      'women',
      'older_persons',
      'persons_with_disabilities',
    ]);
    expect(readTargetGroups('สตรี, นักเรียน')).toBeNull();
    expect(readDepartment('พส.')).toBe('dsdw');
    expect(readDepartment('กรมกิจการผู้สูงอายุ (ผส.)')).toBe('dop');
    expect(readDepartment('dwf')).toBe('dwf');
    expect(readFlagshipProject('สร้างโอกาส สร้างงาน และสร้างรายได้')).toBe('jobs_and_income');
    expect(isYes('ยินยอม')).toBe(true);
    expect(isYes('ไม่ยินยอม')).toBe(false);
    expect(readNumber('5,000.50 บาท')).toBe(5000.5);
    expect(readNumber('ห้าพัน')).toBeNull();
  });

  it('suggests columns from Thai or English headers, each field once', () => {
    expect(
      suggestMapping(['ลำดับ', 'ชื่อ', 'นามสกุล', 'Birth Date', 'เบอร์โทร', 'ชื่อ', 'Province']),
    ).toEqual({ firstName: 1, lastName: 2, birthDate: 3, phone: 4, province: 6 });
  });

  it('compares place names without their unit words', () => {
    expect(placeKey('จ.ขอนแก่น')).toBe(placeKey('ขอนแก่น'));
    expect(placeKey('อำเภอ เมืองขอนแก่น')).toBe(placeKey('เมืองขอนแก่น'));
    expect(placeKey('กทม.')).toBe('กรุงเทพมหานคร');
  });
});
