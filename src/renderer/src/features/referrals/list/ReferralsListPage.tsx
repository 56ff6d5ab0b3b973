import { Button, Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REFERRAL_STATUSES, type ReferralStatus } from '../../../../../shared/domain/documents';
import { PageHeader } from '../../../components/PageHeader';
import { QueryView } from '../../../components/QueryView';
import { settingsQueries } from '../../settings/settings-queries';
import { AGENCIES_PATH } from '../referral-paths';
import { referralsQueries, type ReferralListFilter } from '../referrals-queries';
import { ReferralsTable } from './ReferralsTable';

/** `/referrals`: every referral of the office, filtered by status or to the overdue ones. */
export function ReferralsListPage() {
  const { t } = useTranslation(['referrals', 'shell']);
  const [filter, setFilter] = useState<ReferralListFilter>({ status: null, overdueOnly: false });
  const referrals = useQuery(referralsQueries.list(filter));
  // The reply days decide "overdue": said on the page, so the red rows explain themselves.
  const settings = useQuery(settingsQueries.office());
  const replyDays = settings.data?.referralReplyDays;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('list.title')}
        description={
          replyDays === undefined ? t('list.introDefault') : t('list.intro', { days: replyDays })
        }
        actions={
          <Button component={Link} to={AGENCIES_PATH} variant="default">
            {t('list.agencies')}
          </Button>
        }
      />
      <Group gap="md" align="flex-end" role="search" aria-label={t('list.filters')}>
        <Select
          label={t('list.status')}
          placeholder={t('list.anyStatus')}
          data={REFERRAL_STATUSES.map((status) => ({
            value: status,
            label: t(`statuses.${status}`),
          }))}
          value={filter.status}
          onChange={(value) =>
            setFilter((now) => ({ ...now, status: value as ReferralStatus | null }))
          }
          clearable
          w={220}
        />
        <Checkbox
          label={t('list.overdueOnly')}
          checked={filter.overdueOnly}
          onChange={(event) => {
            const overdueOnly = event.currentTarget.checked;
            setFilter((now) => ({ ...now, overdueOnly }));
          }}
          mb={8}
        />
      </Group>
      <QueryView
        query={referrals}
        errorTitle={t('list.loadFailed')}
        isEmpty={(list) => list.length === 0}
        empty={
          <Text c="dimmed" role="status">
            {t('list.empty')}
          </Text>
        }
      >
        {(list) => (
          <Stack gap="sm">
            <Text fw={500} role="status">
              {t('list.found', { count: list.length })}
            </Text>
            <ReferralsTable referrals={list} withPerson />
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
