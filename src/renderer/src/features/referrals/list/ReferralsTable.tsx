import { Anchor, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ReferralSummary } from '../../../../../shared/domain/documents';
import type { Language } from '../../../../../shared/domain/preferences';
import { bangkokDate } from '../../../../../shared/thai';
import { useLanguage } from '../../../app/providers/language-context';
import { DataTable, dataColumnHelper } from '../../../components/data-table';
import { formatDate } from '../../../i18n/format';
import { casePath } from '../../cases/case-paths';
import { referralPath } from '../referral-paths';
import { ReferralStatusCell } from '../ReferralStatusBadge';

const column = dataColumnHelper<ReferralSummary>();
type ReferralsT = TFunction<['referrals', 'shell']>;

function dateOrNone(date: string | null, language: Language, none: string) {
  return date ? formatDate(date, language, 'medium') : none;
}

function referralColumns(t: ReferralsT, language: Language, withPerson: boolean) {
  const none = t('shell:common.none');
  const agency = column.accessor('agencyName', {
    header: () => t('columns.agency'),
    sortFn: 'thaiText',
    meta: { rowHeader: !withPerson },
    cell: ({ row, getValue }) =>
      withPerson ? (
        getValue()
      ) : (
        <Anchor component={Link} to={referralPath(row.original.referralId)} fw={500}>
          {getValue()}
        </Anchor>
      ),
  });
  const person = [
    column.accessor('personName', {
      header: () => t('columns.person'),
      sortFn: 'thaiName',
      meta: { rowHeader: true, noWrap: true },
      cell: ({ row, getValue }) => (
        <Anchor component={Link} to={referralPath(row.original.referralId)} fw={500}>
          {getValue()}
        </Anchor>
      ),
    }),
    column.accessor('caseNumber', {
      header: () => t('columns.caseNumber'),
      meta: { noWrap: true },
      cell: ({ row, getValue }) => (
        <Anchor
          component={Link}
          to={casePath(row.original.caseId)}
          ff="monospace"
          onClick={(event) => event.stopPropagation()}
        >
          {getValue()}
        </Anchor>
      ),
    }),
  ];
  return [
    ...(withPerson ? person : []),
    agency,
    column.accessor('status', {
      header: () => t('columns.status'),
      meta: { noWrap: true },
      cell: ({ row }) => <ReferralStatusCell referral={row.original} />,
    }),
    column.accessor('sentOn', {
      header: () => t('columns.sentOn'),
      meta: { noWrap: true },
      cell: ({ getValue }) => dateOrNone(getValue(), language, none),
    }),
    column.accessor('daysWaiting', {
      header: () => t('columns.waiting'),
      meta: { noWrap: true, align: 'right' },
      cell: ({ row, getValue }) => {
        const days = getValue();
        if (days === null) return none;
        return (
          <Text
            size="sm"
            c={row.original.overdue ? 'red' : undefined}
            fw={row.original.overdue ? 700 : undefined}
          >
            {t('waiting', { days })}
          </Text>
        );
      },
    }),
    column.accessor('letterNumber', {
      header: () => t('columns.letter'),
      meta: { noWrap: true },
      cell: ({ getValue }) => getValue() ?? none,
    }),
    column.accessor('createdAt', {
      header: () => t('columns.created'),
      meta: { noWrap: true },
      cell: ({ getValue }) => formatDate(bangkokDate(getValue()), language, 'medium'),
    }),
  ];
}

interface ReferralsTableProps {
  referrals: readonly ReferralSummary[];
  /** The office's list names the person and the case; a case's own tab does not need to. */
  withPerson: boolean;
}

/** Referrals newest first (main's order); an overdue one shows its days waiting in red. */
export function ReferralsTable({ referrals, withPerson }: ReferralsTableProps) {
  const { t } = useTranslation(['referrals', 'shell']);
  const { language } = useLanguage();
  const navigate = useNavigate();
  const columns = useMemo(
    () => referralColumns(t, language, withPerson),
    [t, language, withPerson],
  );
  return (
    <DataTable
      label={t('list.tableLabel')}
      data={referrals}
      columns={columns}
      getRowId={(row) => String(row.referralId)}
      minWidth={withPerson ? 960 : undefined}
      onOpenRow={(row) => void navigate(referralPath(row.referralId))}
    />
  );
}
