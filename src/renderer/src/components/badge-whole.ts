/**
 * Badge styles for a table cell: Mantine's badge hides its overflow, which lets the table squeeze
 * the column below the label's width and cut it ("รับเรื…", "รับง…"). Visible overflow gives the
 * badge its full width as its minimum, so the column keeps room for the whole word.
 */
export const BADGE_WHOLE = {
  root: { overflow: 'visible' },
  label: { overflow: 'visible' },
} as const;
