import { normaliseThaiName } from '../../../shared/thai/thai-name';
import { thaiSortKey } from '../../../shared/thai/thai-sort-key';

/**
 * The keys stored beside a person's name: `name_key` for the duplicate check and `sort_key` for
 * the list's Thai order (copied onto each of their cases). Both from "first last", so a title
 * or a nickname never moves a person in the list. Intake computes the same (one definition).
 */
export function personNameKeys(firstName: string, lastName: string) {
  const fullName = `${firstName} ${lastName}`;
  return { name_key: normaliseThaiName(fullName), sort_key: thaiSortKey(fullName) };
}
