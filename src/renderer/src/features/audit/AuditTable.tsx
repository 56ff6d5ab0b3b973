import { Badge, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEvent, AuditOutcomeName } from '../../../../shared/domain/audit';
import { ROLES, type Role } from '../../../../shared/permissions';
import { useLanguage } from '../../app/providers/language-context';
import { formatDateTime, THAI_TIME_ZONE } from '../../i18n/format';

const OUTCOME_COLORS: Readonly<Record<AuditOutcomeName, string>> = {
  success: 'teal',
  failure: 'red',
  denied: 'orange',
};

function isRole(value: string | null): value is Role {
  return (ROLES as readonly (string | null)[]).includes(value);
}

function targetLabel(
  t: TFunction,
  event: AuditEvent,
  userNames: ReadonlyMap<string, string>,
): string {
  if (event.targetType === null || event.targetId === null) return t('common.none');
  if (event.targetType === 'user') {
    const userName = userNames.get(event.targetId);
    // A removed account is no longer listed: its number still identifies it in the log.
    return userName
      ? t('audit.targets.user', { userName })
      : t('audit.targets.userId', { id: event.targetId });
  }
  return `${event.targetType} ${event.targetId}`;
}

interface AuditTableProps {
  events: readonly AuditEvent[];
  /** Account id → user name, to name the account an event concerns. */
  userNames: ReadonlyMap<string, string>;
}

export function AuditTable({ events, userNames }: AuditTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="xs" striped aria-label={t('audit.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.columns.seq')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.target')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.outcome')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.machine')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.seq}>
              <Table.Td>
                <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {event.seq}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(event.at, language, { timeZone: THAI_TIME_ZONE })}
              </Table.Td>
              <Table.Td>
                {event.actorUserName ? (
                  <>
                    <Text size="sm" ff="monospace">
                      {event.actorUserName}
                    </Text>
                    {isRole(event.actorRole) && (
                      <Text size="xs" c="dimmed">
                        {t(`roles.${event.actorRole}`)}
                      </Text>
                    )}
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('audit.noActor')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`audit.actions.${event.action}`)}</Table.Td>
              <Table.Td>{targetLabel(t, event, userNames)}</Table.Td>
              <Table.Td>
                <Badge color={OUTCOME_COLORS[event.outcome]} variant="light">
                  {t(`audit.outcomes.${event.outcome}`)}
                </Badge>
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{event.machine}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
