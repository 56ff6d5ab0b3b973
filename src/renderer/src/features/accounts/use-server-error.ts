import { useState } from 'react';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { toKaonaApiError } from '../../api';
import { fieldForReason } from './account-forms';

/**
 * What main refused, for a form: a refusal about one field (user name taken, weak password) goes
 * under that field, as its reason key for `fieldErrorMessage`; anything else becomes the form's
 * alert.
 */
export function useServerError<T extends FieldValues>(setError: UseFormSetError<T>) {
  const [formError, setFormError] = useState<unknown>(null);

  function report(error: unknown, fields: readonly FieldPath<T>[]) {
    const apiError = toKaonaApiError(error);
    const field = fieldForReason(apiError.reason) as FieldPath<T> | undefined;
    if (field && fields.includes(field)) {
      setError(field, { type: 'server', message: apiError.reason }, { shouldFocus: true });
    } else {
      setFormError(apiError);
    }
  }

  return { formError, report, clear: () => setFormError(null) };
}
