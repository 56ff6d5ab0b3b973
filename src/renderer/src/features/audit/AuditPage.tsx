import { Alert, Stack, Text } from '@mantine/core';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Account } from '../../../../shared/domain/accounts';
import type { AuditAction, AuditEvent, AuditQuery } from '../../../../shared/domain/audit';
import { usePagedRows } from '../../components/data-table';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { accountsQueries } from '../accounts/accounts-queries';
import { auditKeys, auditQueries } from './audit-queries';
import { EMPTY_FILTERS } from './audit-filter-form';
import { linkedAuditAction } from './audit-link';
import { isUnverified } from './audit-event-marks';
import { UNVERIFIED_EXPLANATION_ID } from './AuditActionCell';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { VerifyIntegrity } from './VerifyIntegrity';

const eventsOf = (page: { events: AuditEvent[] }) => page.events;
const NO_NAMES: ReadonlyMap<string, string> = new Map();
const userNamesById = (accounts: Account[]): ReadonlyMap<string, string> =>
  new Map(accounts.map((account) => [String(account.id), account.userName]));

/**
 * The log, opened either plainly or from a link to one action (`/audit?action=…`, from the key
 * file notice). A new link remounts the page, so its filters start from what the link asked.
 */
export function AuditPage() {
  const [searchParams] = useSearchParams();
  const linkedAction = linkedAuditAction(searchParams);
  return <AuditLog key={linkedAction ?? ''} linkedAction={linkedAction} />;
}

function AuditLog({ linkedAction }: { linkedAction: AuditAction | undefined }) {
  const { t } = useTranslation('audit');
  const queryClient = useQueryClient();
  const [query, setQuery] = useState<AuditQuery>(linkedAction ? { action: linkedAction } : {});
  const log = useInfiniteQuery(auditQueries.list(query));
  const { rows, paging } = usePagedRows(log, eventsOf);
  // Only to name the accounts events concern; the log itself is readable without it.
  const userNames = useQuery({ ...accountsQueries.list(), select: userNamesById }).data ?? NO_NAMES;

  function search(next: AuditQuery) {
    // Searching again, even with the same filters, starts from the newest events.
    void queryClient.resetQueries({ queryKey: auditKeys.list(next), exact: true });
    setQuery(next);
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro')} />
      <VerifyIntegrity />
      <AuditFilters initial={{ ...EMPTY_FILTERS, action: linkedAction ?? '' }} onSearch={search} />
      {rows.some(isUnverified) && (
        <Alert color="gray" variant="light" role="note">
          <Text size="sm" id={UNVERIFIED_EXPLANATION_ID}>
            {t('unverified.explanation')}
          </Text>
        </Alert>
      )}
      <QueryView
        query={log}
        errorTitle={t('loadFailed')}
        isEmpty={() => rows.length === 0}
        empty={<Text c="dimmed">{t('empty')}</Text>}
      >
        {() => <AuditTable events={rows} userNames={userNames} paging={paging} />}
      </QueryView>
    </Stack>
  );
}
