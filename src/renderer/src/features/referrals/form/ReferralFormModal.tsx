import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  referralCreateSchema,
  type Agency,
  type Referral,
} from '../../../../../shared/domain/documents';
import { useKaonaMutation } from '../../../api';
import { fieldErrorMessage } from '../../../components/field-error';
import { FormModal } from '../../../components/forms/FormModal';
import { reportServerError } from '../../../components/forms/server-errors';
import { AgencyFormModal } from '../agencies/AgencyFormModal';
import { referralChangeStales, referralsQueries } from '../referrals-queries';
import { useReferralPermissions } from '../use-referral-permissions';
import { DetailsField } from './DetailsField';
import {
  draftFields,
  REFERRAL_FORM_FIELDS,
  REFERRAL_REASON_FIELDS,
  referralDefaults,
  type ReferralFormOutput,
  type ReferralFormValues,
} from './referral-form';
import { TextListField } from './TextListField';

interface ReferralFormModalProps {
  caseId: number;
  /** The draft being edited; absent for a new referral. */
  referral?: Referral;
  onClose: () => void;
  onSaved?: (referral: Referral) => void;
}

/** A new draft referral, or a draft changed: the agency, what is asked, what the letter says. */
export function ReferralFormModal({ caseId, referral, onClose, onSaved }: ReferralFormModalProps) {
  const { t } = useTranslation(['referrals', 'shell']);
  const { canReveal } = useReferralPermissions();
  const [addingAgency, setAddingAgency] = useState(false);
  // Retired agencies too: a draft may already name one (it stays valid there).
  const agencies = useQuery(referralsQueries.agencies(true));
  const form = useForm<ReferralFormValues, unknown, ReferralFormOutput>({
    resolver: zodResolver(referralCreateSchema),
    defaultValues: referralDefaults(caseId, referral),
  });
  const { errors } = form.formState;
  const options = useMemo(
    () =>
      (agencies.data ?? [])
        .filter((agency) => agency.active || agency.agencyId === referral?.agencyId)
        .map((agency) => ({ value: String(agency.agencyId), label: agency.name })),
    [agencies.data, referral?.agencyId],
  );
  const save = useKaonaMutation({
    call: (api, values: ReferralFormOutput) =>
      referral
        ? api.referrals.update({
            referralId: referral.referralId,
            version: referral.version,
            ...draftFields(values),
          })
        : api.referrals.create(values),
    invalidates: referralChangeStales(caseId),
  });

  const pickAgency = (agency: Agency | undefined) => {
    if (!agency) return;
    form.setValue('agencyId', agency.agencyId, { shouldValidate: form.formState.isSubmitted });
    // เรียน follows the agency chosen; the clerk may still change it for this letter.
    form.setValue('addressee', agency.addressee, { shouldValidate: form.formState.isSubmitted });
  };

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(values);
      notifications.show({
        color: 'teal',
        message: referral ? t('form.saved') : t('form.created'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onSaved?.(saved);
      onClose();
    } catch (error) {
      reportServerError(error, form.setError, {
        fields: REFERRAL_FORM_FIELDS,
        reasons: REFERRAL_REASON_FIELDS,
      });
    }
  });

  return (
    <>
      <FormModal
        title={referral ? t('form.editTitle') : t('form.createTitle')}
        submitLabel={referral ? t('form.save') : t('form.create')}
        form={form}
        onSubmit={submit}
        onClose={onClose}
      >
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <Controller
            control={form.control}
            name="agencyId"
            render={({ field, fieldState }) => (
              <Select
                ref={field.ref}
                label={t('form.agency')}
                placeholder={t('form.agencyPlaceholder')}
                nothingFoundMessage={t('form.agencyNone')}
                withAsterisk
                searchable
                data={options}
                value={field.value ? String(field.value) : null}
                onChange={(value) =>
                  pickAgency(agencies.data?.find((a) => String(a.agencyId) === value))
                }
                onBlur={field.onBlur}
                error={
                  fieldState.error?.type === 'too_small'
                    ? t('formErrors.choose_agency')
                    : fieldErrorMessage(fieldState.error, t)
                }
                style={{ flex: 1 }}
              />
            )}
          />
          <Button variant="light" onClick={() => setAddingAgency(true)}>
            {t('form.addAgency')}
          </Button>
        </Group>
        <TextInput
          {...form.register('addressee')}
          label={t('form.addressee')}
          description={t('form.addresseeHint')}
          withAsterisk
          autoComplete="off"
          maxLength={200}
          error={fieldErrorMessage(errors.addressee, t)}
        />
        <Textarea
          {...form.register('reason')}
          label={t('form.reason')}
          withAsterisk
          autosize
          minRows={3}
          error={fieldErrorMessage(errors.reason, t)}
        />
        <Textarea
          {...form.register('requestedService')}
          label={t('form.requestedService')}
          withAsterisk
          autosize
          minRows={2}
          error={fieldErrorMessage(errors.requestedService, t)}
        />
        <Controller
          control={form.control}
          name="enclosures"
          render={({ field }) => (
            <TextListField
              legend={t('form.enclosures')}
              value={field.value}
              onChange={field.onChange}
              max={10}
              error={errors.enclosures}
            />
          )}
        />
        <Controller
          control={form.control}
          name="references"
          render={({ field }) => (
            <TextListField
              legend={t('form.references')}
              value={field.value}
              onChange={field.onChange}
              max={5}
              error={errors.references}
            />
          )}
        />
        <TextInput
          {...form.register('contactPerson')}
          label={t('form.contactPerson')}
          autoComplete="off"
          maxLength={200}
          error={fieldErrorMessage(errors.contactPerson, t)}
        />
        <Controller
          control={form.control}
          name="details"
          render={({ field, fieldState }) => (
            <DetailsField
              value={field.value}
              onChange={field.onChange}
              canReveal={canReveal}
              error={fieldErrorMessage(fieldState.error, t)}
            />
          )}
        />
      </FormModal>
      {addingAgency && (
        <AgencyFormModal
          agency={null}
          onClose={() => setAddingAgency(false)}
          onSaved={(agency) => pickAgency(agency)}
        />
      )}
    </>
  );
}
