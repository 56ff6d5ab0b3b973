import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortQuery } from '../../../../shared/domain/documents';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { BatchIssuePanel } from './BatchIssuePanel';
import { certificatesQueries } from './certificates-queries';
import { CohortFilters } from './CohortFilters';
import { defaultCohortQuery } from './cohort-filters';
import { CohortTable } from './CohortTable';

/** `/certificates`: a cohort's certificates in one batch (e.g. every shop opened this fiscal year). */
export function CertificatesPage() {
  const { t } = useTranslation('certificates');
  const [query, setQuery] = useState<CohortQuery>(() => defaultCohortQuery());
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const cohort = useQuery(certificatesQueries.cohort(query));
  const letterhead = useQuery(certificatesQueries.letterhead());
  const members = cohort.data ?? [];
  const caseIds = members.map((m) => m.caseId).filter((id) => selected.has(id));
  return (
    <Stack gap="lg">
      <PageHeader title={t('batch.title')} description={t('batch.description')} />
      <CohortFilters
        query={query}
        onChange={(next) => {
          setQuery(next);
          setSelected(new Set());
        }}
      />
      <QueryView
        query={cohort}
        errorTitle={t('batch.loadFailed')}
        isEmpty={(list) => list.length === 0}
        empty={<Text c="dimmed">{t('batch.empty')}</Text>}
      >
        {(list) => (
          <Stack gap="xs">
            <Text size="sm" aria-live="polite">
              {t('batch.selectedCount', { selected: caseIds.length, total: list.length })}
            </Text>
            <CohortTable members={list} selected={selected} onSelect={setSelected} />
          </Stack>
        )}
      </QueryView>
      {!letterhead.isPending && (
        <BatchIssuePanel
          key={`${query.milestone ?? 'none'}`}
          caseIds={caseIds}
          milestone={query.milestone}
          defaultSignerIds={letterhead.data?.defaultCertificateSignerIds ?? []}
          onIssued={() => setSelected(new Set())}
        />
      )}
    </Stack>
  );
}
