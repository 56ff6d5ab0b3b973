import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile, ConsentPurpose } from '../../../../shared/domain/cases';
import { roleHasPermission } from '../../../../shared/permissions';
import { useLanguage } from '../../app/providers/language-context';
import { useSignedInUser } from '../../app/session/session-context';
import { formatDateTime, THAI_TIME_ZONE } from '../../i18n/format';
import { casesQueries } from './cases-queries';
import { ConsentChangeModal } from './ConsentChangeModal';
import { consentWord } from './consent-word';
import { ConsentHistory } from './ConsentHistory';

/** Consent per purpose (PDPA s.19): where each stands, and a way to record a change. */
export function ConsentsTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation(['cases', 'shell']);
  const { language } = useLanguage();
  const { role } = useSignedInUser();
  // An erased person's case takes nothing new (main refuses it too).
  const canWrite = roleHasPermission(role, 'cases.write') && file.profile.erasedAt === null;
  const [changing, setChanging] = useState<{ purpose: ConsentPurpose; grant: boolean } | null>(
    null,
  );
  const none = t('shell:common.none');
  // The same query as the history table below (one request): it tells a withdrawal from a refusal.
  const history = useQuery(casesQueries.consentHistory(file.profile.beneficiaryId));

  return (
    <Stack gap="lg">
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" aria-label={t('consents.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('consents.purpose')}</Table.Th>
              <Table.Th scope="col">{t('consents.state')}</Table.Th>
              <Table.Th scope="col">{t('consents.since')}</Table.Th>
              <Table.Th scope="col">{t('consents.noticeVersion')}</Table.Th>
              <Table.Th scope="col">{t('consents.recordedBy')}</Table.Th>
              {canWrite && <Table.Th scope="col" />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {file.consents.map((consent) => (
              <Table.Tr key={consent.purpose}>
                <Table.Th scope="row" fw={500}>
                  {t(`codes.consentPurposes.${consent.purpose}`)}
                </Table.Th>
                <Table.Td>
                  {/* The whole word, never "ถอนความยินยอมแ…": the badge keeps its text's width. */}
                  <Badge
                    color={consent.granted ? 'teal' : 'gray'}
                    variant="light"
                    style={{ textTransform: 'none', overflow: 'visible' }}
                    styles={{ label: { overflow: 'visible' } }}
                    miw="max-content"
                  >
                    {t(`consents.${consentWord(consent, history.data ?? [])}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {consent.since
                    ? formatDateTime(consent.since, language, { timeZone: THAI_TIME_ZONE })
                    : none}
                </Table.Td>
                <Table.Td>{consent.noticeVersion ?? none}</Table.Td>
                {/* Thai line breaking splits surnames it does not know ("ใจ|งาม"): keep names whole. */}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {consent.recordedByName ?? none}
                  {consent.givenBy === 'guardian' && consent.guardianName && (
                    <Text size="xs" c="dimmed">
                      {t('codes.consentGivers.guardian')}: {consent.guardianName}
                    </Text>
                  )}
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant={consent.granted ? 'subtle' : 'light'}
                      color={consent.granted ? 'red' : undefined}
                      onClick={() =>
                        setChanging({ purpose: consent.purpose, grant: !consent.granted })
                      }
                    >
                      {consent.granted ? t('consents.withdraw') : t('consents.grant')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('consents.history')}
        </Title>
        <ConsentHistory beneficiaryId={file.profile.beneficiaryId} />
      </Stack>
      {changing && (
        <ConsentChangeModal
          caseId={file.case.caseId}
          beneficiaryId={file.profile.beneficiaryId}
          purpose={changing.purpose}
          grant={changing.grant}
          onClose={() => setChanging(null)}
        />
      )}
    </Stack>
  );
}
