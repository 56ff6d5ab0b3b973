/**
 * The referral tables keep short lists (address lines, enclosures, detail codes) as JSON arrays
 * of strings. A value that is not one reads as empty rather than failing the whole page.
 */
export function readJsonList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string')
      : [];
  } catch {
    return [];
  }
}

export function writeJsonList(list: readonly string[]): string {
  return JSON.stringify(list);
}
