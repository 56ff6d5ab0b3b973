import { Badge, Code, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupOutcome } from '../../../../shared/domain/backup-history';
import { bangkokTime, formatBuddhistInstantDate } from '../../../../shared/thai';
import { useLanguage } from '../../app/providers/language-context';
import { QueryView } from '../../components/QueryView';
import { backupQueries } from './backup-queries';

const OUTCOME_COLOR: Record<BackupOutcome, string> = {
  done: 'teal',
  failed: 'red',
  cancelled: 'gray',
};

/** Megabytes with one decimal: what a person compares with the free space on a USB drive. */
export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** Every backup made from this database, newest first, dates in พ.ศ. */
export function BackupHistory() {
  const { t } = useTranslation('backup');
  const { language } = useLanguage();
  const history = useQuery(backupQueries.history());
  return (
    <QueryView query={history} errorTitle={t('history.heading')}>
      {(entries) =>
        entries.length === 0 ? (
          <Text size="sm">{t('history.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped data-testid="backup-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('history.when')}</Table.Th>
                  <Table.Th>{t('history.by')}</Table.Th>
                  <Table.Th>{t('history.folder')}</Table.Th>
                  <Table.Th>{t('history.size')}</Table.Th>
                  <Table.Th>{t('history.outcome')}</Table.Th>
                  <Table.Th>{t('history.anchor')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>
                      {formatBuddhistInstantDate(entry.at, language, { style: 'short' })}{' '}
                      {bangkokTime(entry.at)}
                    </Table.Td>
                    <Table.Td>{entry.byName ?? '—'}</Table.Td>
                    <Table.Td>
                      <Code>{entry.folderName}</Code>
                    </Table.Td>
                    <Table.Td>
                      {entry.outcome === 'done'
                        ? t('history.megabytes', { size: megabytes(entry.totalBytes) })
                        : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={OUTCOME_COLOR[entry.outcome]} variant="light">
                        {t(`outcome.${entry.outcome}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{entry.auditAnchor ? entry.auditAnchor.seq : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      }
    </QueryView>
  );
}
