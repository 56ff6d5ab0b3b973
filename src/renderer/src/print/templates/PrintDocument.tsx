/** @jsxRuntime automatic */
import type { PrintItem, PrintView } from '../../../../shared/domain/documents';
import { CertificateTemplate } from './CertificateTemplate';
import { DocumentMarks } from './DocumentMarks';
import { LetterTemplate } from './LetterTemplate';

/**
 * Every item of a print view, in order, each on its own page(s): a letter on the `letter` page
 * (A4 portrait, the regulation's margins, the page number from page 2 on), a certificate on the
 * `certificate` page (A4 landscape). Named pages let both kinds share one PDF. The same markup is
 * the on-screen preview (PrintPreview), the print route and the bench's static HTML.
 */
export function PrintDocument({ view }: { view: PrintView }) {
  return (
    <div
      className={view.items.length === 1 ? 'pd-document pd-document--single' : 'pd-document'}
      lang="th"
    >
      {view.items.map((item, index) => (
        <PrintSheet key={index} item={item} images={view.images} />
      ))}
    </div>
  );
}

/** The page a letter prints on: Thai or Arabic digits in its page number. */
export function letterPageName(thaiDigits: boolean): string {
  return thaiDigits ? 'letter-thai' : 'letter';
}

export function PrintSheet({
  item,
  images,
}: {
  item: PrintItem;
  images: Readonly<Record<string, string>>;
}) {
  const { model } = item;
  if (model.kind === 'referral_letter') {
    return (
      <section
        className={`pd-sheet pd-sheet--letter pd-page-${letterPageName(model.letterhead.thaiDigits)}`}
        data-kind="referral_letter"
      >
        <DocumentMarks item={item} />
        <LetterTemplate model={model} images={images} />
      </section>
    );
  }
  return (
    <section className="pd-sheet pd-sheet--certificate" data-kind="certificate">
      <DocumentMarks item={item} />
      <CertificateTemplate model={model} images={images} />
    </section>
  );
}
