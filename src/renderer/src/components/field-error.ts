import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../shared/domain/password';
import { isKnownReason } from '../api';
import { catalogues } from '../i18n/catalogues';

type FormErrorKey = keyof (typeof catalogues)['th']['formErrors'];

function isFormErrorKey(message: string | undefined): message is FormErrorKey {
  return message !== undefined && Object.hasOwn(catalogues.th.formErrors, message);
}

/**
 * The message under a form field. Schemas shared with main name their failures with a reason key
 * (`user_name_format`, `password_too_short`…); a form's own checks use `formErrors` keys; zod's
 * built-in messages are English prose, so for those only the kind of failure is translated.
 */
export function fieldErrorMessage(error: FieldError | undefined, t: TFunction): string | undefined {
  if (!error) return undefined;
  const { message, type } = error;
  const values = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
  if (isKnownReason(message)) return t(`reasons.${message}`, values);
  if (isFormErrorKey(message)) return t(`formErrors.${message}`);
  if (type === 'too_small') return t('formErrors.required');
  if (type === 'too_big') return t('formErrors.too_long');
  return t('formErrors.invalid');
}
