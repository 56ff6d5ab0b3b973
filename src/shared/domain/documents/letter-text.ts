import type { DisabilityType, TargetGroup } from '../cases/codes';
import { formatBuddhistDate } from '../../thai/buddhist-era';
import { parseIsoDate } from '../../thai/iso-date';
import { formatNationalId } from '../../thai/national-id';
import { formatThaiPhone } from '../../thai/phone';
import type { ReferralDetail } from './codes';
import { DISABILITY_TYPE_TH, TARGET_GROUP_TH } from './letter-labels';
import type { LetterDetail, LetterheadSnapshot, LetterModel, SignerSnapshot } from './models';

/**
 * A referral letter's text, composed once from what the referral, the case and the letterhead
 * hold. The preview and the issue both call this, so what the officer previews is word for word
 * what gets the number. Pure: the core reads, this writes Thai (official letters are Thai whatever
 * the UI language); digits stay Arabic (the template prints Thai digits when the office asks).
 */

/** The programme every beneficiary belongs to, as a letter names it. */
export const PROGRAMME_TH =
  'โครงการส่งเสริมอาชีพกลุ่มเปราะบาง ของกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ร่วมกับบริษัท ลาซาด้า จำกัด';

export const CLOSING_PARAGRAPH_TH = 'จึงเรียนมาเพื่อโปรดพิจารณาให้ความช่วยเหลือต่อไป จะขอบคุณยิ่ง';
export const COMPLIMENTARY_CLOSE_TH = 'ขอแสดงความนับถือ';

export const DETAIL_LABEL_TH: Readonly<Record<ReferralDetail, string>> = {
  national_id: 'เลขประจำตัวประชาชน',
  birth_date: 'วันเกิด',
  address: 'ที่อยู่',
  phone: 'โทรศัพท์',
  target_groups: 'กลุ่มเป้าหมาย',
  disability: 'ประเภทความพิการ',
  business: 'ธุรกิจ/สินค้า',
};

export interface LetterAddress {
  line: string;
  subdistrictName: string | null;
  districtName: string | null;
  provinceName: string | null;
  postcode: string;
}

/** What the letter may say about the person; only the ticked details are printed. */
export interface LetterPerson {
  /** With title: "นางสมหญิง ทดสอบ". */
  displayName: string;
  nationalId: string | null;
  birthDate: string;
  address: LetterAddress | null;
  /** E.164 or empty. */
  phone: string;
  targetGroups: readonly TargetGroup[];
  disabilityTypes: readonly DisabilityType[];
  occupation: string;
  products: string;
}

export interface LetterInput {
  issuedOn: string;
  letterhead: LetterheadSnapshot;
  /** ส่วนราชการเจ้าของเรื่อง and the office's contact lines (letterhead settings). */
  office: { owningDivision: string; phone: string; fax: string; email: string };
  signer: SignerSnapshot;
  referral: {
    addressee: string;
    reason: string;
    requestedService: string;
    references: readonly string[];
    enclosures: readonly string[];
    contactPerson: string;
    details: readonly ReferralDetail[];
  };
  person: LetterPerson;
}

/** Everything of the letter but its number (known only inside the transaction). */
export type ComposedLetter = Omit<LetterModel, 'number'>;

