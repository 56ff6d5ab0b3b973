import type {
  CertificateModel,
  LetterModel,
  LetterheadSnapshot,
  SignerSnapshot,
} from '../../src/shared/domain/documents';

/**
 * The bench's documents: a referral letter and certificates with realistic Thai content and
 * lengths (a one-page letter; a certificate per shop opened), no images (the emblem and
 * signatures add the same data: URLs to both sides).
 */
const LETTERHEAD: LetterheadSnapshot = {
  agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
  addressLines: ['ศูนย์ราชการจังหวัดขอนแก่น ถนนศูนย์ราชการ', 'อำเภอเมืองขอนแก่น จังหวัดขอนแก่น ๔๐๐๐๐'],
  emblem: null,
  thaiDigits: true,
};

const SIGNER: SignerSnapshot = {
  fullName: 'นางสาวสมศรี ใจดี',
  positionLines: ['พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น'],
  signature: null,
};

export function benchLetter(number: string, holder: string): LetterModel {
  return {
    kind: 'referral_letter',
    number,
    issuedOn: '2026-11-26',
    letterhead: LETTERHEAD,
    subject: 'ขอส่งตัวผู้รับบริการเพื่อรับการฝึกอบรมการขายสินค้าออนไลน์',
    addressee: 'ผู้อำนวยการศูนย์พัฒนาฝีมือแรงงานจังหวัดขอนแก่น',
    references: ['หนังสือศูนย์พัฒนาฝีมือแรงงานจังหวัดขอนแก่น ที่ รง ๐๓๑๕/๑๒๓ ลงวันที่ ๑ พฤศจิกายน ๒๕๖๙'],
    enclosures: ['สำเนาบัตรประจำตัวประชาชน จำนวน ๑ ฉบับ'],
    paragraphs: [
      `ตามที่ศูนย์พัฒนาฝีมือแรงงานจังหวัดขอนแก่นได้เปิดรับสมัครผู้เข้ารับการฝึกอบรมหลักสูตรการขายสินค้าออนไลน์ สำหรับกลุ่มเปราะบาง นั้น`,
      `สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น ขอส่งตัว ${holder} ผู้รับบริการในความดูแลของสำนักงาน ซึ่งมีความประสงค์จะเข้ารับการฝึกอบรมเพื่อนำความรู้ไปประกอบอาชีพ รายละเอียดดังนี้`,
    ],
    details: [
      { label: 'ชื่อ-สกุล', value: holder },
      { label: 'อายุ', value: '๔๒ ปี' },
      { label: 'ที่อยู่', value: '๙๙ หมู่ ๔ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น' },
      { label: 'บริการที่ขอ', value: 'การฝึกอบรมหลักสูตรการขายสินค้าออนไลน์' },
    ],
    closingParagraph: 'จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์ด้วย จะขอบคุณยิ่ง',
    complimentaryClose: 'ขอแสดงความนับถือ',
    signer: SIGNER,
    footer: {
      owningDivision: 'กลุ่มการพัฒนาสังคมและสวัสดิการ',
      phone: '๐ ๔๓๒๔ ๖๐๐๐',
      fax: '๐ ๔๓๒๔ ๖๐๐๑',
      email: 'khonkaen@m-society.go.th',
      contactPerson: 'นายอนันต์ ทองดี',
    },
    copyTo: [],
  };
}

export function benchCertificate(serial: string, holder: string): CertificateModel {
  return {
    kind: 'certificate',
    serial,
    issuedOn: '2026-11-26',
    letterhead: { agencyName: LETTERHEAD.agencyName, emblem: null, thaiDigits: true },
    holderName: holder,
    achievement: 'shop_opened',
    achievementText: 'ได้เปิดร้านค้าออนไลน์สำเร็จ',
    detailText: 'ภายใต้โครงการความร่วมมือกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์และลาซาด้า',
    signers: [SIGNER],
    verificationCode: `KAONA1.${serial.replace('/', '-')}.BENCHSIGNATURE0000000000000000000000000000`,
  };
}
