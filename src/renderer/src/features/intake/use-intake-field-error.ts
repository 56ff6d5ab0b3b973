import { get, useFormContext, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorMessage } from '../../components/field-error';
import type { IntakeFormValues } from './intake-form';

/** The message under a wizard field, in the current language (keys under `intake:formErrors`). */
export function useIntakeFieldError(): (path: FieldPath<IntakeFormValues>) => string | undefined {
  const { t } = useTranslation(['intake', 'shell']);
  const {
    formState: { errors },
  } = useFormContext<IntakeFormValues>();
  return (path) => fieldErrorMessage(get(errors, path), t);
}
