import type { TFunction } from 'i18next';
import { toKaonaApiError } from './kaona-api-error';

/** The clerk-facing message for any failure: one translated message per contract error code. */
export function errorMessage(error: unknown, t: TFunction): string {
  return t(`errors.${toKaonaApiError(error).code}`);
}
