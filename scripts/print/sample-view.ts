import type {
  CertificateModel,
  ImageRef,
  LetterModel,
  PrintView,
} from '../../src/shared/domain/documents';

/**
 * A print view to look at (scripts/print/sample.ts) and to test the templates with
 * (tests/renderer/print-templates.test.tsx): a referral letter long enough for two pages, and
 * certificates with one and two signers. The emblem and signature are drawn here as plain
 * SVG stand-ins: the Garuda is the office's to supply, and the app does not ship it.
 */
const EMBLEM_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 110"><circle cx="50" cy="50" r="46" fill="none" stroke="#7a5a12" stroke-width="4"/><circle cx="50" cy="50" r="36" fill="#c9a233"/><path d="M50 22 L60 50 L50 80 L40 50 Z" fill="#7a5a12"/><rect x="20" y="96" width="60" height="10" fill="#7a5a12"/></svg>`;
const SIGNATURE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 60"><path d="M10 45 C 40 5, 60 55, 90 25 S 140 10, 150 40 S 185 30, 195 15" fill="none" stroke="#123" stroke-width="3"/></svg>`;

// btoa, not Buffer: the renderer tests (no Node types) use these samples too; the SVG is ASCII.
const svgUrl = (svg: string) => `data:image/svg+xml;base64,${btoa(svg)}`;

export const SAMPLE_EMBLEM: ImageRef = { sha256: 'a'.repeat(64), mime: 'image/svg+xml' };
export const SAMPLE_SIGNATURE: ImageRef = { sha256: 'b'.repeat(64), mime: 'image/svg+xml' };

export const SAMPLE_IMAGES: Record<string, string> = {
  [SAMPLE_EMBLEM.sha256]: svgUrl(EMBLEM_SVG),
  [SAMPLE_SIGNATURE.sha256]: svgUrl(SIGNATURE_SVG),
};

const LONG_PARAGRAPH =
  'ด้วยสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่ ร่วมกับบริษัท ลาซาด้า จำกัด ดำเนินโครงการส่งเสริมอาชีพการค้าออนไลน์สำหรับกลุ่มเปราะบาง ' +
  'เพื่อให้ผู้ได้รับความช่วยเหลือสามารถเปิดร้านค้าออนไลน์ มีรายได้ที่มั่นคง และพึ่งพาตนเองได้ในระยะยาว โดยได้ประเมินความพร้อมของผู้ได้รับความช่วยเหลือรายนี้แล้ว ' +
  'พบว่ามีทักษะการผลิตสินค้าหัตถกรรมพื้นบ้าน และมีความตั้งใจที่จะพัฒนาตนเอง แต่ยังขาดความรู้ด้านการถ่ายภาพสินค้า การตั้งราคา และการจัดส่งสินค้า';

