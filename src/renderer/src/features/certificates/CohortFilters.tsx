import { Checkbox, Group, NativeSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CohortQuery } from '../../../../shared/domain/documents';
import { useProvinceNames } from '../mentors/use-province-names';
import { fiscalYearChoices } from './cohort-filters';

const NO_MILESTONE = 'none';

/** Who the batch is for: the milestone, the fiscal year (พ.ศ.), the province. */
export function CohortFilters({
  query,
  onChange,
}: {
  query: CohortQuery;
  onChange: (query: CohortQuery) => void;
}) {
  const { t } = useTranslation('certificates');
  const provinces = useProvinceNames();
  return (
    <Group align="flex-end" gap="md">
      <NativeSelect
        label={t('batch.milestone')}
        value={query.milestone ?? NO_MILESTONE}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({
            ...query,
            milestone: value === NO_MILESTONE ? null : (value as 'shop_opened' | 'first_order'),
          });
        }}
        data={[
          { value: 'shop_opened', label: t('batch.milestones.shop_opened') },
          { value: 'first_order', label: t('batch.milestones.first_order') },
          { value: NO_MILESTONE, label: t('batch.milestones.none') },
        ]}
      />
      <NativeSelect
        label={t('batch.fiscalYear')}
        value={String(query.fiscalYear)}
        onChange={(event) => onChange({ ...query, fiscalYear: Number(event.currentTarget.value) })}
        data={fiscalYearChoices().map((year) => ({
          value: String(year),
          label: t('batch.fiscalYearOption', { year }),
        }))}
      />
      <Select
        label={t('batch.province')}
        placeholder={t('batch.allProvinces')}
        clearable
        searchable
        value={query.provinceId === null ? null : String(query.provinceId)}
        onChange={(value) => onChange({ ...query, provinceId: value ? Number(value) : null })}
        data={provinces.options}
      />
      <Checkbox
        label={t('batch.excludeCertified')}
        checked={query.excludeAlreadyCertified}
        onChange={(event) =>
          onChange({ ...query, excludeAlreadyCertified: event.currentTarget.checked })
        }
      />
    </Group>
  );
}
