import { Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormFooter } from './FormFooter';
import { formLevelError } from './server-errors';

export interface FormModalProps<T extends FieldValues> {
  title: string;
  submitLabel: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the output type is the form's own
  form: UseFormReturn<T, unknown, any>;
  onSubmit: (event?: FormEvent) => Promise<void>;
  onClose: () => void;
  children: ReactNode;
  /** The submit button in red, for what cannot be undone (an erasure). */
  destructive?: boolean;
}

/** A react-hook-form in a dialog: the fields, what main refused, cancel and save. */
export function FormModal<T extends FieldValues>({
  title,
  submitLabel,
  form,
  onSubmit,
  onClose,
  children,
  destructive = false,
}: FormModalProps<T>) {
  const { t } = useTranslation('shell');
  const { errors, isSubmitting } = form.formState;
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <FormProvider {...form}>
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <Stack gap="md">
            {children}
            <FormFooter
              submitLabel={submitLabel}
              pending={isSubmitting}
              error={formLevelError(errors)}
              onCancel={onClose}
              {...(destructive ? { submitColor: 'red' } : {})}
            />
          </Stack>
        </form>
      </FormProvider>
    </Modal>
  );
}
