import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../../shared/domain/audit';
import { auditActionLabel } from './audit-action-label';
import { isFromCompartment, isUnverified } from './audit-event-marks';

/** The id of the one explanation of "unverified" above the table, which each badge points to. */
export const UNVERIFIED_EXPLANATION_ID = 'audit-unverified-explanation';

/** What happened, and how far the log can vouch for it. */
export function AuditActionCell({ event }: { event: AuditEvent }) {
  const { t } = useTranslation('audit');
  const unverified = isUnverified(event);
  const fromCompartment = isFromCompartment(event);
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="wrap">
        <span>{auditActionLabel(event.action, t)}</span>
        {unverified && (
          <Badge color="orange" variant="light" aria-describedby={UNVERIFIED_EXPLANATION_ID}>
            {t('unverified.badge')}
          </Badge>
        )}
      </Group>
      {fromCompartment && (
        <Text size="xs" c="dimmed">
          {t('viaCompartment')}
        </Text>
      )}
    </Stack>
  );
}
