import { useElementSize } from '@mantine/hooks';
import type { PrintItem, PrintView } from '../../../shared/domain/documents';
import './print.css';
import { PrintSheet } from './templates/PrintDocument';

/** A sheet's width on screen at 100 % (CSS pixels: 96 per inch). */
const MM = 96 / 25.4;
const SHEET_WIDTH_PX = { portrait: 210 * MM, landscape: 297 * MM };

function sheetWidth(item: PrintItem): number {
  return item.model.kind === 'certificate' ? SHEET_WIDTH_PX.landscape : SHEET_WIDTH_PX.portrait;
}

/**
 * The on-screen preview of what a print would give: the same templates as the print route, each
 * item as a sheet of paper (portrait letter, landscape certificate) scaled down to the width
 * available, never up. A letter longer than a page shows as one long sheet; the print splits it.
 */
export function PrintPreview({ view }: { view: PrintView }) {
  // The content box's width (inside the grey padding), 0 before the first measure. Mantine
  // measures the border box unless asked: a scaled sheet then overran the right padding and was cut.
  const { ref, width } = useElementSize({ box: 'content-box' });
  const available = width;
  return (
    <div
      ref={ref}
      className="pd-preview"
      data-testid="print-preview"
      data-items={view.items.length}
    >
      <div className="pd-document" lang="th">
        {view.items.map((item, index) => (
          <div
            key={index}
            className="pd-preview-item"
            style={{ zoom: available > 0 ? Math.min(1, available / sheetWidth(item)) : 1 }}
          >
            <PrintSheet item={item} images={view.images} />
          </div>
        ))}
      </div>
    </div>
  );
}
