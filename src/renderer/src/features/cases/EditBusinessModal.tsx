import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { businessSchema, type CaseDetails } from '../../../../shared/domain/cases';
import { fieldErrorMessage } from '../../components/field-error';
import {
  LanguagesSelect,
  MentoringNeedsSelect,
  ProductCategorySelect,
} from '../mentors/needs/MatchingFields';
import { SectionEditModal } from './SectionEditModal';
import { useSectionSave } from './use-section-save';

type BusinessInput = z.input<typeof businessSchema>;
type Business = z.output<typeof businessSchema>;

export const READINESS = [
  'hasSmartphone',
  'hasInternet',
  'hasBankAccount',
  'hasProductPhotos',
  'hasOnlineShop',
] as const;
const LONG_TEXTS = ['skills', 'products', 'goals', 'notes'] as const;

interface EditBusinessModalProps {
  details: CaseDetails;
  onClose: () => void;
}

export function EditBusinessModal({ details, onClose }: EditBusinessModalProps) {
  const { t } = useTranslation(['cases', 'shell']);
  const { caseId } = details;
  const form = useForm<BusinessInput, unknown, Business>({
    resolver: zodResolver(businessSchema),
    defaultValues: {
      skills: details.skills,
      products: details.products,
      hasSmartphone: details.hasSmartphone,
      hasInternet: details.hasInternet,
      hasBankAccount: details.hasBankAccount,
      hasProductPhotos: details.hasProductPhotos,
      hasOnlineShop: details.hasOnlineShop,
      lazadaSellerId: details.lazadaSellerId,
      goals: details.goals,
      notes: details.notes,
      mentoringNeeds: details.mentoringNeeds,
      productCategory: details.productCategory,
      languages: details.languages,
    },
  });
  const { errors } = form.formState;
  const submit = useSectionSave({
    caseId,
    form,
    call: (api, business: Business) => api.cases.updateCase({ caseId, business }),
    fields: [...LONG_TEXTS, 'lazadaSellerId', 'mentoringNeeds', 'productCategory', 'languages'],
    reasons: { skill_unknown: 'mentoringNeeds' },
    onSaved: onClose,
  });

  return (
    <SectionEditModal
      title={t('sections.business')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      {LONG_TEXTS.slice(0, 2).map((name) => (
        <Textarea
          key={name}
          {...form.register(name)}
          label={t(`fields.business.${name}`)}
          autosize
          minRows={2}
          error={fieldErrorMessage(errors[name], t)}
        />
      ))}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {READINESS.map((name) => (
          <Checkbox key={name} {...form.register(name)} label={t(`fields.business.${name}`)} />
        ))}
      </SimpleGrid>
      <TextInput
        {...form.register('lazadaSellerId')}
        label={t('fields.business.lazadaSellerId')}
        autoComplete="off"
        error={fieldErrorMessage(errors.lazadaSellerId, t)}
      />
      <Controller
        control={form.control}
        name="mentoringNeeds"
        render={({ field, fieldState }) => (
          <MentoringNeedsSelect
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldErrorMessage(fieldState.error, t)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="productCategory"
        render={({ field, fieldState }) => (
          <ProductCategorySelect
            value={field.value ?? null}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldErrorMessage(fieldState.error, t)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="languages"
        render={({ field, fieldState }) => (
          <LanguagesSelect
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldErrorMessage(fieldState.error, t)}
          />
        )}
      />
      {LONG_TEXTS.slice(2).map((name) => (
        <Textarea
          key={name}
          {...form.register(name)}
          label={t(`fields.business.${name}`)}
          autosize
          minRows={2}
          error={fieldErrorMessage(errors[name], t)}
        />
      ))}
    </SectionEditModal>
  );
}
