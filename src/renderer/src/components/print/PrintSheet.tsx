import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './print-sheet.css';

interface PrintSheetProps {
  /** Set by `usePrintSheet` while this sheet is the one being printed. */
  printing: boolean;
  testId?: string;
  children: ReactNode;
}

/**
 * A page that exists only on paper. A direct child of <body>, so that the print stylesheet can
 * hide the app (and Mantine's portals) around it; only the sheet marked `printing` is printed,
 * so two sheets in the page (the audit checkpoint under an open recovery-code dialog) never end
 * up on the same paper.
 */
export function PrintSheet({ printing, testId, children }: PrintSheetProps) {
  return createPortal(
    <div className="kaona-print-sheet" data-printing={printing || undefined} data-testid={testId}>
      {children}
    </div>,
    document.body,
  );
}
