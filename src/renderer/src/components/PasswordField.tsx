import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's PasswordInput, made whole for screen readers: unlike TextInput it neither marks the
 * field `aria-invalid` nor points it at its description and error, and its show/hide button is
 * labelled in English. Use it for every password field, with `{...register('name')}`.
 */
export function PasswordField({
  id,
  error,
  description,
  ...props
}: PasswordInputProps & { ref?: Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  const generatedId = useId();
  const fieldId = id ?? generatedId;
  // Mantine names the description and error elements after the field's id.
  const describedBy = [description && `${fieldId}-description`, error && `${fieldId}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <PasswordInput
      id={fieldId}
      error={error}
      description={description}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy || undefined}
      visibilityToggleButtonProps={{ 'aria-label': t('passwordField.toggle') }}
      {...props}
    />
  );
}
