import type { PrintView } from '../../../shared/domain/documents';

/**
 * The on-screen preview of what a print would give: the same templates as the print route, as
 * A4 pages scaled to fit. (Foundation placeholder; the print templates' branch fills it.)
 */
export function PrintPreview({ view }: { view: PrintView }) {
  return <div data-testid="print-preview" data-items={view.items.length} />;
}
