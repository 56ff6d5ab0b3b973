import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KaonaApi } from '../../../../shared/contract';
import type { AuditQuery } from '../../../../shared/domain/audit';
import { useKaonaQuery } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { useAuditEvents } from './use-audit-events';
import { VerifyIntegrity } from './VerifyIntegrity';

const loadAccounts = (api: KaonaApi) => api.accounts.list();

export function AuditPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<AuditQuery>({});
  const pages = useAuditEvents(query);
  // Only to name the accounts events concern; the log itself is readable without it.
  const accounts = useKaonaQuery(loadAccounts);
  const userNames = useMemo(
    () =>
      new Map(
        accounts.status === 'success'
          ? accounts.data.map((account) => [String(account.id), account.userName])
          : [],
      ),
    [accounts],
  );

  return (
    <Stack gap="lg">
      <Stack gap="xs" maw={760}>
        <Title order={1}>{t('audit.title')}</Title>
        <Text c="dimmed">{t('audit.intro')}</Text>
      </Stack>
      <VerifyIntegrity />
      {/* A new object each time: searching again with the same filters reads the newest events. */}
      <AuditFilters onSearch={(next) => setQuery({ ...next })} />

      {pages.status === 'loading' && <LoadingState />}
      {pages.status === 'error' && (
        <ErrorAlert title={t('audit.loadFailed')} error={pages.error} onRetry={pages.retry} />
      )}
      {pages.status === 'success' && pages.events.length === 0 && (
        <Text c="dimmed">{t('audit.empty')}</Text>
      )}
      {pages.status === 'success' && pages.events.length > 0 && (
        <Stack gap="sm">
          <AuditTable events={pages.events} userNames={userNames} />
          <Group gap="md">
            <Text size="sm" c="dimmed" role="status">
              {t('audit.shown', { shown: pages.events.length })}
            </Text>
            {pages.hasMore && (
              <Button variant="default" onClick={pages.loadMore} loading={pages.loadingMore}>
                {t('audit.loadMore')}
              </Button>
            )}
          </Group>
          {pages.moreError && <ErrorAlert title={t('audit.loadFailed')} error={pages.moreError} />}
        </Stack>
      )}
    </Stack>
  );
}