export function sampleLetter(overrides: Partial<LetterModel> = {}): LetterModel {
  return {
    kind: 'referral_letter',
    number: 'พม 0506/123',
    issuedOn: '2026-11-26',
    letterhead: {
      agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่',
      addressLines: ['ศาลากลางจังหวัดเชียงใหม่ ถนนโชตนา', 'อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50300'],
      emblem: SAMPLE_EMBLEM,
      thaiDigits: true,
    },
    subject: 'ขอส่งตัวผู้ได้รับความช่วยเหลือเพื่อเข้าร่วมโครงการส่งเสริมการค้าออนไลน์',
    addressee: 'ผู้จัดการฝ่ายพัฒนาผู้ขาย บริษัท ลาซาด้า จำกัด',
    references: ['หนังสือบริษัท ลาซาด้า จำกัด ที่ LZD 2569/045 ลงวันที่ 1 ตุลาคม 2569'],
    enclosures: ['สำเนาบัตรประจำตัวประชาชน จำนวน 1 ฉบับ', 'แบบประเมินความพร้อม จำนวน 1 ชุด'],
    paragraphs: [
      LONG_PARAGRAPH,
      'สำนักงานฯ จึงขอส่งตัวผู้ได้รับความช่วยเหลือ ซึ่งมีรายละเอียดดังต่อไปนี้ เพื่อเข้ารับการอบรมและการให้คำปรึกษาจากพี่เลี้ยงของบริษัท',
    ],
    details: [
      { label: 'ชื่อ-สกุล', value: 'นางสาวสมศรี ใจดี' },
      { label: 'ที่อยู่ปัจจุบัน', value: 'อำเภอสันทราย จังหวัดเชียงใหม่' },
      { label: 'โทรศัพท์', value: '081-234-5678' },
      { label: 'สินค้า', value: 'ผ้าทอมือและกระเป๋าผ้าฝ้าย' },
      { label: 'บริการที่ขอรับ', value: 'การเปิดร้านค้าออนไลน์ การถ่ายภาพสินค้า และการตั้งราคา' },
    ],
    closingParagraph: `จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์ และขอความกรุณาแจ้งผลการพิจารณาให้สำนักงานฯ ทราบภายใน 15 วัน นับแต่วันที่ได้รับหนังสือนี้ ${LONG_PARAGRAPH}`,
    complimentaryClose: 'ขอแสดงความนับถือ',
    signer: {
      fullName: 'นายประเสริฐ รักษ์สังคม',
      positionLines: [
        'พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่',
        'ปฏิบัติราชการแทนผู้ว่าราชการจังหวัดเชียงใหม่',
      ],
      signature: SAMPLE_SIGNATURE,
    },
    footer: {
      owningDivision: 'กลุ่มการพัฒนาสังคมและสวัสดิการ',
      phone: '0 5311 2345',
      fax: '0 5311 2346',
      email: 'chiangmai@m-society.go.th',
      contactPerson: 'นางสาวมาลี ประสานงาน',
    },
    copyTo: ['ศูนย์ช่วยเหลือสังคม สายด่วน 1300'],
    ...overrides,
  };
}

export function sampleCertificate(overrides: Partial<CertificateModel> = {}): CertificateModel {
  return {
    kind: 'certificate',
    serial: '2569/00017',
    issuedOn: '2026-11-26',
    letterhead: {
      agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่',
      emblem: SAMPLE_EMBLEM,
      thaiDigits: true,
    },
    holderName: 'นางสาวสมศรี ใจดี',
    achievement: 'shop_opened',
    achievementText: 'ได้เปิดร้านค้าออนไลน์สำเร็จ',
    detailText: 'ในโครงการส่งเสริมการค้าออนไลน์สำหรับกลุ่มเปราะบาง ร่วมกับบริษัท ลาซาด้า จำกัด',
    signers: [
      {
        fullName: 'นายประเสริฐ รักษ์สังคม',
        positionLines: ['พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่'],
        signature: SAMPLE_SIGNATURE,
      },
      {
        fullName: 'นางวิไล ค้าดี',
        positionLines: ['ผู้จัดการฝ่ายพัฒนาผู้ขาย', 'บริษัท ลาซาด้า จำกัด'],
        signature: null,
      },
    ],
    verificationCode: 'KC1.2569-00017.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQrSt',
    ...overrides,
  };
}

export function sampleView(): PrintView {
  return {
    items: [
      {
        documentId: 1,
        kind: 'referral_letter',
        status: 'issued',
        copy: true,
        model: sampleLetter(),
      },
      {
        documentId: 2,
        kind: 'certificate',
        status: 'issued',
        copy: true,
        model: sampleCertificate(),
      },
      {
        documentId: 3,
        kind: 'certificate',
        status: 'void',
        copy: false,
        model: sampleCertificate({
          holderName: 'นายสมชาย มีสุข',
          serial: '2569/00018',
          signers: [sampleCertificate().signers[0]!],
          letterhead: { ...sampleCertificate().letterhead, thaiDigits: false },
          achievement: 'training',
          achievementText: 'ได้ผ่านการอบรมหลักสูตรการค้าออนไลน์เบื้องต้น',
          detailText: '',
        }),
      },
      {
        documentId: 4,
        kind: 'referral_letter',
        status: 'issued',
        copy: false,
        model: sampleLetter({
          letterhead: { ...sampleLetter().letterhead, thaiDigits: false },
          references: [],
          enclosures: ['แบบประเมินความพร้อม จำนวน 1 ชุด'],
          copyTo: [],
        }),
      },
    ],
    images: SAMPLE_IMAGES,
  };
}
