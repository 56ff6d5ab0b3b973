import type { NameTitle } from '../../../shared/domain/cases';
import { normaliseThaiName } from '../../../shared/thai/thai-name';
import { thaiSortKey } from '../../../shared/thai/thai-sort-key';

/** How titles are written in front of a Thai name (no space: นางสาวสมศรี ใจดี). */
const TITLE_TEXT: Readonly<Record<Exclude<NameTitle, 'other'>, string>> = {
  mr: 'นาย',
  mrs: 'นาง',
  miss: 'นางสาว',
  master: 'เด็กชาย',
  girl: 'เด็กหญิง',
};

export function displayName(person: {
  title: NameTitle;
  title_other: string;
  first_name: string;
  last_name: string;
}): string {
  const title = person.title === 'other' ? person.title_other : TITLE_TEXT[person.title];
  return `${title}${person.first_name} ${person.last_name}`;
}

/**
 * The duplicate check's key: the normalised name (no titles, tone marks or invisible characters)
 * without spaces, so "สม ศรี" typed by one clerk and "สมศรี" by another still meet.
 */
export function nameKey(firstName: string, lastName: string): string {
  return normaliseThaiName(`${firstName} ${lastName}`).replaceAll(' ', '');
}

/**
 * The list's sort order: by first name, then last name, as a Thai list is read. The separator
 * sorts below every weight, so the whole first name decides before the last name is looked at.
 */
export function nameSortKey(firstName: string, lastName: string): string {
  return `${thaiSortKey(firstName)}\u0001${thaiSortKey(lastName)}`;
}
