import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {
  CertificateModel,
  LetterModel,
  PrintItem,
  PrintView,
} from '../../src/shared/domain/documents';
import { PrintPreview } from '../../src/renderer/src/print/PrintPreview';
import { PrintDocument } from '../../src/renderer/src/print/templates/PrintDocument';
import {
  SAMPLE_EMBLEM,
  SAMPLE_IMAGES,
  SAMPLE_SIGNATURE,
  sampleCertificate,
  sampleLetter,
} from '../../scripts/print/sample-view';
import { PAYLOADS, withPayload } from '../support/payloads';

// Vitest hands CSS imports to tests as empty strings, so the print stylesheet is read from disk
// (as fonts.test.ts does; the renderer's tsconfig has no Node types on purpose).
interface Fs {
  readFileSync(path: string, encoding: 'utf8'): string;
}
const nodeFs = 'node:fs';
const fs = (await import(/* @vite-ignore */ nodeFs)) as Fs;
// Through a function: Vite rewrites a literal `new URL('…', import.meta.url)` into an asset URL.
const pathFromHere = (relative: string) =>
  decodeURIComponent(new URL(relative, import.meta.url).pathname);
const printCss = fs.readFileSync(pathFromHere('../../src/renderer/src/print/print.css'), 'utf8');

function item(model: LetterModel | CertificateModel, extra: Partial<PrintItem> = {}): PrintItem {
  return {
    documentId: 1,
    kind: model.kind,
    status: 'issued',
    copy: false,
    model,
    ...extra,
  };
}

function renderView(items: PrintItem[], images: Record<string, string> = SAMPLE_IMAGES) {
  const view: PrintView = { items, images };
  return render(<PrintDocument view={view} />).container;
}

const arabicLetter = (overrides: Partial<LetterModel> = {}) =>
  sampleLetter({
    letterhead: { ...sampleLetter().letterhead, thaiDigits: false },
    ...overrides,
  });

const parts = (root: ParentNode) =>
  Array.from(root.querySelectorAll<HTMLElement>('[data-part]'), (element) => element.dataset.part);

