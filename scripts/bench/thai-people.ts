import { nationalIdCheckDigit } from '../../src/shared/thai/national-id';
import { seededRandom } from './timing';

/**
 * Realistic, reproducible beneficiaries for the case bench: common Thai given names, family names
 * and nicknames combined by a seeded generator, valid national IDs, mobile numbers, birth dates
 * and one of a small set of reference places. The same `n` always gives the same person.
 */

const WOMEN = [
  'สมศรี',
  'สมหญิง',
  'วันเพ็ญ',
  'กาญจนา',
  'มาลี',
  'สุดา',
  'พรทิพย์',
  'นงลักษณ์',
  'อรุณี',
  'จันทร์เพ็ญ',
  'ศิริพร',
  'รัตนา',
  'สุภาพร',
  'บุญมี',
  'ประภา',
  'อัญชลี',
  'วิไลวรรณ',
  'เพ็ญศรี',
  'นิตยา',
  'สายสุนีย์',
  'ละเอียด',
  'ทองใบ',
  'ขวัญใจ',
  'เกศินี',
  'แสงเดือน',
  'ดวงใจ',
  'ปราณี',
  'อำไพ',
  'ยุพิน',
  'สมปอง',
  'กนกวรรณ',
  'ณัฐธิดา',
  'ปิยะนุช',
  'ชนิดา',
  'พิมพ์ชนก',
  'ธิดารัตน์',
  'อรทัย',
  'จิราพร',
  'วรรณา',
  'มณีรัตน์',
];
const MEN = [
  'สมชาย',
  'ประยุทธ',
  'ณัฐวุฒิ',
  'สมศักดิ์',
  'บุญชัย',
  'วิชัย',
  'สุรชัย',
  'ประเสริฐ',
  'อนันต์',
  'ชาญวิทย์',
  'เกษม',
  'ธนพล',
  'กิตติพงษ์',
  'ศุภชัย',
  'วีระ',
  'สมบัติ',
  'ไพโรจน์',
  'เอกชัย',
  'อภิชาติ',
  'ทองดี',
  'จักรพันธ์',
  'ธีรวัฒน์',
  'พงศกร',
  'ภานุวัฒน์',
  'สุรศักดิ์',
  'นพดล',
  'มานพ',
  'ชัยวัฒน์',
  'บุญเลิศ',
  'โชคชัย',
];
const FAMILY = [
  'ใจดี',
  'ศรีสุข',
  'บุญมา',
  'รักษ์ไทย',
  'ทองดี',
  'แก้วมณี',
  'สุขสันต์',
  'วงศ์สวัสดิ์',
  'ศรีวงศ์',
  'พรหมมา',
  'จันทร์แก้ว',
  'ทองคำ',
  'มั่นคง',
  'ดีงาม',
  'ชัยมงคล',
  'สายทอง',
  'บุญเรือง',
  'แสงทอง',
  'เพชรรัตน์',
  'อินทร์แก้ว',
  'ศรีสวัสดิ์',
  'คำแก้ว',
  'พันธ์ุดี',
  'สมบูรณ์',
  'กองทอง',
  'นาคสุข',
  'ปัญญาดี',
  'รุ่งเรือง',
  'เจริญสุข',
  'มีสุข',
  'ภูมิใจ',
  'อ่อนศรี',
  'ยอดเยี่ยม',
  'วิเศษ',
  'ทรัพย์มาก',
  'สีดา',
  'โพธิ์ทอง',
  'บัวขาว',
  'ไชยวงศ์',
  'ขันแก้ว',
  'ประเสริฐสุข',
  'ชูชื่น',
  'เรืองศรี',
  'หอมจันทร์',
  'สิงห์ทอง',
  'ปานทอง',
  'คงสวัสดิ์',
  'สุวรรณ',
  'ธนากร',
  'ศรีประเสริฐ',
];
const NICKNAMES = [
  'แดง',
  'ดำ',
  'นก',
  'หนู',
  'แอ๋ว',
  'ต้น',
  'เก่ง',
  'อ้อย',
  'ปุ๊',
  'ต่าย',
  'ก้อย',
  'เล็ก',
  'ใหญ่',
  'ตุ๊ก',
  'แป้ง',
  'ปู',
  'บี',
  'ฝน',
  'น้ำ',
  'มด',
  'กุ้ง',
  'จุ๋ม',
  'เอ',
  'โอ๋',
  'ตาล',
  'ส้ม',
  'เปิ้ล',
  'แนน',
  'หมู',
  'บอย',
];

