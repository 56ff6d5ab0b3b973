import { Button, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../../shared/domain/backup-history';
import { DetailsTable } from '../../components/DetailsTable';

/**
 * The newest backup's audit anchor (sequence number and MAC of the newest event inside the copy),
 * to copy or write down and keep away from the PC: it proves later that the log in that backup
 * was not cut short.
 */
export function BackupAnchor({ anchor }: { anchor: BackupStatus['lastAnchor'] }) {
  const { t } = useTranslation('backup');
  return (
    <Stack gap="xs" component="section" aria-labelledby="backup-anchor-heading">
      <Title order={2} size="h4" id="backup-anchor-heading">
        {t('anchor.heading')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('anchor.body')}
      </Text>
      {anchor ? (
        <Group align="flex-end" gap="md">
          <div style={{ minWidth: 320, maxWidth: '100%' }}>
            <DetailsTable
              rows={[
                { label: t('anchor.folder'), value: <Code>{anchor.folderName}</Code> },
                { label: t('anchor.seq'), value: <Code fz="md">{anchor.seq}</Code> },
                {
                  label: t('anchor.mac'),
                  value: (
                    <Code
                      fz="sm"
                      style={{ wordBreak: 'break-all' }}
                      data-testid="backup-anchor-mac"
                    >
                      {anchor.mac}
                    </Code>
                  ),
                },
              ]}
            />
          </div>
          <CopyButton value={`${anchor.folderName} seq ${anchor.seq} mac ${anchor.mac}`}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {copied ? t('anchor.copied') : t('anchor.copy')}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={() => window.print()}>
            {t('anchor.print')}
          </Button>
        </Group>
      ) : (
        <Text size="sm">{t('anchor.none')}</Text>
      )}
    </Stack>
  );
}
