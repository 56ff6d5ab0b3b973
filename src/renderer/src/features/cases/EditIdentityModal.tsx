import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, Select, TextInput } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { OTHER_ID_DOCUMENTS, type BeneficiaryProfile } from '../../../../shared/domain/cases';
import { formatNationalId } from '../../../../shared/thai';
import { fieldErrorMessage } from '../../components/field-error';
import { identityDocumentSchema, type IdentityFormInput } from './case-edit-forms';
import { SectionEditModal } from './SectionEditModal';
import { useSectionSave } from './use-section-save';

type IdentityDocument = z.output<typeof identityDocumentSchema>;

interface EditIdentityModalProps {
  caseId: number;
  profile: BeneficiaryProfile;
  /** The national ID as revealed (the form needs the whole number to show it). */
  nationalId: string;
  onClose: () => void;
}

/** The identity document: sensitive, so only after "show", by a role allowed to reveal it. */
export function EditIdentityModal({
  caseId,
  profile,
  nationalId,
  onClose,
}: EditIdentityModalProps) {
  const { t } = useTranslation(['cases', 'shell']);
  const form = useForm<IdentityFormInput, unknown, IdentityDocument>({
    resolver: zodResolver(identityDocumentSchema),
    defaultValues: {
      hasThaiId: profile.hasThaiId,
      nationalId: nationalId ? formatNationalId(nationalId) : '',
      otherIdDocument: profile.otherIdDocument,
      otherIdNumber: profile.otherIdNumber,
    },
  });
  const { errors } = form.formState;
  const hasThaiId = useWatch({ control: form.control, name: 'hasThaiId' });
  const submit = useSectionSave({
    caseId,
    form,
    call: (api, document: IdentityDocument) =>
      api.cases.updateIdentityDocument({ caseId, document }),
    fields: ['nationalId', 'otherIdDocument', 'otherIdNumber'],
    reasons: { national_id_taken: 'nationalId' },
    onSaved: onClose,
  });

  return (
    <SectionEditModal
      title={t('sections.identity')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <Checkbox {...form.register('hasThaiId')} label={t('fields.identity.hasThaiId')} />
      {hasThaiId ? (
        <TextInput
          {...form.register('nationalId')}
          label={t('fields.identity.nationalId')}
          inputMode="numeric"
          autoComplete="off"
          withAsterisk
          error={fieldErrorMessage(errors.nationalId, t)}
        />
      ) : (
        <Group grow align="flex-start">
          <Controller
            control={form.control}
            name="otherIdDocument"
            render={({ field, fieldState }) => (
              <Select
                label={t('fields.identity.otherIdDocument')}
                data={OTHER_ID_DOCUMENTS.map((code) => ({
                  value: code,
                  label: t(`codes.otherIdDocuments.${code}`),
                }))}
                value={field.value}
                onChange={field.onChange}
                withAsterisk
                error={fieldErrorMessage(fieldState.error, t)}
              />
            )}
          />
          <TextInput
            {...form.register('otherIdNumber')}
            label={t('fields.identity.otherIdNumber')}
            autoComplete="off"
            withAsterisk
            error={fieldErrorMessage(errors.otherIdNumber, t)}
          />
        </Group>
      )}
    </SectionEditModal>
  );
}
