import type { FieldError } from 'react-hook-form';
import { REASON_VALUES } from '../api/error-message';
import { formErrorKey, reasonKey, type AnyNamespaceT } from '../i18n/message-keys';

/**
 * The message under a form field. A refusal from main, or a shared schema's check that is also a
 * reason (`password_too_short`), names a contract reason, translated in its feature's namespace;
 * schema and form checks of the renderer's own (`user_name_format`, `password_mismatch`) are
 * `formErrors` keys of the namespace that owns them; zod's built-in messages are English prose,
 * so for those only the kind of failure is translated.
 */
export function fieldErrorMessage(
  error: FieldError | undefined,
  t: AnyNamespaceT,
): string | undefined {
  if (!error) return undefined;
  const { message, type } = error;
  const reason = reasonKey(message);
  if (reason) return t(reason, REASON_VALUES);
  const formError = formErrorKey(message);
  if (formError) return t(formError, REASON_VALUES);
  if (type === 'too_small') return t('shell:formErrors.required');
  if (type === 'too_big') return t('shell:formErrors.too_long');
  return t('shell:formErrors.invalid');
}
