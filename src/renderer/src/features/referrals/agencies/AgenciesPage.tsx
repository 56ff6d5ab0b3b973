import { Badge, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../../../shared/domain/documents';
import { errorMessage, useKaonaMutation } from '../../../api';
import { BADGE_WHOLE } from '../../../components/badge-whole';
import { DataTable, dataColumnHelper } from '../../../components/data-table';
import { PageHeader } from '../../../components/PageHeader';
import { QueryView } from '../../../components/QueryView';
import { referralsKeys, referralsQueries } from '../referrals-queries';
import { useReferralPermissions } from '../use-referral-permissions';
import { AgencyFormModal } from './AgencyFormModal';

const column = dataColumnHelper<Agency>();
const BY_NAME = [{ id: 'name', desc: false }];

type Editing = { agency: Agency | null } | null;

/** `/referrals/agencies`: the directory; an agency is retired, never deleted. */
export function AgenciesPage() {
  const { t } = useTranslation(['referrals', 'shell']);
  const { canWrite } = useReferralPermissions();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const agencies = useQuery(referralsQueries.agencies(includeInactive));
  const toggle = useKaonaMutation({
    call: (api, agency: Agency) =>
      api.referrals.saveAgency({
        agencyId: agency.agencyId,
        name: agency.name,
        addressee: agency.addressee,
        addressLines: agency.addressLines.join('\n'),
        phone: agency.phone,
        email: agency.email,
        contactPerson: agency.contactPerson,
        active: !agency.active,
        version: agency.version,
      }),
    invalidates: [referralsKeys.agencies()],
    onSuccess: () =>
      notifications.show({
        color: 'teal',
        message: t('agencies.saved'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      }),
    onError: (error) =>
      notifications.show({
        color: 'red',
        message: errorMessage(error, t),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      }),
  });
  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: () => t('agencies.name'),
        sortFn: 'thaiText',
        meta: { rowHeader: true },
      }),
      column.accessor('addressee', { header: () => t('agencies.addressee'), sortFn: 'thaiText' }),
      column.accessor('phone', {
        header: () => t('agencies.phone'),
        meta: { noWrap: true },
        cell: ({ getValue }) => getValue() || t('shell:common.none'),
      }),
      column.accessor('referralCount', {
        header: () => t('agencies.referralCount'),
        meta: { align: 'right' },
      }),
      column.accessor('active', {
        header: () => t('agencies.active'),
        enableSorting: false,
        cell: ({ getValue }) => (
          <Badge
            color={getValue() ? 'teal' : 'gray'}
            variant="light"
            style={{ textTransform: 'none' }}
            styles={BADGE_WHOLE}
          >
            {getValue() ? t('agencies.active') : t('agencies.inactive')}
          </Badge>
        ),
      }),
      ...(canWrite
        ? [
            column.display({
              id: 'actions',
              header: () => t('agencies.actions'),
              cell: ({ row }) => (
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => setEditing({ agency: row.original })}
                    aria-label={`${t('agencies.edit')} ${row.original.name}`}
                  >
                    {t('agencies.edit')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color={row.original.active ? 'red' : 'teal'}
                    loading={
                      toggle.isPending && toggle.variables?.agencyId === row.original.agencyId
                    }
                    onClick={() => toggle.mutate(row.original)}
                    aria-label={`${row.original.active ? t('agencies.retire') : t('agencies.reactivate')} ${row.original.name}`}
                  >
                    {row.original.active ? t('agencies.retire') : t('agencies.reactivate')}
                  </Button>
                </Group>
              ),
            }),
          ]
        : []),
    ],
    [t, toggle, canWrite],
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('agencies.title')}
        description={t('agencies.intro')}
        actions={
          canWrite && (
            <Button onClick={() => setEditing({ agency: null })}>{t('agencies.add')}</Button>
          )
        }
      />
      <Checkbox
        label={t('agencies.includeInactive')}
        checked={includeInactive}
        onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
      />
      <QueryView
        query={agencies}
        errorTitle={t('agencies.loadFailed')}
        isEmpty={(list) => list.length === 0}
        empty={
          <Text c="dimmed" role="status">
            {t('agencies.empty')}
          </Text>
        }
      >
        {(list) => (
          <DataTable
            label={t('agencies.tableLabel')}
            data={list}
            columns={columns}
            getRowId={(row) => String(row.agencyId)}
            initialSorting={BY_NAME}
          />
        )}
      </QueryView>
      {editing && <AgencyFormModal agency={editing.agency} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
