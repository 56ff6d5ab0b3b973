import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Skill } from '../../../../../shared/domain/mentoring';
import { errorMessage, useKaonaMutation } from '../../../api';
import { DataTable, dataColumnHelper } from '../../../components/data-table';
import { QueryView } from '../../../components/QueryView';
import { mentorsKeys, mentorsQueries } from '../mentors-queries';
import { useMentorPermissions } from '../use-mentor-permissions';
import { SkillModal } from './SkillModal';

const column = dataColumnHelper<Skill>();
const BY_ORDER = [{ id: 'sortOrder', desc: false }];

type Editing = { skill: Skill | null } | null;

/**
 * The admin's editor of the skills taxonomy, in the settings page: the names in both languages,
 * the order they are offered in, and retiring (a skill in use is never deleted).
 */
export function SkillsSection() {
  const { canEditSkills } = useMentorPermissions();
  if (!canEditSkills) return null;
  return <SkillsEditor />;
}

function SkillsEditor() {
  const { t } = useTranslation(['mentors', 'shell']);
  const skills = useQuery(mentorsQueries.skills());
  const [editing, setEditing] = useState<Editing>(null);
  const toggle = useKaonaMutation({
    call: (api, skill: Skill) =>
      api.mentors.saveSkill({
        code: skill.code,
        labelTh: skill.labelTh,
        labelEn: skill.labelEn,
        sortOrder: skill.sortOrder,
        active: !skill.active,
      }),
    invalidates: [mentorsKeys.skills()],
    onSuccess: () =>
      notifications.show({
        color: 'teal',
        message: t('skills.saved'),
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
      column.accessor('sortOrder', {
        header: () => t('skills.sortOrder'),
        meta: { noWrap: true },
      }),
      column.accessor('labelTh', {
        header: () => t('skills.labelTh'),
        sortFn: 'thaiText',
        meta: { rowHeader: true },
      }),
      column.accessor('labelEn', { header: () => t('skills.labelEn'), sortFn: 'thaiText' }),
      column.accessor('code', {
        header: () => t('skills.code'),
        cell: ({ getValue }) => (
          <Text ff="monospace" size="sm">
            {getValue()}
          </Text>
        ),
      }),
      column.accessor('usedBy', { header: () => t('skills.usedBy'), meta: { align: 'right' } }),
      column.accessor('active', {
        header: () => t('skills.active'),
        enableSorting: false,
        cell: ({ getValue }) => (
          <Badge color={getValue() ? 'teal' : 'gray'} variant="light">
            {getValue() ? t('skills.active') : t('skills.retired')}
          </Badge>
        ),
      }),
      column.display({
        id: 'actions',
        header: () => t('skills.edit'),
        cell: ({ row }) => (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => setEditing({ skill: row.original })}
              aria-label={`${t('skills.edit')} ${row.original.labelTh}`}
            >
              {t('skills.edit')}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color={row.original.active ? 'red' : 'teal'}
              loading={toggle.isPending && toggle.variables?.code === row.original.code}
              onClick={() => toggle.mutate(row.original)}
              aria-label={`${row.original.active ? t('skills.retire') : t('skills.restore')} ${row.original.labelTh}`}
            >
              {row.original.active ? t('skills.retire') : t('skills.restore')}
            </Button>
          </Group>
        ),
      }),
    ],
    [t, toggle],
  );
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="skills-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h3" id="skills-title">
              {t('skills.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('skills.intro')}
            </Text>
          </Stack>
          <Button onClick={() => setEditing({ skill: null })}>{t('skills.add')}</Button>
        </Group>
        <QueryView query={skills} errorTitle={t('skills.loadFailed')}>
          {(list) => (
            <>
              <DataTable
                label={t('skills.tableLabel')}
                data={list}
                columns={columns}
                getRowId={(skill) => skill.code}
                initialSorting={BY_ORDER}
                minWidth={860}
              />
              {editing && (
                <SkillModal
                  skill={editing.skill}
                  nextOrder={Math.min(1000, Math.max(0, ...list.map((s) => s.sortOrder)) + 10)}
                  onClose={() => setEditing(null)}
                />
              )}
            </>
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}