export function composeLetter(input: LetterInput): ComposedLetter {
  const { person, referral, letterhead } = input;
  const name = person.displayName.trim();
  const agency = letterhead.agencyName.trim();
  const details = letterDetails(person, referral.details, input.issuedOn);
  const service = withoutLeading(referral.requestedService.trim(), 'เพื่อ');
  const request =
    `ในการนี้ ${agency} จึงขอส่งตัว${name} เพื่อ${service}` +
    (details.length > 0 ? ' โดยมีรายละเอียดดังนี้' : '');
  return {
    kind: 'referral_letter',
    issuedOn: input.issuedOn,
    letterhead,
    subject: name ? `ขอส่งตัว${name} เพื่อรับบริการ` : 'ขอส่งต่อผู้รับบริการ',
    addressee: referral.addressee.trim(),
    references: [...referral.references],
    enclosures: [...referral.enclosures],
    paragraphs: [
      `ด้วย${agency} ได้ให้ความช่วยเหลือ${name} ซึ่งเป็นผู้รับบริการตาม${PROGRAMME_TH} ${referral.reason.trim()}`,
      request,
    ],
    details,
    closingParagraph: CLOSING_PARAGRAPH_TH,
    complimentaryClose: COMPLIMENTARY_CLOSE_TH,
    signer: input.signer,
    footer: {
      owningDivision: input.office.owningDivision,
      phone: input.office.phone,
      fax: input.office.fax,
      email: input.office.email,
      contactPerson: referral.contactPerson.trim(),
    },
    copyTo: [],
  };
}

/** The ticked details in the fixed order of REFERRAL_DETAILS; an empty value is left out. */
export function letterDetails(
  person: LetterPerson,
  ticked: readonly ReferralDetail[],
  issuedOn: string,
): LetterDetail[] {
  const chosen = new Set(ticked);
  const values: [ReferralDetail, string][] = [
    ['national_id', person.nationalId ? safely(formatNationalId, person.nationalId) : ''],
    ['birth_date', birthDateText(person.birthDate, issuedOn)],
    ['address', person.address ? thaiAddress(person.address) : ''],
    ['phone', person.phone ? safely(formatThaiPhone, person.phone) : ''],
    ['target_groups', person.targetGroups.map((group) => TARGET_GROUP_TH[group]).join(', ')],
    [
      'disability',
      person.disabilityTypes.map((type) => `ความพิการ${DISABILITY_TYPE_TH[type]}`).join(', '),
    ],
    ['business', [person.occupation.trim(), person.products.trim()].filter(Boolean).join(' / ')],
  ];
  return values
    .filter(([detail, value]) => chosen.has(detail) && value !== '')
    .map(([detail, value]) => ({ label: DETAIL_LABEL_TH[detail], value }));
}

/** "1 พฤษภาคม 2523 (อายุ 46 ปี)": the age on the letter's date. */
export function birthDateText(birthDate: string, on: string): string {
  if (!birthDate) return '';
  return `${formatBuddhistDate(birthDate, 'th', { style: 'long' })} (อายุ ${ageOn(birthDate, on)} ปี)`;
}

export function ageOn(birthDate: string, on: string): number {
  const born = parseIsoDate(birthDate);
  const day = parseIsoDate(on);
  const hadBirthday = day.month > born.month || (day.month === born.month && day.day >= born.day);
  return day.year - born.year - (hadBirthday ? 0 : 1);
}

/**
 * "12 หมู่ 3 ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000", and in Bangkok "… แขวง… เขต…
 * กรุงเทพมหานคร 10200" (the capital is not a จังหวัด), as the case page writes an address.
 */
export function thaiAddress(address: LetterAddress): string {
  const bangkok = address.provinceName === 'กรุงเทพมหานคร';
  const part = (prefix: string, name: string | null) => (name ? `${prefix}${name}` : '');
  return [
    address.line.trim(),
    part(bangkok ? 'แขวง' : 'ตำบล', address.subdistrictName),
    part(bangkok ? 'เขต' : 'อำเภอ', address.districtName),
    bangkok ? (address.provinceName ?? '') : part('จังหวัด', address.provinceName),
    address.postcode,
  ]
    .filter(Boolean)
    .join(' ');
}

function withoutLeading(text: string, word: string): string {
  return text.startsWith(word) ? text.slice(word.length).trimStart() : text;
}

/** A stored value the formatter does not recognise is printed as stored rather than failing. */
function safely(format: (value: string) => string, value: string): string {
  try {
    return format(value);
  } catch {
    return value;
  }
}
