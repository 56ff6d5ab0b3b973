import { Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent, ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../components/forms/FormFooter';
import { formLevelError } from '../../components/forms/server-errors';

interface OutcomeModalProps<T extends FieldValues> {
  title: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the output type is the form's own
  form: UseFormReturn<T, unknown, any>;
  onSubmit: (event?: FormEvent) => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}

/** The dialog of a milestone or a month: the form, what main refused, cancel and save. */
export function OutcomeModal<T extends FieldValues>({
  title,
  form,
  onSubmit,
  onClose,
  children,
}: OutcomeModalProps<T>) {
  const { t } = useTranslation(['mentoring', 'shell']);
  const { errors, isSubmitting } = form.formState;
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      <FormProvider {...form}>
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <Stack gap="md">
            {children}
            <FormFooter
              submitLabel={t('session.save')}
              pending={isSubmitting}
              error={formLevelError(errors)}
              onCancel={onClose}
            />
          </Stack>
        </form>
      </FormProvider>
    </Modal>
  );
}

/** "Saved" after a dialog's call went through. */
export function showSaved(message: string, close: string) {
  notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': close } });
}
