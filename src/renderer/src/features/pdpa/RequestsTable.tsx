import { Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdpaRequest } from '../../../../shared/domain/pdpa';
import { useLanguage } from '../../app/providers/language-context';
import { formatDate } from '../../i18n/format';
import { CloseRequestModal } from './CloseRequestModal';
import { DeadlineBadge } from './DeadlineBadge';
import { EraseModal } from './EraseModal';
import { usePdpaPermissions } from './use-pdpa-permissions';

type Action = { kind: 'done' | 'refused' | 'erase'; requestId: number };

/**
 * Requests with their due dates, overdue and due-soon ones marked; the actions an open request
 * allows: done or refused, and for an erasure request (supervisor) the erasure itself.
 */
export function RequestsTable({
  requests,
  withPerson,
  hasOpenCase = false,
}: {
  requests: PdpaRequest[];
  withPerson: boolean;
  hasOpenCase?: boolean;
}) {
  const { t } = useTranslation('pdpa');
  const { language } = useLanguage();
  const { canRequest, canFulfil } = usePdpaPermissions();
  const [action, setAction] = useState<Action | null>(null);
  return (
    <>
      <Table striped withTableBorder data-testid="pdpa-requests">
        <Table.Thead>
          <Table.Tr>
            {withPerson && <Table.Th>{t('columns.person')}</Table.Th>}
            <Table.Th>{t('columns.kind')}</Table.Th>
            <Table.Th>{t('columns.received')}</Table.Th>
            <Table.Th>{t('columns.due')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
            <Table.Th>{t('columns.handled')}</Table.Th>
            <Table.Th>{t('columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => (
            <Table.Tr
              key={request.id}
              data-request-id={request.id}
              data-deadline={request.deadline}
            >
              {withPerson && (
                <Table.Td>
                  {request.personName || t('erasedPerson')}
                  <Text size="xs" c="dimmed">
                    {request.caseNumbers.join(', ')}
                  </Text>
                </Table.Td>
              )}
              <Table.Td>{t(`kinds.${request.kind}`)}</Table.Td>
              <Table.Td>{formatDate(request.receivedOn, language)}</Table.Td>
              <Table.Td>{formatDate(request.dueOn, language)}</Table.Td>
              <Table.Td>
                <DeadlineBadge request={request} />
                {request.reason && (
                  <Text size="xs" c="dimmed">
                    {request.reason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{request.handledBy ?? '-'}</Table.Td>
              <Table.Td>
                {request.status === 'open' && (
                  <Group gap="xs" wrap="nowrap">
                    {request.kind === 'erasure'
                      ? canFulfil && (
                          <Button
                            size="xs"
                            color="red"
                            disabled={hasOpenCase}
                            title={hasOpenCase ? t('erase.openCase') : undefined}
                            data-testid="pdpa-erase"
                            onClick={() => setAction({ kind: 'erase', requestId: request.id })}
                          >
                            {t('erase.button')}
                          </Button>
                        )
                      : canRequest && (
                          <Button
                            size="xs"
                            variant="light"
                            onClick={() => setAction({ kind: 'done', requestId: request.id })}
                          >
                            {t('close.done')}
                          </Button>
                        )}
                    {canRequest && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="gray"
                        onClick={() => setAction({ kind: 'refused', requestId: request.id })}
                      >
                        {t('close.refuse')}
                      </Button>
                    )}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {action?.kind === 'erase' && (
        <EraseModal requestId={action.requestId} onClose={() => setAction(null)} />
      )}
      {action && action.kind !== 'erase' && (
        <CloseRequestModal
          requestId={action.requestId}
          status={action.kind}
          onClose={() => setAction(null)}
        />
      )}
    </>
  );
}
