import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CONSENT_GIVERS,
  CONSENT_NOTICE_VERSION,
  type ConsentPurpose,
} from '../../../../shared/domain/cases';
import type { MethodInput } from '../../../../shared/contract';
import { useKaonaMutation } from '../../api';
import { fieldErrorMessage } from '../../components/field-error';
import { FormFooter } from '../../components/forms/FormFooter';
import { formLevelError, reportServerError } from '../../components/forms/server-errors';
import { caseChangeStales, casesKeys } from './cases-queries';
import { consentFormSchema, type ConsentFormInput, type ConsentFormValues } from './consent-form';

interface ConsentChangeModalProps {
  caseId: number;
  beneficiaryId: number;
  purpose: ConsentPurpose;
  /** true: record a consent; false: record its withdrawal. */
  grant: boolean;
  onClose: () => void;
}

export function ConsentChangeModal({
  caseId,
  beneficiaryId,
  purpose,
  grant,
  onClose,
}: ConsentChangeModalProps) {
  const { t } = useTranslation(['cases', 'shell']);
  const form = useForm<ConsentFormInput, unknown, ConsentFormValues>({
    resolver: zodResolver(consentFormSchema),
    defaultValues: { givenBy: 'self', guardianName: '', note: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const givenBy = useWatch({ control: form.control, name: 'givenBy' });
  const change = useKaonaMutation({
    call: (api, input: MethodInput<'cases.changeConsent'>) => api.cases.changeConsent(input),
    invalidates: [...caseChangeStales(caseId), casesKeys.consentHistory(beneficiaryId)],
  });
  const purposeLabel = t(`codes.consentPurposes.${purpose}`);

  const submit = form.handleSubmit(async (values) => {
    try {
      await change.mutateAsync({
        caseId,
        purpose,
        granted: grant,
        noticeVersion: CONSENT_NOTICE_VERSION,
        givenBy: values.givenBy,
        guardianName: values.givenBy === 'guardian' ? values.guardianName : '',
        note: values.note,
      });
      notifications.show({
        color: 'teal',
        message: t('consents.saved'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onClose();
    } catch (error) {
      reportServerError(error, form.setError, { fields: ['givenBy', 'guardianName', 'note'] });
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        grant
          ? t('consents.grantTitle', { purpose: purposeLabel })
          : t('consents.withdrawTitle', { purpose: purposeLabel })
      }
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {!grant && (
            <Alert color="yellow" variant="light">
              {t('consents.withdrawExplain')}
            </Alert>
          )}
          <Controller
            control={form.control}
            name="givenBy"
            render={({ field }) => (
              <Radio.Group
                label={t('consents.givenBy')}
                value={field.value}
                onChange={field.onChange}
              >
                <Stack gap="xs" mt="xs">
                  {CONSENT_GIVERS.map((giver) => (
                    <Radio key={giver} value={giver} label={t(`codes.consentGivers.${giver}`)} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          {givenBy === 'guardian' && (
            <TextInput
              {...form.register('guardianName')}
              label={t('consents.guardianName')}
              withAsterisk
              autoComplete="off"
              error={fieldErrorMessage(errors.guardianName, t)}
            />
          )}
          <Textarea
            {...form.register('note')}
            label={t('consents.note')}
            autosize
            minRows={2}
            maxLength={500}
            error={fieldErrorMessage(errors.note, t)}
          />
          <FormFooter
            submitLabel={grant ? t('consents.grant') : t('consents.withdraw')}
            submitColor={grant ? undefined : 'red'}
            pending={isSubmitting}
            error={formLevelError(errors)}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
