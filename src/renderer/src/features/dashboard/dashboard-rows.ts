import type { TFunction } from 'i18next';
import type { Dashboard, DashboardCount, RankedCounts } from '../../../../shared/domain/dashboard';
import type { CaseListQuery } from '../cases/cases-queries';
import { casesLink, measureFilters, type DayRange, type Measure } from './dashboard-links';
import type { CountRow } from './CountChart';

/**
 * The chart rows of each breakdown, with the case-list link of every count: the breakdown's own
 * filter plus the measure's (taken in during the year, or open now).
 */
function row(
  key: string,
  label: string,
  counts: Partial<Record<Measure, number>>,
  filter: Partial<CaseListQuery> | null,
  year: DayRange,
  axisLabel?: string,
): CountRow {
  const links: CountRow['links'] = {};
  if (filter)
    for (const measure of Object.keys(counts) as Measure[])
      links[measure] = casesLink({ ...filter, ...measureFilters(measure, year) });
  return { key, label, counts, links, ...(axisLabel ? { axisLabel } : {}) };
}

function plain(count: DashboardCount) {
  return { intake: count.intake, open: count.open };
}

export function breakdownRows(
  dashboard: Dashboard,
  t: TFunction<readonly ['dashboard', 'cases']>,
  language: string,
) {
  const year = { first: dashboard.first, last: dashboard.last };
  const ranked = <T extends DashboardCount>(
    counts: RankedCounts<T>,
    top: (item: T) => { key: string; label: string; filter: Partial<CaseListQuery> },
    none: { label: string; filter: Partial<CaseListQuery> | null },
  ) => [
    ...counts.top.map((item) => {
      const { key, label, filter } = top(item);
      return row(key, label, plain(item), filter, year);
    }),
    ...(counts.other.count > 0
      ? [
          row(
            'other',
            t('dashboard:rows.other', { count: counts.other.count }),
            plain(counts.other),
            null,
            year,
          ),
        ]
      : []),
    ...(counts.none.intake > 0 || counts.none.open > 0
      ? [row('none', none.label, plain(counts.none), none.filter, year)]
      : []),
  ];
  return {
    targetGroups: dashboard.byTargetGroup.map((item) =>
      row(
        item.targetGroup,
        t(`cases:codes.targetGroups.${item.targetGroup}`),
        plain(item),
        { targetGroup: item.targetGroup },
        year,
      ),
    ),
    departments: dashboard.byDepartment.map((item) =>
      row(
        item.department,
        t(`cases:codes.departments.${item.department}`),
        plain(item),
        { department: item.department },
        year,
        // On the chart's axis the initials offices use (สค., พส.): the full names do not fit.
        t(`cases:codes.departmentsShort.${item.department}`),
      ),
    ),
    projects: dashboard.byFlagshipProject.map((item) =>
      row(
        item.flagshipProject,
        t(`cases:codes.flagshipProjects.${item.flagshipProject}`),
        plain(item),
        { flagshipProject: item.flagshipProject },
        year,
      ),
    ),
    statuses: dashboard.byStatus.map((item) =>
      row(
        item.status,
        t(`cases:codes.statuses.${item.status}`),
        { intake: item.intake, all: item.all },
        { statuses: [item.status] },
        year,
      ),
    ),
    provinces: ranked(
      dashboard.byProvince,
      (item) => ({
        key: String(item.provinceId),
        label: language === 'en' && item.nameEn ? item.nameEn : item.nameTh,
        filter: { provinceId: item.provinceId },
      }),
      // The list has no "no province" filter: that row is not a link.
      { label: t('dashboard:rows.noProvince'), filter: null },
    ),
    mentors: ranked(
      dashboard.byMentor,
      (item) => ({
        key: String(item.mentorId),
        label: item.fullName,
        filter: { mentorId: item.mentorId },
      }),
      { label: t('dashboard:rows.noMentor'), filter: { mentorId: 0 } },
    ),
  };
}
