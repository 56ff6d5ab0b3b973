import { Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../../../shared/domain/mentoring';
import { PageHeader } from '../../../components/PageHeader';
import { QueryView } from '../../../components/QueryView';
import { mentorsQueries } from '../mentors-queries';
import { useMentorPermissions } from '../use-mentor-permissions';
import { MergeReportsPanel } from '../../mentoring';
import { useSkillLabels } from '../use-skill-labels';
import { AddProfileModal } from './AddProfileModal';
import { MentorsTable } from './MentorsTable';
import { filterMentors, NO_FILTER, type RegistryFilter } from './registry-filter';

/** `/mentors`: the mentor registry, filtered on the screen. */
export function MentorsPage() {
  const { t } = useTranslation(['mentors', 'shell']);
  const { canManage, canCoordinate } = useMentorPermissions();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [filter, setFilter] = useState<RegistryFilter>(NO_FILTER);
  const [adding, setAdding] = useState(false);
  const mentors = useQuery(mentorsQueries.list(includeInactive));
  const skills = useSkillLabels();
  const shown = useMemo(() => filterMentors(mentors.data ?? [], filter), [mentors.data, filter]);
  const change = (patch: Partial<RegistryFilter>) => setFilter((now) => ({ ...now, ...patch }));

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('registry.title')}
        description={t('registry.intro')}
        actions={
          canManage && <Button onClick={() => setAdding(true)}>{t('registry.addProfile')}</Button>
        }
      />
      <Group gap="md" align="flex-end" role="search" aria-label={t('registry.search')}>
        <TextInput
          label={t('registry.search')}
          value={filter.text}
          onChange={(event) => change({ text: event.currentTarget.value })}
          w={260}
        />
        <Select
          label={t('registry.kindFilter')}
          data={ORGANISATION_KINDS.map((kind) => ({
            value: kind,
            label: t(`codes.organisationKinds.${kind}`),
          }))}
          placeholder={t('registry.any')}
          value={filter.kind}
          onChange={(value) => change({ kind: value as OrganisationKind | null })}
          clearable
          w={220}
        />
        <Select
          label={t('registry.skillFilter')}
          data={skills.options()}
          placeholder={t('registry.any')}
          value={filter.skill}
          onChange={(value) => change({ skill: value })}
          clearable
          searchable
          w={260}
        />
        <Checkbox
          label={t('registry.includeInactive')}
          checked={includeInactive}
          onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <QueryView
        query={mentors}
        errorTitle={t('registry.loadFailed')}
        isEmpty={(list) => list.length === 0 || shown.length === 0}
        empty={
          <Text c="dimmed" role="status">
            {(mentors.data ?? []).length === 0 ? t('registry.empty') : t('registry.noResults')}
          </Text>
        }
      >
        {() => (
          <Stack gap="sm">
            <Text fw={500} role="status">
              {t('registry.found', { count: shown.length })}
            </Text>
            <MentorsTable mentors={shown} />
          </Stack>
        )}
      </QueryView>
      {/* What mentors' compartments and carried files brought in at the latest sign-ins. */}
      {canCoordinate && <MergeReportsPanel />}
      {adding && <AddProfileModal onClose={() => setAdding(false)} />}
    </Stack>
  );
}
