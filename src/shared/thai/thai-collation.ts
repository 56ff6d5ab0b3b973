import { normaliseThaiName } from './thai-name';

/**
 * Thai sorts by consonant first: a leading vowel is written before the consonant it follows in
 * speech, so เกษม sorts under ก, before ขวัญ. ICU's Thai collation knows this; plain string
 * comparison does not.
 */
const thaiCollator = new Intl.Collator('th');

export function compareThai(a: string, b: string): number {
  return thaiCollator.compare(a, b);
}

/** A sorted copy; equal keys keep their order (Array.prototype.sort is stable). */
export function sortThai(list: readonly string[]): string[];
export function sortThai<T>(list: readonly T[], key: (item: T) => string): T[];
export function sortThai<T>(list: readonly T[], key?: (item: T) => string): T[] {
  const keyOf = key ?? ((item: T) => String(item));
  return list
    .map((item) => ({ item, sortKey: keyOf(item) }))
    .sort((a, b) => thaiCollator.compare(a.sortKey, b.sortKey))
    .map(({ item }) => item);
}

/**
 * People's names in Thai order by the name itself, not the title typed before it: without this
 * every นางสาว comes before every นาย, whatever their names (account names carry titles).
 * Names equal once the titles are gone keep the full names' order.
 */
export function compareThaiNames(a: string, b: string): number {
  return (
    thaiCollator.compare(normaliseThaiName(a), normaliseThaiName(b)) || thaiCollator.compare(a, b)
  );
}
