import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../../shared/domain/cases';
import { BADGE_WHOLE } from '../../components/badge-whole';

const STATUS_COLORS: Readonly<Record<CaseStatus, string>> = {
  intake: 'gray',
  active: 'blue',
  mentoring: 'violet',
  graduated: 'teal',
  referred_out: 'orange',
  closed: 'dark',
};

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('cases');
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      style={{ textTransform: 'none' }}
      styles={BADGE_WHOLE}
    >
      {t(`codes.statuses.${status}`)}
    </Badge>
  );
}
