import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RestoreContents } from '../../../../shared/domain/restore';
import { formatBuddhistInstantDate } from '../../../../shared/thai/buddhist-era';
import { bangkokTime } from '../../../../shared/thai/bangkok-time';
import { useLanguage } from '../../app/providers/language-context';

/** What an opened backup contains: when, which office, versions, checks, counts, accounts. */
export function RestoreContentsTable({ contents }: { contents: RestoreContents }) {
  const { t } = useTranslation(['restore', 'auth']);
  const { language } = useLanguage();
  const { manifest } = contents;
  const created = `${formatBuddhistInstantDate(manifest.createdAt, language)} ${bangkokTime(manifest.createdAt)}`;
  const tableName = (table: string) => t(`tables.${table}`, { defaultValue: table });
  return (
    <Table withTableBorder data-testid="restore-contents">
      <Table.Tbody>
        <Table.Tr>
          <Table.Th>{t('flow.createdAt')}</Table.Th>
          <Table.Td data-testid="restore-created-at">{created}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>{t('flow.office')}</Table.Th>
          <Table.Td>
            <Text>{contents.officeName}</Text>
            {contents.sameOffice !== null && (
              <Badge color={contents.sameOffice ? 'teal' : 'orange'} variant="light">
                {contents.sameOffice ? t('flow.sameOffice') : t('flow.otherOffice')}
              </Badge>
            )}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>{t('flow.appVersion')}</Table.Th>
          <Table.Td>
            {manifest.appVersion} / {manifest.schemaVersion}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>{t('flow.integrity')}</Table.Th>
          <Table.Td>{t('flow.integrityOk')}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>{t('flow.anchor')}</Table.Th>
          <Table.Td>
            {contents.anchorMatches ? t('flow.anchorOk') : t('flow.anchorMismatch')}
          </Table.Td>
        </Table.Tr>
        {contents.erasuresUndone !== null && contents.erasuresUndone > 0 && (
          <Table.Tr>
            <Table.Th>{t('flow.erasures')}</Table.Th>
            <Table.Td>
              {/* A copy from before an erasure brings the person back (found in review). */}
              <Badge color="orange" variant="light" data-testid="restore-erasures-undone">
                {t('flow.erasuresUndone', { count: contents.erasuresUndone })}
              </Badge>
            </Table.Td>
          </Table.Tr>
        )}
        {Object.entries(contents.counts).map(([table, count]) => (
          <Table.Tr key={table}>
            <Table.Th>{tableName(table)}</Table.Th>
            <Table.Td data-testid={`restore-count-${table}`}>
              {count.toLocaleString(language === 'th' ? 'th-TH' : 'en-GB')}
            </Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th>{t('flow.accounts')}</Table.Th>
          <Table.Td>
            {contents.accounts.map((account) => (
              <Text key={account.userName} size="sm">
                {account.userName} — {t(`auth:roles.${account.role}`)}
                {account.active ? '' : ` (${t('flow.inactive')})`}
                {/* Removed or disabled here since the copy was made (found in review). */}
                {contents.accountsRevived?.includes(account.userName) && (
                  <Badge
                    color="orange"
                    variant="light"
                    ml="xs"
                    data-testid="restore-account-revived"
                  >
                    {t('flow.revived')}
                  </Badge>
                )}
              </Text>
            ))}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
