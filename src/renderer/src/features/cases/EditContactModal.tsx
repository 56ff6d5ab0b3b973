import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, TextInput } from '@mantine/core';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  contactSchema,
  type AddressView,
  type BeneficiaryProfile,
} from '../../../../shared/domain/cases';
import { fieldErrorMessage } from '../../components/field-error';
import { AddressFields } from '../addresses/AddressFields';
import { SectionEditModal } from './SectionEditModal';
import { useSectionSave } from './use-section-save';

type ContactInput = z.input<typeof contactSchema>;
type Contact = z.output<typeof contactSchema>;

const addressInput = (address: AddressView) => ({
  line: address.line,
  subdistrictId: address.subdistrictId,
  postcode: address.postcode,
});

interface EditContactModalProps {
  caseId: number;
  profile: BeneficiaryProfile;
  onClose: () => void;
}

export function EditContactModal({ caseId, profile, onClose }: EditContactModalProps) {
  const { t } = useTranslation(['cases', 'shell']);
  const form = useForm<ContactInput, unknown, Contact>({
    resolver: zodResolver(contactSchema),
    defaultValues: {
      phone: profile.phone,
      lineId: profile.lineId,
      registeredAddress: addressInput(profile.registeredAddress),
      currentSameAsRegistered: profile.currentSameAsRegistered,
      currentAddress: addressInput(profile.currentAddress),
    },
  });
  const { errors } = form.formState;
  const same = useWatch({ control: form.control, name: 'currentSameAsRegistered' });
  const submit = useSectionSave({
    caseId,
    form,
    call: (api, contact: Contact) => api.cases.updateProfile({ caseId, contact }),
    fields: [
      'phone',
      'lineId',
      'registeredAddress.line',
      'registeredAddress.postcode',
      'currentAddress.line',
      'currentAddress.postcode',
    ],
    reasons: {
      postcode_not_in_subdistrict: 'registeredAddress.postcode',
      subdistrict_not_found: 'registeredAddress.line',
    },
    onSaved: onClose,
  });

  return (
    <SectionEditModal title={t('sections.contact')} form={form} onSubmit={submit} onClose={onClose}>
      <Group grow align="flex-start">
        <TextInput
          {...form.register('phone')}
          label={t('fields.contact.phone')}
          inputMode="tel"
          autoComplete="off"
          error={fieldErrorMessage(errors.phone, t)}
        />
        <TextInput
          {...form.register('lineId')}
          label={t('fields.contact.lineId')}
          autoComplete="off"
          error={fieldErrorMessage(errors.lineId, t)}
        />
      </Group>
      <AddressFields name="registeredAddress" legend={t('fields.contact.registeredAddress')} />
      <Checkbox
        {...form.register('currentSameAsRegistered')}
        label={t('fields.contact.currentSameAsRegistered')}
      />
      {!same && <AddressFields name="currentAddress" legend={t('fields.contact.currentAddress')} />}
    </SectionEditModal>
  );
}
