import type { SubjectData } from './subject-data';

/** Renders the readable copy of a subject export (Thai, พ.ศ. dates) as PDF bytes. */
export interface SubjectPdf {
  render(data: SubjectData, signal: AbortSignal): Promise<Uint8Array>;
}
