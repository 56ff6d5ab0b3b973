import { notifications } from '@mantine/notifications';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { KaonaApi } from '../../../../shared/contract';
import type { Result } from '../../../../shared/contract/errors';
import { useKaonaMutation } from '../../api';
import { reportServerError } from '../../components/forms/server-errors';
import { caseChangeStales } from './cases-queries';

interface SectionSave<TForm extends FieldValues, TOutput> {
  caseId: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the output type is the form's own
  form: UseFormReturn<TForm, unknown, any>;
  call: (api: KaonaApi, values: TOutput) => Promise<Result<null>>;
  fields: readonly FieldPath<TForm>[];
  reasons?: Readonly<Partial<Record<string, FieldPath<TForm>>>>;
  onSaved: () => void;
}

/**
 * Saving one section: main's refusals go under their fields, the file (with its timeline and
 * change history) is read again, and the dialog closes.
 */
export function useSectionSave<TForm extends FieldValues, TOutput>({
  caseId,
  form,
  call,
  fields,
  reasons,
  onSaved,
}: SectionSave<TForm, TOutput>) {
  const { t } = useTranslation(['cases', 'shell']);
  const save = useKaonaMutation({ call, invalidates: caseChangeStales(caseId) });
  return form.handleSubmit(async (values: TOutput) => {
    try {
      await save.mutateAsync(values);
      notifications.show({
        color: 'teal',
        message: t('profile.saved'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onSaved();
    } catch (error) {
      reportServerError(error, form.setError, { fields, reasons });
    }
  });
}
