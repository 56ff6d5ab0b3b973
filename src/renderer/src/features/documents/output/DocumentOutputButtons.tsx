/**
 * "พิมพ์" and "บันทึกเป็น PDF" for documents in the register, with the job's progress and cancel.
 * (Foundation placeholder; the printing branch fills it.)
 */
export function DocumentOutputButtons(props: {
  documentIds: number[];
  /** Called after a print or a PDF was made (the register's print count changed). */
  onDone?: () => void;
}) {
  return <div data-testid="document-output" data-count={props.documentIds.length} />;
}
