import { MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  LANGUAGES,
  PRODUCT_CATEGORIES,
  type Language,
  type ProductCategory,
} from '../../../../../shared/domain/mentoring';
import { useSkillLabels } from '../use-skill-labels';

interface FieldProps<T> {
  value: T;
  onChange: (value: T) => void;
  onBlur?: () => void;
  error?: string;
}

/**
 * What matching reads from a case (intake's business step and the case page's business edit):
 * the needs as skills of the taxonomy, the product category and the preferred languages.
 */
export function MentoringNeedsSelect({ value, onChange, onBlur, error }: FieldProps<string[]>) {
  const { t } = useTranslation(['cases', 'shell']);
  const skills = useSkillLabels();
  return (
    <MultiSelect
      label={t('fields.business.mentoringNeeds')}
      description={t('fields.business.mentoringNeedsHint')}
      data={skills.options(value)}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      searchable
      clearable
      error={error}
    />
  );
}

export function ProductCategorySelect({
  value,
  onChange,
  onBlur,
  error,
}: FieldProps<ProductCategory | null>) {
  const { t } = useTranslation(['cases', 'shell']);
  return (
    <Select
      label={t('fields.business.productCategory')}
      data={PRODUCT_CATEGORIES.map((code) => ({
        value: code,
        label: t(`codes.productCategories.${code}`),
      }))}
      value={value}
      onChange={(picked) => onChange(picked as ProductCategory | null)}
      onBlur={onBlur}
      clearable
      maw={360}
      error={error}
    />
  );
}

export function LanguagesSelect({ value, onChange, onBlur, error }: FieldProps<Language[]>) {
  const { t } = useTranslation(['cases', 'shell']);
  return (
    <MultiSelect
      label={t('fields.business.languages')}
      data={LANGUAGES.map((code) => ({ value: code, label: t(`codes.languages.${code}`) }))}
      value={value}
      onChange={(picked) => onChange(picked as Language[])}
      onBlur={onBlur}
      withAsterisk
      error={error}
    />
  );
}
