import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormModal, type FormModalProps } from '../../components/forms/FormModal';

/** The dialog of every section's "edit": the form, what main refused, cancel and save. */
export function SectionEditModal<T extends FieldValues>({
  title,
  ...props
}: Omit<FormModalProps<T>, 'submitLabel'>) {
  const { t } = useTranslation('cases');
  return (
    <FormModal
      {...props}
      title={t('profile.editTitle', { section: title })}
      submitLabel={t('profile.save')}
    />
  );
}
