import { Badge, CloseButton, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/providers/language-context';
import { formatDate } from '../../i18n/format';
import { casesQueries, type CaseListQuery } from './cases-queries';

interface Chip {
  key: string;
  label: string;
  clear: Partial<CaseListQuery>;
}

/**
 * Every filter in force as a chip, each removable: a list opened from the dashboard says why it
 * holds these cases, including the outcome filters that have no field of their own.
 */
export function CaseListChips({
  query,
  onChange,
}: {
  query: CaseListQuery;
  onChange: (patch: Partial<CaseListQuery>) => void;
}) {
  const { t } = useTranslation('cases');
  const { language } = useLanguage();
  const provinces = useQuery({ ...casesQueries.provinces(), enabled: Boolean(query.provinceId) });
  const mentors = useQuery({ ...casesQueries.mentorOptions(), enabled: Boolean(query.mentorId) });
  const day = (iso: string) => formatDate(iso, language, 'medium');
  const range = (from: string | null | undefined, to: string | null | undefined) =>
    from && to
      ? t('chips.between', { from: day(from), to: day(to) })
      : from
        ? t('chips.from', { from: day(from) })
        : t('chips.to', { to: day(to ?? '') });
  const chips: Chip[] = [];
  for (const status of query.statuses ?? [])
    chips.push({
      key: `status-${status}`,
      label: `${t('list.status')}: ${t(`codes.statuses.${status}`)}`,
      clear: { statuses: (query.statuses ?? []).filter((each) => each !== status) },
    });
  if (query.targetGroup)
    chips.push({
      key: 'group',
      label: `${t('list.targetGroup')}: ${t(`codes.targetGroups.${query.targetGroup}`)}`,
      clear: { targetGroup: null },
    });
  if (query.department)
    chips.push({
      key: 'department',
      label: `${t('list.department')}: ${t(`codes.departments.${query.department}`)}`,
      clear: { department: null },
    });
  if (query.flagshipProject)
    chips.push({
      key: 'project',
      label: `${t('list.flagshipProject')}: ${t(`codes.flagshipProjects.${query.flagshipProject}`)}`,
      clear: { flagshipProject: null },
    });
  if (query.provinceId) {
    const province = provinces.data?.find((each) => each.id === query.provinceId);
    const name = province ? (language === 'th' ? province.nameTh : province.nameEn) : '…';
    chips.push({
      key: 'province',
      label: `${t('list.province')}: ${name}`,
      clear: { provinceId: null },
    });
  }
  if (query.mentorId !== null && query.mentorId !== undefined) {
    const name =
      query.mentorId === 0
        ? t('list.noMentor')
        : (mentors.data?.find((each) => each.id === query.mentorId)?.fullName ??
          `#${query.mentorId}`);
    chips.push({ key: 'mentor', label: `${t('list.mentor')}: ${name}`, clear: { mentorId: null } });
  }
  if (query.intakeFrom || query.intakeTo)
    chips.push({
      key: 'intake',
      label: `${t('chips.intake')} ${range(query.intakeFrom, query.intakeTo)}`,
      clear: { intakeFrom: null, intakeTo: null },
    });
  if (query.milestone || query.milestoneFrom || query.milestoneTo)
    chips.push({
      key: 'milestone',
      label: [
        query.milestone ? t(`chips.milestones.${query.milestone}`) : t('chips.anyMilestone'),
        query.milestoneFrom || query.milestoneTo
          ? range(query.milestoneFrom, query.milestoneTo)
          : '',
      ]
        .filter(Boolean)
        .join(' '),
      clear: { milestone: null, milestoneFrom: null, milestoneTo: null },
    });
  if (query.sessionFrom || query.sessionTo)
    chips.push({
      key: 'session',
      label: `${t('chips.session')} ${range(query.sessionFrom, query.sessionTo)}`,
      clear: { sessionFrom: null, sessionTo: null },
    });
  if (query.withIncome)
    chips.push({ key: 'income', label: t('chips.withIncome'), clear: { withIncome: false } });
  if (chips.length === 0) return null;
  return (
    <Group gap="xs" role="group" aria-label={t('chips.label')} data-testid="case-filter-chips">
      <Text size="sm" c="dimmed">
        {t('chips.label')}
      </Text>
      {chips.map((chip) => (
        <Badge
          key={chip.key}
          size="lg"
          variant="light"
          tt="none"
          fw={500}
          rightSection={
            <CloseButton
              size="xs"
              variant="transparent"
              aria-label={t('chips.remove', { filter: chip.label })}
              onClick={() => onChange(chip.clear)}
            />
          }
        >
          {chip.label}
        </Badge>
      ))}
    </Group>
  );
}
