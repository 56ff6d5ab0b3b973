import { sql } from 'kysely';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { CertificateModel, LetterModel, PrintView } from '../../src/shared/domain/documents';
import type { DocumentPrinter } from '../../src/main/core/documents/document-printer';
import { issueDocument } from '../../src/main/core/documents/register-repository';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../src/main/core/db/schema';

type Db = Kysely<DatabaseSchema>;

const AT = '2026-11-26T03:00:00.000Z';
const ON = '2026-11-26';

const LETTERHEAD = {
  agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
  addressLines: ['ศูนย์ราชการจังหวัดขอนแก่น', 'ถนนศูนย์ราชการ ขอนแก่น ๔๐๐๐๐'],
  emblem: null,
  thaiDigits: true,
};
const SIGNER = {
  fullName: 'นางสาวสมศรี ใจดี',
  positionLines: ['พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด'],
  signature: null,
};

/** The one letterhead row, by SQL (what the letterhead settings would have saved). */
export async function insertTestLetterhead(db: Db, userId: number): Promise<void> {
  await sql`
    INSERT OR IGNORE INTO letterhead (id, agency_name, address_lines, owning_division,
      number_prefix, thai_digits, version, updated_at, updated_by)
    VALUES (1, ${LETTERHEAD.agencyName}, '[]', 'กลุ่มการพัฒนาสังคม', 'พม 0506/', 1, 1, ${AT}, ${userId})
  `.execute(db);
}

function letterModel(number: string): LetterModel {
  return {
    kind: 'referral_letter',
    number,
    issuedOn: ON,
    letterhead: LETTERHEAD,
    subject: 'ขอส่งตัวผู้รับบริการ',
    addressee: 'ผู้อำนวยการศูนย์ทดสอบ',
    references: [],
    enclosures: [],
    paragraphs: ['ด้วยสำนักงานขอส่งตัวผู้รับบริการเพื่อรับบริการต่อ'],
    details: [],
    closingParagraph: 'จึงเรียนมาเพื่อโปรดพิจารณา',
    complimentaryClose: 'ขอแสดงความนับถือ',
    signer: SIGNER,
    footer: { owningDivision: 'กลุ่มการพัฒนาสังคม', phone: '', fax: '', email: '', contactPerson: '' },
    copyTo: [],
  };
}

function certificateModel(serial: string): CertificateModel {
  return {
    kind: 'certificate',
    serial,
    issuedOn: ON,
    letterhead: { agencyName: LETTERHEAD.agencyName, emblem: null, thaiDigits: true },
    holderName: 'นางสาวสมหญิง ทดสอบ',
    achievement: 'shop_opened',
    achievementText: 'ได้เปิดร้านค้าออนไลน์สำเร็จ',
    detailText: '',
    signers: [SIGNER],
    verificationCode: `TEST-${serial}`,
  };
}

/** Issues documents through the register's real path (`issueDocument`), one transaction. */
export async function issueTestDocuments(
  db: Db,
  options: {
    kind: 'referral_letter' | 'certificate';
    caseId: number;
    userId: number;
    count: number;
  },
): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    const ids: number[] = [];
    for (let i = 0; i < options.count; i++) {
      const issued = await issueDocument(trx, {
        kind: options.kind,
        caseId: options.caseId,
        referralId: null,
        batchId: null,
        achievement: options.kind === 'certificate' ? 'shop_opened' : null,
        issuedOn: ON,
        issuedAt: AT,
        issuedBy: options.userId,
        numberPrefix: 'พม 0506/',
        buildModel: (number) =>
          options.kind === 'certificate' ? certificateModel(number) : letterModel(number),
      });
      ids.push(issued.documentId);
    }
    return ids;
  });
}

/** A PDF with one page per item, as Chromium would make for the ticket's view. */
export async function pdfForView(view: PrintView): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const item of view.items) {
    const page = pdf.addPage([595, 842]);
    page.drawText(`document ${item.documentId}${item.copy ? ' copy' : ''}`, {
      x: 50,
      y: 800,
      font,
    });
  }
  return pdf.save();
}

/**
 * A fake host printer: what a print page would do (take the view with the ticket, then render
 * it), with a real small PDF per ticket. `takeView` calls `documents.printView` as the page does.
 */
export class FakePrinter implements DocumentPrinter {
  readonly tickets: string[] = [];
  readonly views: PrintView[] = [];
  /** Set to make the n-th toPdf (1-based) wait until its signal aborts. */
  hangOn: number | null = null;
  /** Resolves when a hanging call has started waiting. */
  hanging = Promise.withResolvers<void>();
  printAnswer = true;

  constructor(private readonly takeView: (ticket: string) => Promise<PrintView>) {}

  async toPdf(ticket: string, { signal }: { signal: AbortSignal }): Promise<Uint8Array> {
    this.tickets.push(ticket);
    const view = await this.takeView(ticket);
    this.views.push(view);
    if (this.hangOn === this.tickets.length) {
      this.hanging.resolve();
      await new Promise<never>((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      });
    }
    return pdfForView(view);
  }

  async print(ticket: string): Promise<boolean> {
    this.tickets.push(ticket);
    this.views.push(await this.takeView(ticket));
    return this.printAnswer;
  }
}
