import type { ReportCell } from '../../../shared/domain/reports';

/**
 * Spreadsheet programs run a cell that starts with = + - @ (and, after a tab or a carriage
 * return, the same) as a formula: a name typed as `=HYPERLINK("http://…","ดูเอกสาร")` would
 * become a link that sends data away when clicked. Such text gets a leading apostrophe, the
 * usual neutraliser (OWASP "CSV injection"), in both formats: an XLSX string cell is not
 * evaluated, but a person who re-saves it as CSV would make it live again. Numbers are numbers
 * and stay as they are (a negative number is not text).
 */
export function safeCell(cell: ReportCell): ReportCell {
  if (typeof cell !== 'string') return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
