import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentContent, AttachmentInfo } from '../../../../shared/domain/cases';
import { roleHasPermission } from '../../../../shared/permissions';
import { useLanguage } from '../../app/providers/language-context';
import { useSignedInUser } from '../../app/session/session-context';
import { callKaona } from '../../api';
import { DataTable, dataColumnHelper } from '../../components/data-table';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, THAI_TIME_ZONE } from '../../i18n/format';
import { AddAttachment } from './AddAttachment';
import { AttachmentViewer } from './AttachmentViewer';
import { RemoveAttachmentModal } from './RemoveAttachmentModal';
import { useFileSize } from './use-file-size';

const column = dataColumnHelper<AttachmentInfo>();

interface AttachmentsTabProps {
  caseId: number;
  attachments: readonly AttachmentInfo[];
  /** The person's data was erased: the list stays, nothing is added or removed. */
  readOnly?: boolean;
}

/** The files kept with the case: add, open (audited, shown inside the app), remove. */
export function AttachmentsTab({ caseId, attachments, readOnly = false }: AttachmentsTabProps) {
  const { t } = useTranslation(['cases', 'shell']);
  const { language } = useLanguage();
  const { role } = useSignedInUser();
  const canWrite = roleHasPermission(role, 'cases.write') && !readOnly;
  const fileSize = useFileSize();
  const [removing, setRemoving] = useState<AttachmentInfo | null>(null);
  const [viewing, setViewing] = useState<AttachmentContent | null>(null);
  // A mutation, not a query: the bytes are not worth caching, and each opening is audited.
  const open = useMutation({
    mutationFn: (attachmentId: number) =>
      callKaona((api) => api.cases.openAttachment({ attachmentId })),
    onSuccess: setViewing,
    gcTime: 0,
  });

  const columns = useMemo(
    () => [
      column.accessor('fileName', {
        header: () => t('attachments.name'),
        meta: { rowHeader: true },
        cell: ({ row }) => (
          <>
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {row.original.fileName}
            </Text>
            {row.original.caption && (
              <Text size="sm" c="dimmed">
                {row.original.caption}
              </Text>
            )}
          </>
        ),
      }),
      column.accessor('sizeBytes', {
        header: () => t('attachments.size'),
        meta: { noWrap: true, align: 'right' },
        cell: ({ getValue }) => fileSize(getValue()),
      }),
      column.accessor('addedByName', { header: () => t('attachments.addedBy') }),
      column.accessor('addedAt', {
        header: () => t('attachments.addedAt'),
        meta: { noWrap: true },
        cell: ({ getValue }) => formatDateTime(getValue(), language, { timeZone: THAI_TIME_ZONE }),
      }),
      column.display({
        id: 'actions',
        header: () => '',
        cell: ({ row }) => (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => open.mutate(row.original.attachmentId)}
              loading={open.isPending && open.variables === row.original.attachmentId}
              aria-label={`${t('attachments.open')} ${row.original.fileName}`}
            >
              {t('attachments.open')}
            </Button>
            {canWrite && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={() => setRemoving(row.original)}
                aria-label={`${t('attachments.remove')} ${row.original.fileName}`}
              >
                {t('attachments.remove')}
              </Button>
            )}
          </Group>
        ),
      }),
    ],
    [t, language, fileSize, open, canWrite],
  );

  return (
    <Stack gap="md">
      {canWrite && <AddAttachment caseId={caseId} />}
      {open.isError && <ErrorAlert title={t('attachments.openFailed')} error={open.error} />}
      {attachments.length === 0 ? (
        <Text c="dimmed">{t('attachments.empty')}</Text>
      ) : (
        <DataTable
          label={t('attachments.tableLabel')}
          data={attachments}
          columns={columns}
          getRowId={(attachment) => String(attachment.attachmentId)}
          sortable={false}
          minWidth={720}
        />
      )}
      {viewing && <AttachmentViewer content={viewing} onClose={() => setViewing(null)} />}
      {removing && (
        <RemoveAttachmentModal
          caseId={caseId}
          attachment={removing}
          onClose={() => setRemoving(null)}
        />
      )}
    </Stack>
  );
}
