/** @jsxRuntime automatic */
import type { PrintItem } from '../../../../shared/domain/documents';

/**
 * What a page must say about itself: a reprint is a copy (สำเนา, top right, as an office stamps
 * it), a preview is a draft (ร่าง) and a voided document says so (ยกเลิก) across the page, so
 * that neither can pass for the real thing.
 */
export function DocumentMarks({ item }: { item: PrintItem }) {
  const watermark = item.status === 'draft' ? 'ร่าง' : item.status === 'void' ? 'ยกเลิก' : null;
  return (
    <>
      {item.copy && (
        <div className="pd-copy-mark" data-mark="copy">
          สำเนา
        </div>
      )}
      {watermark && (
        <div className="pd-watermark" data-mark={item.status} aria-hidden="true">
          {watermark}
        </div>
      )}
    </>
  );
}
