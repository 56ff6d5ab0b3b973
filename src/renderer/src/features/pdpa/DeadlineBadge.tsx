import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PdpaRequest } from '../../../../shared/domain/pdpa';

const COLOURS = { overdue: 'red', due_soon: 'orange', on_time: 'green', closed: 'gray' } as const;

/** An open request's standing against its 30-day due date, or its status once closed. */
export function DeadlineBadge({ request }: { request: PdpaRequest }) {
  const { t } = useTranslation('pdpa');
  const label =
    request.deadline === 'closed'
      ? t(`statuses.${request.status}`)
      : t(`deadlines.${request.deadline}`);
  return (
    // At least as wide as its words: in the narrow status column Mantine's badge otherwise cuts
    // "ภายในกำหนด" to "ภายในกำห…" (seen in the e2e screenshots).
    <Badge
      color={COLOURS[request.deadline]}
      variant="light"
      data-deadline={request.deadline}
      miw="max-content"
    >
      {label}
    </Badge>
  );
}
