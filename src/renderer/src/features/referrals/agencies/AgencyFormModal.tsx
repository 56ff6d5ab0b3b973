import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { agencySaveSchema, type Agency } from '../../../../../shared/domain/documents';
import { useKaonaMutation } from '../../../api';
import { fieldErrorMessage } from '../../../components/field-error';
import { FormModal } from '../../../components/forms/FormModal';
import { reportServerError } from '../../../components/forms/server-errors';
import { referralsKeys } from '../referrals-queries';
import {
  AGENCY_FORM_FIELDS,
  agencyDefaults,
  type AgencyFormOutput,
  type AgencyFormValues,
} from './agency-form';

interface AgencyFormModalProps {
  /** null: a new agency. */
  agency: Agency | null;
  onClose: () => void;
  /** After a save, with the agency as main now has it (the referral form picks a new one). */
  onSaved?: (agency: Agency) => void;
}

/** Add an agency to the directory or change one (its name stays unique). */
export function AgencyFormModal({ agency, onClose, onSaved }: AgencyFormModalProps) {
  const { t } = useTranslation(['referrals', 'shell']);
  const form = useForm<AgencyFormValues, unknown, AgencyFormOutput>({
    resolver: zodResolver(agencySaveSchema),
    defaultValues: agencyDefaults(agency),
  });
  const { errors } = form.formState;
  const save = useKaonaMutation({
    call: (api, values: AgencyFormValues) => api.referrals.saveAgency(values),
    invalidates: [referralsKeys.agencies()],
  });
  const submit = form.handleSubmit(async (values) => {
    try {
      // Main parses the address box again: its lines, checked and trimmed, as one text.
      const saved = await save.mutateAsync({
        ...values,
        addressLines: values.addressLines.join('\n'),
      });
      notifications.show({
        color: 'teal',
        message: t('agencies.saved'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onSaved?.(saved);
      onClose();
    } catch (error) {
      reportServerError(error, form.setError, {
        fields: AGENCY_FORM_FIELDS,
        reasons: { agency_name_taken: 'name' },
      });
    }
  });
  return (
    <FormModal
      title={agency ? t('agencies.editTitle') : t('agencies.addTitle')}
      submitLabel={t('agencies.save')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextInput
        {...form.register('name')}
        label={t('agencies.name')}
        withAsterisk
        autoComplete="off"
        maxLength={200}
        error={fieldErrorMessage(errors.name, t)}
      />
      <TextInput
        {...form.register('addressee')}
        label={t('agencies.addressee')}
        description={t('agencies.addresseeHint')}
        withAsterisk
        autoComplete="off"
        maxLength={200}
        error={fieldErrorMessage(errors.addressee, t)}
      />
      <Textarea
        {...form.register('addressLines')}
        label={t('agencies.addressLines')}
        description={t('agencies.addressLinesHint')}
        autosize
        minRows={3}
        maxLength={600}
        error={fieldErrorMessage(errors.addressLines, t)}
      />
      <TextInput
        {...form.register('phone')}
        label={t('agencies.phone')}
        autoComplete="off"
        maxLength={200}
        error={fieldErrorMessage(errors.phone, t)}
      />
      <TextInput
        {...form.register('email')}
        label={t('agencies.email')}
        type="email"
        autoComplete="off"
        error={fieldErrorMessage(errors.email, t)}
      />
      <TextInput
        {...form.register('contactPerson')}
        label={t('agencies.contactPerson')}
        autoComplete="off"
        maxLength={200}
        error={fieldErrorMessage(errors.contactPerson, t)}
      />
      <Checkbox {...form.register('active')} label={t('agencies.active')} />
    </FormModal>
  );
}
