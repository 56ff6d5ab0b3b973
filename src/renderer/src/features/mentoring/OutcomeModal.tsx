import { notifications } from '@mantine/notifications';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormModal, type FormModalProps } from '../../components/forms/FormModal';

/** The dialog of a milestone or a month: the form, what main refused, cancel and save. */
export function OutcomeModal<T extends FieldValues>(props: Omit<FormModalProps<T>, 'submitLabel'>) {
  const { t } = useTranslation('mentoring');
  return <FormModal {...props} submitLabel={t('session.save')} />;
}

/** "Saved" after a dialog's call went through. */
export function showSaved(message: string, close: string) {
  notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': close } });
}