/** The reference places the bench uses when the real address data is not in the database. */
export const BENCH_PLACES = [
  {
    provinceId: 40,
    province: 'ขอนแก่น',
    districtId: 4001,
    district: 'เมืองขอนแก่น',
    subdistrictId: 400101,
    subdistrict: 'ในเมือง',
    postcode: '40000',
  },
  {
    provinceId: 40,
    province: 'ขอนแก่น',
    districtId: 4005,
    district: 'ชุมแพ',
    subdistrictId: 400501,
    subdistrict: 'ชุมแพ',
    postcode: '40130',
  },
  {
    provinceId: 10,
    province: 'กรุงเทพมหานคร',
    districtId: 1001,
    district: 'พระนคร',
    subdistrictId: 100101,
    subdistrict: 'พระบรมมหาราชวัง',
    postcode: '10200',
  },
  {
    provinceId: 10,
    province: 'กรุงเทพมหานคร',
    districtId: 1030,
    district: 'จตุจักร',
    subdistrictId: 103001,
    subdistrict: 'ลาดยาว',
    postcode: '10900',
  },
  {
    provinceId: 50,
    province: 'เชียงใหม่',
    districtId: 5001,
    district: 'เมืองเชียงใหม่',
    subdistrictId: 500101,
    subdistrict: 'ศรีภูมิ',
    postcode: '50200',
  },
  {
    provinceId: 90,
    province: 'สงขลา',
    districtId: 9011,
    district: 'หาดใหญ่',
    subdistrictId: 901101,
    subdistrict: 'หาดใหญ่',
    postcode: '90110',
  },
  {
    provinceId: 30,
    province: 'นครราชสีมา',
    districtId: 3001,
    district: 'เมืองนครราชสีมา',
    subdistrictId: 300101,
    subdistrict: 'ในเมือง',
    postcode: '30000',
  },
  {
    provinceId: 34,
    province: 'อุบลราชธานี',
    districtId: 3401,
    district: 'เมืองอุบลราชธานี',
    subdistrictId: 340101,
    subdistrict: 'ในเมือง',
    postcode: '34000',
  },
] as const;

export type BenchPlace = (typeof BENCH_PLACES)[number];

export interface BenchPerson {
  title: 'mr' | 'miss' | 'mrs';
  sex: 'male' | 'female';
  firstName: string;
  lastName: string;
  nickname: string;
  birthDate: string;
  nationalId: string;
  /** E.164 */
  phone: string;
  place: BenchPlace;
  targetGroups: string[];
  department: 'dcy' | 'dop' | 'dwf' | 'dsdw' | 'dep';
  flagshipProject: 'jobs_and_income' | 'quality_of_life' | 'social_protection';
  intakeDate: string;
}

const DEPARTMENTS = ['dcy', 'dop', 'dwf', 'dsdw', 'dep'] as const;
const PROJECTS = [
  'jobs_and_income',
  'jobs_and_income',
  'quality_of_life',
  'social_protection',
] as const;
const GROUPS = [
  'children_youth',
  'women',
  'older_persons',
  'persons_with_disabilities',
  'underprivileged',
];

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)]!;
}

/**
 * A valid 13-digit ID unique to `n`, shaped like real ones: person type 1–8, a province and
 * district code, then digits that look random (an invertible mix of `n`, so no two people share
 * an ID), then the check digit.
 */
export function benchNationalId(n: number): string {
  const area = AREA_CODES[n % AREA_CODES.length]!;
  const serial = String((n * 7_919_993 + 1_234_567) % 10_000_000).padStart(7, '0');
  const first = `${1 + (n % 8)}${area}${serial}`;
  return `${first}${nationalIdCheckDigit(first)}`;
}

/** Province and district codes (the ID's digits 2–5) of a few provinces. */
const AREA_CODES = ['1001', '1030', '4001', '4005', '5001', '9011', '3001', '3401', '4101', '6701'];

/** A mobile number unique to `n`: 06, 08 or 09 and eight digits that look random. */
export function benchPhone(n: number): string {
  const prefix = ['6', '8', '9'][n % 3]!;
  const subscriber = String((n * 48_271 + 9_876_543) % 100_000_000).padStart(8, '0');
  return `+66${prefix}${subscriber}`;
}

export function benchPerson(n: number): BenchPerson {
  const random = seededRandom(0x5eed + n);
  const female = random() < 0.6;
  const birthYear = 1950 + Math.floor(random() * 55);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const intakeDay = Math.floor(random() * 700);
  const intake = new Date(Date.UTC(2025, 0, 1) + intakeDay * 86_400_000).toISOString().slice(0, 10);
  const groups = new Set([female ? 'women' : pick(GROUPS, random)]);
  if (random() < 0.3) groups.add(pick(GROUPS, random));
  return {
    title: female ? (random() < 0.5 ? 'miss' : 'mrs') : 'mr',
    sex: female ? 'female' : 'male',
    firstName: pick(female ? WOMEN : MEN, random),
    lastName: pick(FAMILY, random),
    nickname: pick(NICKNAMES, random),
    birthDate: `${birthYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    nationalId: benchNationalId(n),
    phone: benchPhone(n),
    place: pick(BENCH_PLACES, random),
    targetGroups: [...groups],
    department: pick(DEPARTMENTS, random),
    flagshipProject: pick(PROJECTS, random),
    intakeDate: intake,
  };
}
