/** Counts as Thai offices write them (thousands grouped), in the page's language. */
export function formatCount(count: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'th-TH').format(count);
}
