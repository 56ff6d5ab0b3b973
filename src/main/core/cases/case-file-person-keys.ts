import { nameKey, nameSortKey } from './person-names';

/**
 * The keys stored beside a person's name: `name_key` for the duplicate check and `sort_key` for
 * the list's Thai order (copied onto each of their cases). An edit computes them exactly as
 * intake does (person-names.ts), or an edited person would stop matching and move in the list.
 */
export function personNameKeys(firstName: string, lastName: string) {
  return { name_key: nameKey(firstName, lastName), sort_key: nameSortKey(firstName, lastName) };
}
