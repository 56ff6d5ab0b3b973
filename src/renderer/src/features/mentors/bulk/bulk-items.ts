import type { BulkPreview, BulkPreviewRow } from '../../../../../shared/domain/mentoring';

/** Only "over capacity" can be overridden (with a reason); any other problem leaves the row out. */
export function isAssignable(row: BulkPreviewRow): row is BulkPreviewRow & { mentorId: number } {
  return row.mentorId !== null && row.problems.every((problem) => problem === 'over_capacity');
}

export function bulkItems(preview: BulkPreview) {
  const rows = preview.rows.filter(isAssignable);
  return {
    items: rows.map((row) => ({
      caseId: row.caseId,
      mentorId: row.mentorId,
      expectedAssignmentId: row.currentAssignmentId,
    })),
    skipped: preview.rows.length - rows.length,
    needsOverride: rows.some((row) => row.problems.includes('over_capacity')),
  };
}
