import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from '../../../../../shared/domain/documents';
import { BADGE_WHOLE } from '../../../components/badge-whole';

/** Issued or void; a void one says why on hover (the reason is also in the row's text). */
export function DocumentStatusBadge({
  status,
  voidReason,
}: {
  status: DocumentStatus;
  voidReason?: string | null;
}) {
  const { t } = useTranslation('documents');
  const badge = (
    <Badge
      color={status === 'void' ? 'red' : 'teal'}
      variant="light"
      style={{ textTransform: 'none' }}
      styles={BADGE_WHOLE}
    >
      {t(`register.statuses.${status}`)}
    </Badge>
  );
  return status === 'void' && voidReason ? (
    <Tooltip label={t('register.voidReason', { reason: voidReason })} multiline maw={320}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
