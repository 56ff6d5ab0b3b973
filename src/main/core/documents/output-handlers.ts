import type { Handler } from '../handlers';
import { notBuilt } from '../call/not-built';

/** Printing and saving PDF from the snapshots, and the print route's view (issue 10, being built). */
export function outputHandlers(): {
  [K in 'documents.savePdf' | 'documents.print' | 'documents.printView']: Handler<K>;
} {
  return notBuilt(['documents.savePdf', 'documents.print', 'documents.printView']);
}
