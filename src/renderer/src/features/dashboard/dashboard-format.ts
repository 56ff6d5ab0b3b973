/** Counts as Thai offices write them (thousands grouped), in the page's language. */
export function formatCount(count: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'th-TH').format(count);
}

/** The chart's category axis is 170 px wide: about this many Thai letters at 12 px. */
export const AXIS_LABEL_MAX = 22;

/**
 * A label short enough for the chart's category axis. Recharts wraps a label only at spaces, so
 * one long Thai word ("กรมกิจการสตรีและสถาบันครอบครัว") ran off the chart's left edge and lost its
 * beginning; cut at the end instead, counting letters with their marks as one (the table under
 * the chart has the full name).
 */
export function fitAxisLabel(label: string, max = AXIS_LABEL_MAX): string {
  const letters = [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(label)];
  if (letters.length <= max) return label;
  return `${letters
    .slice(0, max - 1)
    .map((letter) => letter.segment)
    .join('')
    .trimEnd()}…`;
}
