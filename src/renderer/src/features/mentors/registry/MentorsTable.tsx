import { Anchor, Badge, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { BADGE_WHOLE } from '../../../components/badge-whole';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { MentorListItem } from '../../../../../shared/domain/mentoring';
import { DataTable, dataColumnHelper } from '../../../components/data-table';
import { mentorPath } from '../mentor-paths';
import { useProvinceNames } from '../use-province-names';
import { useSkillLabels } from '../use-skill-labels';

const column = dataColumnHelper<MentorListItem>();
const BY_NAME = [{ id: 'fullName', desc: false }];

/** The registry in Thai name order: who, for whom, what they know, where, and how busy. */
export function MentorsTable({ mentors }: { mentors: readonly MentorListItem[] }) {
  const { t } = useTranslation(['mentors', 'shell']);
  const navigate = useNavigate();
  const skills = useSkillLabels();
  const provinces = useProvinceNames();
  const columns = useMemo(() => {
    const none = t('shell:common.none');
    return [
      column.accessor('fullName', {
        header: () => t('columns.name'),
        sortFn: 'thaiName',
        // Whole names: the browser's Thai word breaking split "วงศ์ / ค้า" in a narrow column.
        meta: { rowHeader: true, noWrap: true },
        cell: ({ row, getValue }) => (
          <Stack gap={2} align="flex-start">
            <Anchor component={Link} to={mentorPath(row.original.userId)} fw={500}>
              {getValue()}
            </Anchor>
            {!row.original.hasProfile && (
              <Badge variant="light" color="yellow">
                {t('registry.noProfile')}
              </Badge>
            )}
          </Stack>
        ),
      }),
      column.accessor('organisationName', {
        header: () => t('columns.organisation'),
        sortFn: 'thaiText',
        cell: ({ row }) =>
          row.original.hasProfile ? (
            <Stack gap={2} align="flex-start">
              <Group gap={6}>
                <Text size="sm">
                  {t(`codes.organisationKinds.${row.original.organisationKind}`)}
                </Text>
                {row.original.isExternal && (
                  <Badge variant="light" color="grape" size="sm" styles={BADGE_WHOLE}>
                    {t('registry.external')}
                  </Badge>
                )}
              </Group>
              {row.original.organisationName && (
                <Text size="xs" c="dimmed">
                  {row.original.organisationName}
                </Text>
              )}
            </Stack>
          ) : (
            none
          ),
      }),
      column.accessor('skills', {
        header: () => t('columns.skills'),
        enableSorting: false,
        cell: ({ getValue }) => skills.labels(getValue()).join(', ') || none,
      }),
      column.display({
        id: 'provinces',
        header: () => t('columns.provinces'),
        cell: ({ row }) => {
          if (!row.original.hasProfile) return none;
          if (row.original.onlineOnly) return t('registry.online');
          return row.original.provinceIds.map(provinces.name).join(', ') || none;
        },
      }),
      column.accessor('activeMentees', {
        header: () => t('columns.load'),
        meta: { noWrap: true },
        cell: ({ row }) => {
          const { activeMentees: active, capacity, hasProfile } = row.original;
          if (!hasProfile) return none;
          return (
            <Text size="sm" c={active >= capacity ? 'red.9' : undefined}>
              <span aria-hidden>{t('registry.load', { active, capacity })}</span>
              <VisuallyHidden>{t('registry.loadLabel', { active, capacity })}</VisuallyHidden>
            </Text>
          );
        },
      }),
      column.accessor('active', {
        header: () => t('columns.active'),
        enableSorting: false,
        // The badge is cut to "รับง…" when the column shrinks.
        meta: { noWrap: true },
        cell: ({ row }) =>
          row.original.hasProfile ? (
            <Badge
              color={row.original.active ? 'teal' : 'gray'}
              variant="light"
              styles={BADGE_WHOLE}
            >
              {row.original.active ? t('registry.active') : t('registry.inactive')}
            </Badge>
          ) : (
            none
          ),
      }),
    ];
  }, [t, skills, provinces]);
  return (
    <DataTable
      label={t('registry.tableLabel')}
      data={mentors}
      columns={columns}
      getRowId={(mentor) => String(mentor.userId)}
      initialSorting={BY_NAME}
      minWidth={1000}
      onOpenRow={(mentor) => void navigate(mentorPath(mentor.userId))}
    />
  );
}