describe('the referral letter (หนังสือภายนอก)', () => {
  it('prints every part in the order of the regulation', () => {
    const container = renderView([item(arabicLetter())]);
    const order = [
      'emblem',
      'number',
      'agency',
      'date',
      'subject',
      'addressee',
      'references',
      'enclosures',
      'body',
      'details',
      'closing-paragraph',
      'complimentary-close',
      'signer',
      'footer',
      'copy-to',
    ];
    expect(parts(container)).toEqual(order);
    const text = (part: string) => container.querySelector(`[data-part="${part}"]`)?.textContent;
    expect(text('number')).toBe('ที่พม 0506/123');
    expect(text('date')).toBe('26 พฤศจิกายน 2569');
    expect(text('subject')).toContain('เรื่อง');
    expect(text('addressee')).toBe('เรียนผู้จัดการฝ่ายพัฒนาผู้ขาย บริษัท ลาซาด้า จำกัด');
    expect(text('complimentary-close')).toBe('ขอแสดงความนับถือ');
    expect(text('signer')).toContain('(นายประเสริฐ รักษ์สังคม)');
    expect(text('signer')).toContain('ปฏิบัติราชการแทนผู้ว่าราชการจังหวัดเชียงใหม่');
    expect(text('footer')).toContain('กลุ่มการพัฒนาสังคมและสวัสดิการ');
    expect(text('footer')).toContain('โทร.0 5311 2345');
    expect(text('footer')).toContain('โทรสาร0 5311 2346');
    expect(text('footer')).toContain('ไปรษณีย์อิเล็กทรอนิกส์chiangmai@m-society.go.th');
    expect(text('footer')).toContain('ผู้ประสานงานนางสาวมาลี ประสานงาน');
    expect(text('copy-to')).toBe('สำเนาส่งศูนย์ช่วยเหลือสังคม สายด่วน 1300');
    const details = container.querySelectorAll('[data-part="details"] dt');
    expect(Array.from(details, (dt) => dt.textContent)).toEqual([
      'ชื่อ-สกุล',
      'ที่อยู่ปัจจุบัน',
      'โทรศัพท์',
      'สินค้า',
      'บริการที่ขอรับ',
    ]);
    expect(container.querySelectorAll('.pd-paragraph')).toHaveLength(3);
  });

  it('leaves out อ้างถึง, สิ่งที่ส่งมาด้วย, สำเนาส่ง and contact lines that are empty', () => {
    const letter = arabicLetter({
      references: [],
      enclosures: [],
      copyTo: [],
      details: [],
      footer: { ...sampleLetter().footer, fax: '', contactPerson: '  ' },
    });
    const container = renderView([item(letter)]);
    const present = parts(container);
    for (const absent of ['references', 'enclosures', 'copy-to', 'details']) {
      expect(present).not.toContain(absent);
    }
    const footer = container.querySelector('[data-part="footer"]')?.textContent ?? '';
    expect(footer).not.toContain('โทรสาร');
    expect(footer).not.toContain('ผู้ประสานงาน');
    expect(footer).toContain('โทร.');
  });

  it('numbers a list of several items (๑. ๒.) and leaves a single one unnumbered', () => {
    const thai = renderView([item(sampleLetter())]);
    const enclosures = thai.querySelector('[data-part="enclosures"]');
    expect(Array.from(enclosures?.querySelectorAll('li') ?? [], (li) => li.textContent)).toEqual([
      '๑.สำเนาบัตรประจำตัวประชาชน จำนวน ๑ ฉบับ',
      '๒.แบบประเมินความพร้อม จำนวน ๑ ชุด',
    ]);
    const references = thai.querySelector('[data-part="references"]');
    expect(references?.querySelector('.pd-list-number')).toBeNull();
  });

  it('prints every digit as a Thai digit when the office asks, and Arabic ones otherwise', () => {
    const thai = renderView([item(sampleLetter())]);
    expect(thai.textContent).not.toMatch(/[0-9]/);
    expect(thai.querySelector('[data-part="number"]')?.textContent).toBe('ที่พม ๐๕๐๖/๑๒๓');
    expect(thai.querySelector('[data-part="date"]')?.textContent).toBe('๒๖ พฤศจิกายน ๒๕๖๙');
    expect(thai.querySelector('.pd-sheet')).toHaveClass('pd-page-letter-thai');

    const arabic = renderView([item(arabicLetter({ number: 'พม ๐๕๐๖/๑๒๓' }))]);
    expect(arabic.textContent).not.toMatch(/[๐-๙]/);
    expect(arabic.querySelector('[data-part="number"]')?.textContent).toBe('ที่พม 0506/123');
    expect(arabic.querySelector('.pd-sheet')).toHaveClass('pd-page-letter');
  });

  it('marks a copy (สำเนา), a draft (ร่าง) and a void document (ยกเลิก)', () => {
    const issued = renderView([item(sampleLetter())]);
    expect(issued.querySelector('[data-mark]')).toBeNull();

    const copy = renderView([item(sampleLetter(), { copy: true })]);
    expect(copy.querySelector('[data-mark="copy"]')).toHaveTextContent('สำเนา');

    const draft = renderView([item(sampleLetter(), { status: 'draft', documentId: null })]);
    expect(draft.querySelector('[data-mark="draft"]')).toHaveTextContent('ร่าง');

    const voided = renderView([item(sampleLetter(), { status: 'void', copy: true })]);
    expect(voided.querySelector('[data-mark="void"]')).toHaveTextContent('ยกเลิก');
    expect(voided.querySelector('[data-mark="copy"]')).toHaveTextContent('สำเนา');
  });

  it('prints the emblem and the signature only from the view’s own images', () => {
    const container = renderView([item(sampleLetter())]);
    const sources = Array.from(container.querySelectorAll('img'), (img) => img.src);
    expect(sources).toEqual([
      SAMPLE_IMAGES[SAMPLE_EMBLEM.sha256],
      SAMPLE_IMAGES[SAMPLE_SIGNATURE.sha256],
    ]);

    // An image the view does not carry, or carries as anything but a stored image's data URL,
    // prints nothing (a blank space to sign by hand), never a URL.
    const odd = renderView([item(sampleLetter())], {
      [SAMPLE_EMBLEM.sha256]: 'https://example.com/emblem.png',
      [SAMPLE_SIGNATURE.sha256]: 'data:text/html;base64,PHNjcmlwdD4=',
    });
    expect(odd.querySelectorAll('img')).toHaveLength(0);
    const missing = renderView([item(sampleLetter())], {});
    expect(missing.querySelectorAll('img')).toHaveLength(0);
    const inherited = renderView(
      [
        item(
          sampleLetter({
            letterhead: {
              ...sampleLetter().letterhead,
              emblem: { sha256: 'constructor', mime: 'image/png' },
            },
          }),
        ),
      ],
      {},
    );
    expect(inherited.querySelectorAll('img')).toHaveLength(0);
  });

  it('has the page number at the top centre from page 2 on, in the office’s digits', () => {
    const css = printCss.replace(/\s+/g, ' ');
    expect(css).toMatch(/@page letter \{[^}]*size: A4 portrait;[^}]*margin: 1\.5cm 2cm 2cm 3cm;/);
    expect(css).toMatch(/@page letter \{[^@]*@top-center \{ content: '- ' counter\(page\) ' -';/);
    expect(css).toMatch(
      /@page letter-thai \{[^@]*@top-center \{ content: '- ' counter\(page, thai\) ' -';/,
    );
    expect(css).toMatch(/@page letter:first \{ @top-center \{ content: none; \} \}/);
    expect(css).toMatch(/@page letter-thai:first \{ @top-center \{ content: none; \} \}/);
    expect(css).toMatch(/@page certificate \{ size: A4 landscape;/);
    expect(css).toMatch(/\.pd-sheet--letter \{ page: letter; \}/);
    expect(css).toMatch(/\.pd-sheet--letter\.pd-page-letter-thai \{ page: letter-thai; \}/);
    expect(css).toMatch(/\.pd-sheet--certificate \{ page: certificate;/);
    expect(css).toContain('font-size: 16pt;');
    expect(css).toContain('overflow-wrap: anywhere;');
    expect(css).toContain('print-color-adjust: exact;');
  });
});

describe('the certificate (เกียรติบัตร)', () => {
  it('prints every part, two signers side by side and the verification QR', () => {
    const container = renderView([item(sampleCertificate())]);
    expect(parts(container)).toEqual([
      'emblem',
      'agency',
      'formula',
      'holder',
      'achievement',
      'detail',
      'given-on',
      'signers',
      'signer',
      'signer',
      'verification',
      'qr',
    ]);
    const text = (part: string) => container.querySelector(`[data-part="${part}"]`)?.textContent;
    expect(text('formula')).toBe('ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า');
    expect(text('holder')).toBe('นางสาวสมศรี ใจดี');
    expect(text('achievement')).toBe('ได้เปิดร้านค้าออนไลน์สำเร็จ');
    expect(text('given-on')).toBe('ให้ไว้ ณ วันที่ ๒๖ พฤศจิกายน พ.ศ. ๒๕๖๙');
    expect(text('verification')).toContain('เลขที่๒๕๖๙/๐๐๐๑๗');
    expect(text('verification')).toContain('สแกนเพื่อตรวจสอบ');
    const signers = container.querySelectorAll('[data-part="signer"]');
    expect(signers[0]).toHaveTextContent('(นายประเสริฐ รักษ์สังคม)');
    expect(signers[1]).toHaveTextContent('(นางวิไล ค้าดี)');
    // The second signer has no stored signature: a space to sign by hand, no image.
    expect(signers[1]?.querySelector('img')).toBeNull();
    const qr = container.querySelector('[data-part="verification"] svg');
    expect(qr).not.toBeNull();
    expect(qr?.querySelectorAll('path').length).toBeGreaterThan(0);
  });

  it('leaves out an empty detail line and prints Arabic digits when asked', () => {
    const certificate = sampleCertificate({
      detailText: '',
      letterhead: { ...sampleCertificate().letterhead, thaiDigits: false },
      signers: [sampleCertificate().signers[0]!],
    });
    const container = renderView([item(certificate)]);
    expect(parts(container)).not.toContain('detail');
    expect(container.querySelectorAll('[data-part="signer"]')).toHaveLength(1);
    expect(container.querySelector('[data-part="given-on"]')).toHaveTextContent(
      'ให้ไว้ ณ วันที่ 26 พฤศจิกายน พ.ศ. 2569',
    );
  });

  it('puts each item on its own sheet, in order', () => {
    const container = renderView([
      item(sampleLetter()),
      item(sampleCertificate()),
      item(sampleCertificate({ holderName: 'นายสมชาย มีสุข' })),
    ]);
    const sheets = container.querySelectorAll('section.pd-sheet');
    expect(Array.from(sheets, (sheet) => sheet.getAttribute('data-kind'))).toEqual([
      'referral_letter',
      'certificate',
      'certificate',
    ]);
    expect(sheets[2]).toHaveTextContent('นายสมชาย มีสุข');
  });
});

describe('the preview', () => {
  it('shows each item as a sheet of paper, with the same templates as the print', () => {
    const view: PrintView = {
      items: [item(sampleLetter(), { status: 'draft' }), item(sampleCertificate())],
      images: SAMPLE_IMAGES,
    };
    const { getByTestId } = render(<PrintPreview view={view} />);
    const preview = getByTestId('print-preview');
    expect(preview).toHaveAttribute('data-items', '2');
    const sheets = preview.querySelectorAll('.pd-preview-item > section.pd-sheet');
    expect(Array.from(sheets, (sheet) => sheet.getAttribute('data-kind'))).toEqual([
      'referral_letter',
      'certificate',
    ]);
    expect(sheets[0]?.querySelector('[data-mark="draft"]')).toHaveTextContent('ร่าง');
    expect(sheets[1]?.querySelector('[data-part="qr"]')).not.toBeNull();
  });
});

describe('hostile text in every field', () => {
  const letterItem = (payload: string) =>
    item(withPayload(arabicLetter(), payload), { copy: true, status: 'void' });
  const certificateItem = (payload: string) =>
    item(
      withPayload(
        sampleCertificate({ letterhead: { ...sampleCertificate().letterhead, thaiDigits: false } }),
        payload,
        ['kind', 'achievement'],
      ),
    );

  it.each(PAYLOADS.map((payload) => [payload.slice(0, 40), payload]))(
    '%s stays text',
    (_, payload) => {
      const container = renderView([letterItem(payload), certificateItem(payload)]);
      expect(container.querySelectorAll('script, style, iframe, object, embed, a')).toHaveLength(0);
      for (const element of container.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          expect(attribute.name).not.toMatch(/^on/i);
          expect(attribute.value).not.toMatch(/^\s*javascript:/i);
        }
      }
      // The payload replaced the image references too: no image at all, least of all its URL.
      expect(container.querySelectorAll('img')).toHaveLength(0);
      // Every printed field shows the payload as it was typed.
      const text = container.textContent ?? '';
      const printedFields = 26;
      expect(text.split(payload).length - 1).toBeGreaterThanOrEqual(printedFields);
    },
  );

  it('keeps a right-to-left override inside its own field', () => {
    // jsdom applies no stylesheet: the rule is read from the file, and each value that holds the
    // payload must be in a box that the rule applies to.
    expect(printCss.replace(/\s+/g, ' ')).toContain('.pd-v { unicode-bidi: isolate;');
    const payload = '\u202Eเรื่องกลับด้าน';
    const container = renderView([letterItem(payload), certificateItem(payload)]);
    const holders = Array.from(container.querySelectorAll('p, span, dd, dt, li')).filter(
      (element) =>
        Array.from(element.childNodes).some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes(payload),
        ),
    );
    expect(holders.length).toBeGreaterThan(20);
    for (const holder of holders) {
      expect(holder.closest('.pd-v'), holder.outerHTML.slice(0, 80)).not.toBeNull();
    }
  });
});
