import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { REFERRAL_DETAILS } from '../../src/shared/domain/documents/codes';
import {
  DISABILITY_TYPE_TH,
  TARGET_GROUP_TH,
} from '../../src/shared/domain/documents/letter-labels';
import {
  ageOn,
  composeLetter,
  thaiAddress,
  type LetterInput,
} from '../../src/shared/domain/documents/letter-text';

// Read as data: the renderer's catalogues are not part of the Node project's sources.
const thCases = JSON.parse(
  readFileSync(
    new URL('../../src/renderer/src/i18n/locales/th/cases.json', import.meta.url),
    'utf8',
  ),
) as { codes: { targetGroups: unknown; disabilityTypes: unknown } };

const input: LetterInput = {
  issuedOn: '2026-12-02',
  letterhead: {
    agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่',
    addressLines: ['ศาลากลางจังหวัดเชียงใหม่'],
    emblem: null,
    thaiDigits: true,
  },
  office: {
    owningDivision: 'กลุ่มการพัฒนาสังคม',
    phone: '0 5311 2345',
    fax: '0 5311 2346',
    email: 'cm@m-society.go.th',
  },
  signer: { fullName: 'นายสมชาย ใจดี', positionLines: ['พัฒนาสังคมฯ'], signature: null },
  referral: {
    addressee: 'ผู้อำนวยการศูนย์พัฒนาฝีมือแรงงานจังหวัดเชียงใหม่',
    reason: 'ผู้รับบริการต้องการพัฒนาทักษะการขายออนไลน์',
    requestedService: 'เพื่อเข้ารับการฝึกอบรมการถ่ายภาพสินค้า',
    references: ['หนังสือศูนย์ฯ ที่ รง 0101/55 ลงวันที่ 1 ตุลาคม 2569'],
    enclosures: ['สำเนาบัตรประจำตัวประชาชน จำนวน 1 ฉบับ'],
    contactPerson: 'นางสาวอรทัย ประสานงาน',
    details: [],
  },
  person: {
    displayName: 'นางสาวมาลี ศรีสุข',
    nationalId: '1101700000011',
    birthDate: '1990-12-03',
    address: {
      line: '99/1 หมู่ 2',
      subdistrictName: 'สุเทพ',
      districtName: 'เมืองเชียงใหม่',
      provinceName: 'เชียงใหม่',
      postcode: '50200',
    },
    phone: '+66812345678',
    targetGroups: ['women', 'persons_with_disabilities'],
    disabilityTypes: ['physical_mobility'],
    occupation: 'ทอผ้า',
    products: 'ผ้าฝ้ายทอมือ',
  },
};

describe('composeLetter', () => {
  it('writes the official Thai parts from the referral and the letterhead', () => {
    const letter = composeLetter(input);
    expect(letter).toMatchObject({
      kind: 'referral_letter',
      issuedOn: '2026-12-02',
      subject: 'ขอส่งตัวนางสาวมาลี ศรีสุข เพื่อรับบริการ',
      addressee: 'ผู้อำนวยการศูนย์พัฒนาฝีมือแรงงานจังหวัดเชียงใหม่',
      references: input.referral.references,
      enclosures: input.referral.enclosures,
      details: [],
      closingParagraph: 'จึงเรียนมาเพื่อโปรดพิจารณาให้ความช่วยเหลือต่อไป จะขอบคุณยิ่ง',
      complimentaryClose: 'ขอแสดงความนับถือ',
      footer: {
        owningDivision: 'กลุ่มการพัฒนาสังคม',
        phone: '0 5311 2345',
        fax: '0 5311 2346',
        email: 'cm@m-society.go.th',
        contactPerson: 'นางสาวอรทัย ประสานงาน',
      },
      copyTo: [],
    });
    expect(letter).not.toHaveProperty('number');
    expect(letter.paragraphs[0]).toMatch(
      /^ด้วยสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่ ได้ให้ความช่วยเหลือนางสาวมาลี ศรีสุข ซึ่งเป็นผู้รับบริการตามโครงการส่งเสริมอาชีพ/,
    );
    expect(letter.paragraphs[0]).toMatch(/ผู้รับบริการต้องการพัฒนาทักษะการขายออนไลน์$/);
    // "เพื่อ" typed at the start of the service is not doubled; no details, no "ดังนี้".
    expect(letter.paragraphs[1]).toBe(
      'ในการนี้ สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่ จึงขอส่งตัวนางสาวมาลี ศรีสุข เพื่อเข้ารับการฝึกอบรมการถ่ายภาพสินค้า',
    );
    expect(JSON.stringify(letter)).not.toContain('1101700000011');
  });

  it('lists only the ticked details, in a fixed order, formatted as a letter writes them', () => {
    const letter = composeLetter({
      ...input,
      referral: { ...input.referral, details: [...REFERRAL_DETAILS].reverse() },
    });
    expect(letter.paragraphs[1]).toMatch(/โดยมีรายละเอียดดังนี้$/);
    expect(letter.details).toEqual([
      { label: 'เลขประจำตัวประชาชน', value: '1-1017-00000-01-1' },
      { label: 'วันเกิด', value: '3 ธันวาคม 2533 (อายุ 35 ปี)' },
      {
        label: 'ที่อยู่',
        value: '99/1 หมู่ 2 ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200',
      },
      { label: 'โทรศัพท์', value: '081-234-5678' },
      { label: 'กลุ่มเป้าหมาย', value: 'สตรี, คนพิการ' },
      { label: 'ประเภทความพิการ', value: 'ความพิการทางการเคลื่อนไหวหรือทางร่างกาย' },
      { label: 'ธุรกิจ/สินค้า', value: 'ทอผ้า / ผ้าฝ้ายทอมือ' },
    ]);
    const some = composeLetter({ ...input, referral: { ...input.referral, details: ['phone'] } });
    expect(some.details.map((detail) => detail.label)).toEqual(['โทรศัพท์']);
  });

  it('a ticked detail the person does not have is left out', () => {
    const letter = composeLetter({
      ...input,
      referral: { ...input.referral, details: ['national_id', 'disability'] },
      person: { ...input.person, nationalId: null, disabilityTypes: [] },
    });
    expect(letter.details).toEqual([]);
  });

  it('writes Bangkok addresses with แขวง and เขต and no จังหวัด', () => {
    expect(
      thaiAddress({
        line: '1 ถนนราชดำเนิน',
        subdistrictName: 'พระบรมมหาราชวัง',
        districtName: 'พระนคร',
        provinceName: 'กรุงเทพมหานคร',
        postcode: '10200',
      }),
    ).toBe('1 ถนนราชดำเนิน แขวงพระบรมมหาราชวัง เขตพระนคร กรุงเทพมหานคร 10200');
  });

  it('counts the age on the letter date (a birthday that day counts)', () => {
    expect(ageOn('1990-12-03', '2026-12-02')).toBe(35);
    expect(ageOn('1990-12-03', '2026-12-03')).toBe(36);
  });

  it('the Thai labels agree with the cases catalogue', () => {
    expect(TARGET_GROUP_TH).toEqual(thCases.codes.targetGroups);
    expect(DISABILITY_TYPE_TH).toEqual(thCases.codes.disabilityTypes);
  });
});
