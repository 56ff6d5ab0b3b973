import type { i18n as I18n, TFunction } from 'i18next';

/**
 * A changed field's name (`contact.phone`) in the clerk's words; a field these catalogues do not
 * know (added by a newer core) is shown as its code rather than as a missing message.
 */
export function fieldLabel(field: string, t: TFunction<['cases', 'shell']>, i18n: I18n): string {
  const key = `cases:fields.${field}`;
  return i18n.exists(key) ? String(t(key as never)) : field;
}
