import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Signer } from '../../../../shared/domain/documents';
import { DataTable, dataColumnHelper } from '../../components/data-table';
import { StoredImagePreview } from './ImageUpload';
import { SignerModal } from './SignerModal';

const column = dataColumnHelper<Signer>();
const BY_NAME = [{ id: 'fullName', desc: false }];

type Editing = { signer: Signer | null } | null;

/** The people who sign letters and certificates: name, position lines, signature, active. */
export function SignersSection({ signers }: { signers: Signer[] }) {
  const { t } = useTranslation(['letterhead', 'shell']);
  const [editing, setEditing] = useState<Editing>(null);
  const columns = useMemo(
    () => [
      column.accessor('fullName', {
        header: () => t('signers.fullName'),
        sortFn: 'thaiText',
        meta: { rowHeader: true },
      }),
      column.accessor('positionLines', {
        header: () => t('signers.position'),
        enableSorting: false,
        cell: ({ getValue }) => (
          <Stack gap={0}>
            {getValue().map((line, index) => (
              <Text size="sm" key={index}>
                {line}
              </Text>
            ))}
          </Stack>
        ),
      }),
      column.accessor('signatureImageId', {
        header: () => t('signers.signature'),
        enableSorting: false,
        cell: ({ getValue, row }) => {
          const imageId = getValue();
          return imageId === null ? (
            <Text size="sm" c="dimmed">
              {t('signers.noSignature')}
            </Text>
          ) : (
            <StoredImagePreview
              imageId={imageId}
              alt={t('signers.signatureOf', { name: row.original.fullName })}
              h={36}
            />
          );
        },
      }),
      column.accessor('active', {
        header: () => t('signers.active'),
        enableSorting: false,
        cell: ({ getValue }) => (
          <Badge color={getValue() ? 'teal' : 'gray'} variant="light">
            {getValue() ? t('signers.active') : t('signers.retired')}
          </Badge>
        ),
      }),
      column.display({
        id: 'actions',
        header: () => t('signers.edit'),
        cell: ({ row }) => (
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => setEditing({ signer: row.original })}
            aria-label={`${t('signers.edit')} ${row.original.fullName}`}
          >
            {t('signers.edit')}
          </Button>
        ),
      }),
    ],
    [t],
  );
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="signers-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h3" id="signers-title">
              {t('signers.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('signers.intro')}
            </Text>
          </Stack>
          <Button onClick={() => setEditing({ signer: null })}>{t('signers.add')}</Button>
        </Group>
        {signers.length === 0 ? (
          <Text c="dimmed">{t('signers.empty')}</Text>
        ) : (
          <DataTable
            label={t('signers.tableLabel')}
            data={signers}
            columns={columns}
            getRowId={(signer) => String(signer.signerId)}
            initialSorting={BY_NAME}
            minWidth={760}
          />
        )}
        {editing && <SignerModal signer={editing.signer} onClose={() => setEditing(null)} />}
      </Stack>
    </Paper>
  );
}
