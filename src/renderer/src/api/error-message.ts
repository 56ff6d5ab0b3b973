import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../shared/domain/password';
import { reasonKey, type AnyNamespaceT } from '../i18n/message-keys';
import { toKaonaApiError } from './kaona-api-error';

/** Values that reason messages may interpolate ("at least {{min}} characters"). */
export const REASON_VALUES = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };

/**
 * The clerk-facing message for any failure: the reason's own message, from the namespace of the
 * feature that gives it ("wrong user name or password", in `auth`), else the message for the
 * error code.
 */
export function errorMessage(error: unknown, t: AnyNamespaceT): string {
  const apiError = toKaonaApiError(error);
  const key = reasonKey(apiError.reason);
  if (key) return t(key, REASON_VALUES);
  return t(`shell:errors.${apiError.code}`);
}
