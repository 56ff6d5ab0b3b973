import {
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CASE_SORTS,
  CASE_STATUSES,
  DEPARTMENTS,
  FLAGSHIP_PROJECTS,
  TARGET_GROUPS,
  type CaseSort,
} from '../../../../shared/domain/cases';
import { useLanguage } from '../../app/providers/language-context';
import { useSignedInUser } from '../../app/session/session-context';
import { roleHasPermission } from '../../../../shared/permissions';
import { BuddhistDateField } from '../../components/buddhist-date';
import { DEFAULT_SORT } from './case-list-params';
import { casesQueries, type CaseListQuery } from './cases-queries';

/** Long enough that typing a name does not search at every letter, short enough to feel live. */
export const SEARCH_DEBOUNCE_MS = 250;
const NO_MENTOR = '0';

interface CaseListFiltersProps {
  query: CaseListQuery;
  onChange: (patch: Partial<CaseListQuery>) => void;
  onClear: () => void;
}

/** The search box, the filters and the order; every change goes into the address at once. */
export function CaseListFilters({ query, onChange, onClear }: CaseListFiltersProps) {
  const { t } = useTranslation('cases');
  const { language } = useLanguage();
  const [text, setText] = useState(query.text);
  const [debounced] = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (debounced.trim() !== query.text.trim()) onChange({ text: debounced.trim() });
    // Only the clerk's typing searches; a changed address must not be overwritten by the box.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  const provinces = useQuery(casesQueries.provinces());
  const mentors = useQuery(casesQueries.mentorOptions());
  const canSearchIds = roleHasPermission(useSignedInUser().role, 'cases.reveal');
  const any = t('list.any');
  const rangeWrong =
    query.intakeFrom && query.intakeTo && query.intakeFrom > query.intakeTo
      ? t('list.dateOrder')
      : undefined;

  return (
    <Paper withBorder p="md" component="section" aria-label={t('list.filters')}>
      <Stack gap="sm">
        <TextInput
          type="search"
          label={t('list.search')}
          // Without the permission to see national IDs the core does not search them (docs/security.md).
          description={t(canSearchIds ? 'list.searchHint' : 'list.searchHintNoId')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <MultiSelect
            label={t('list.status')}
            placeholder={query.statuses?.length ? undefined : any}
            data={CASE_STATUSES.map((status) => ({
              value: status,
              label: t(`codes.statuses.${status}`),
            }))}
            value={query.statuses ?? []}
            onChange={(values) => onChange({ statuses: values as CaseListQuery['statuses'] })}
            clearable
          />
          <Select
            label={t('list.targetGroup')}
            placeholder={any}
            data={TARGET_GROUPS.map((group) => ({
              value: group,
              label: t(`codes.targetGroups.${group}`),
            }))}
            value={query.targetGroup ?? null}
            onChange={(value) => onChange({ targetGroup: value as CaseListQuery['targetGroup'] })}
            clearable
          />
          <Select
            label={t('list.department')}
            placeholder={any}
            data={DEPARTMENTS.map((department) => ({
              value: department,
              label: t(`codes.departments.${department}`),
            }))}
            value={query.department ?? null}
            onChange={(value) => onChange({ department: value as CaseListQuery['department'] })}
            clearable
          />
          <Select
            label={t('list.flagshipProject')}
            placeholder={any}
            data={FLAGSHIP_PROJECTS.map((project) => ({
              value: project,
              label: t(`codes.flagshipProjects.${project}`),
            }))}
            value={query.flagshipProject ?? null}
            onChange={(value) =>
              onChange({ flagshipProject: value as CaseListQuery['flagshipProject'] })
            }
            clearable
          />
          <Select
            label={t('list.province')}
            placeholder={any}
            data={(provinces.data ?? []).map((province) => ({
              value: String(province.id),
              label: language === 'th' ? province.nameTh : province.nameEn,
            }))}
            value={query.provinceId ? String(query.provinceId) : null}
            onChange={(value) => onChange({ provinceId: value ? Number(value) : null })}
            searchable
            clearable
          />
          <Select
            label={t('list.mentor')}
            placeholder={any}
            data={[
              { value: NO_MENTOR, label: t('list.noMentor') },
              ...(mentors.data ?? []).map((mentor) => ({
                value: String(mentor.id),
                label: mentor.fullName,
              })),
            ]}
            value={
              query.mentorId === null || query.mentorId === undefined
                ? null
                : String(query.mentorId)
            }
            onChange={(value) => onChange({ mentorId: value === null ? null : Number(value) })}
            searchable
            clearable
          />
        </SimpleGrid>
        <Group gap="md" align="flex-start">
          <BuddhistDateField
            label={t('list.intakeFrom')}
            value={query.intakeFrom ?? ''}
            onChange={(intakeFrom) => onChange({ intakeFrom: intakeFrom || null })}
          />
          <BuddhistDateField
            label={t('list.intakeTo')}
            value={query.intakeTo ?? ''}
            onChange={(intakeTo) => onChange({ intakeTo: intakeTo || null })}
            error={rangeWrong}
          />
          <Select
            label={t('list.sort')}
            data={CASE_SORTS.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))}
            value={query.sort}
            onChange={(value) => onChange({ sort: (value as CaseSort | null) ?? DEFAULT_SORT })}
            allowDeselect={false}
            w={220}
          />
        </Group>
        <Group>
          <Button
            variant="default"
            onClick={() => {
              setText('');
              onClear();
            }}
          >
            {t('list.clear')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
