import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryView } from '../../../components/QueryView';
import { documentsQueries, EMPTY_FILTER, type RegisterFilter } from '../documents-queries';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';

/** The document register: every number issued, with its status and print count. */
export function RegisterPage() {
  const { t, i18n } = useTranslation('documents');
  const [filter, setFilter] = useState<RegisterFilter>(EMPTY_FILTER);
  const rangeWrong = filter.from !== null && filter.to !== null && filter.from > filter.to;
  const list = useQuery({ ...documentsQueries.list(filter), enabled: !rangeWrong });
  const change = useCallback(
    (patch: Partial<RegisterFilter>) => setFilter((current) => ({ ...current, ...patch })),
    [],
  );
  const filtered = JSON.stringify(filter) !== JSON.stringify(EMPTY_FILTER);
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <Stack gap="lg">
      <PageHeader title={t('register.title')} description={t('register.intro')} />
      <RegisterFilters filter={filter} onChange={change} onClear={() => setFilter(EMPTY_FILTER)} />
      <QueryView
        query={list}
        errorTitle={t('register.loadFailed')}
        isEmpty={(data) => data.rows.length === 0}
        empty={
          <Text c="dimmed" role="status">
            {filtered ? t('register.noResults') : t('register.empty')}
          </Text>
        }
      >
        {(data) => (
          <Stack gap="sm">
            <Text fw={500} role="status">
              {data.rows.length < data.total
                ? t('register.shownOf', {
                    shown: number.format(data.rows.length),
                    total: number.format(data.total),
                  })
                : t('register.found', { total: number.format(data.total) })}
            </Text>
            <RegisterTable rows={data.rows} />
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
