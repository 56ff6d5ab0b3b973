import { Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../components/forms/FormFooter';
import { formLevelError } from '../../components/forms/server-errors';

interface SectionEditModalProps<T extends FieldValues> {
  title: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the output type is the form's own
  form: UseFormReturn<T, unknown, any>;
  onSubmit: (event?: FormEvent) => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}

/** The dialog of every section's "edit": the form, what main refused, cancel and save. */
export function SectionEditModal<T extends FieldValues>({
  title,
  form,
  onSubmit,
  onClose,
  children,
}: SectionEditModalProps<T>) {
  const { t } = useTranslation(['cases', 'shell']);
  const { errors, isSubmitting } = form.formState;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('profile.editTitle', { section: title })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      <FormProvider {...form}>
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <Stack gap="md">
            {children}
            <FormFooter
              submitLabel={t('profile.save')}
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
