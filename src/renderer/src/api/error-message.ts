import type { TFunction } from 'i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../shared/domain/password';
import { catalogues } from '../i18n/catalogues';
import { toKaonaApiError } from './kaona-api-error';

/** Values that reason messages may interpolate ("at least {{min}} characters"). */
const REASON_VALUES = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };

type Reason = keyof (typeof catalogues)['th']['reasons'];

/** Whether the catalogue has a message for this reason (Thai defines the keys). */
export function isKnownReason(reason: string | undefined): reason is Reason {
  return reason !== undefined && Object.hasOwn(catalogues.th.reasons, reason);
}

/**
 * The clerk-facing message for any failure: the reason's own message when main gave a reason the
 * catalogue knows ("wrong user name or password"), else the message for the error code.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  const apiError = toKaonaApiError(error);
  if (isKnownReason(apiError.reason)) return t(`reasons.${apiError.reason}`, REASON_VALUES);
  return t(`errors.${apiError.code}`);
}
