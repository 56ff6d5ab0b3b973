import type { CohortQuery } from '../../../../shared/domain/documents';
import { bangkokToday, fiscalYearOf } from '../../../../shared/thai';

/** The fiscal years the page offers: the current one (พ.ศ.) and the four before it. */
export function fiscalYearChoices(today: string = bangkokToday()): number[] {
  const current = fiscalYearOf(today);
  return [0, 1, 2, 3, 4].map((back) => current - back);
}

export function defaultCohortQuery(today: string = bangkokToday()): CohortQuery {
  return {
    milestone: 'shop_opened',
    fiscalYear: fiscalYearOf(today),
    provinceId: null,
    excludeAlreadyCertified: false,
  };
}
