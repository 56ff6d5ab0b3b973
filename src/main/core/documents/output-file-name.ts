import type { DocumentKind } from '../../../shared/domain/documents';

/** What the file is called in Thai, by what it holds. */
const KIND_NAMES: Record<DocumentKind, string> = {
  referral_letter: 'หนังสือส่งตัว',
  certificate: 'เกียรติบัตร',
};

/**
 * The PDF's suggested name: what it is and its number(s), e.g. "หนังสือส่งตัว-พม 0506-12.pdf" or
 * "เกียรติบัตร-2569-00001-00500.pdf" (the last serial without its repeated year). Characters a
 * file system refuses (the "/" of every number among them) become "-".
 */
export function outputFileName(
  documents: readonly { kind: DocumentKind; number: string }[],
): string {
  const first = documents[0];
  const last = documents.at(-1);
  if (!first || !last) return 'เอกสาร.pdf';
  const kinds = new Set(documents.map((document) => document.kind));
  const label = kinds.size === 1 ? KIND_NAMES[first.kind] : 'เอกสาร';
  const numbers =
    first === last ? first.number : `${first.number}-${shortLast(first.number, last.number)}`;
  return `${safeName(`${label}-${numbers}`)}.pdf`;
}

/** "2569/00500" after "2569/00001" → "00500": the shared prefix up to the last "/" said once. */
function shortLast(first: string, last: string): string {
  const cut = last.lastIndexOf('/');
  if (cut < 0) return last;
  return first.startsWith(last.slice(0, cut + 1)) ? last.slice(cut + 1) : last;
}

function safeName(name: string): string {
  return (
    name
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 150)
  );
}
