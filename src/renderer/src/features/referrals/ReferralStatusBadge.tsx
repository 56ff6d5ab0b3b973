import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralStatus, ReferralSummary } from '../../../../shared/domain/documents';
import { BADGE_WHOLE } from '../../components/badge-whole';

const STATUS_COLORS: Readonly<Record<ReferralStatus, string>> = {
  draft: 'gray',
  sent: 'blue',
  accepted: 'teal',
  declined: 'orange',
  completed: 'green',
  cancelled: 'dark',
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation('referrals');
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      style={{ textTransform: 'none' }}
      styles={BADGE_WHOLE}
    >
      {t(`statuses.${status}`)}
    </Badge>
  );
}

/** The status, and for a sent referral how long it has waited (red once overdue). */
export function ReferralStatusCell({ referral }: { referral: ReferralSummary }) {
  const { t } = useTranslation('referrals');
  return (
    <Group gap={6} wrap="nowrap">
      <ReferralStatusBadge status={referral.status} />
      {referral.overdue && referral.daysWaiting !== null && (
        <Badge color="red" variant="filled" style={{ textTransform: 'none' }} styles={BADGE_WHOLE}>
          {t('overdue', { days: referral.daysWaiting })}
        </Badge>
      )}
    </Group>
  );
}
