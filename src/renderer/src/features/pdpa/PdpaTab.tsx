import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../shared/domain/cases';
import { useLanguage } from '../../app/providers/language-context';
import { QueryView } from '../../components/QueryView';
import { formatDateTime, THAI_TIME_ZONE } from '../../i18n/format';
import { ConsentHistoryTable } from './ConsentHistoryTable';
import { ExportSubjectButton } from './ExportSubjectButton';
import { pdpaQueries } from './pdpa-queries';
import { RequestFormModal } from './RequestFormModal';
import { RequestsTable } from './RequestsTable';
import { usePdpaPermissions } from './use-pdpa-permissions';

/**
 * The case page's PDPA tab: the person's consent history (every row), their requests with due
 * dates and, by role, recording a request, the export of everything held and the erasure.
 */
export function PdpaTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation('pdpa');
  const { language } = useLanguage();
  const { canRequest, canFulfil } = usePdpaPermissions();
  const [recording, setRecording] = useState(false);
  const beneficiaryId = file.profile.beneficiaryId;
  const subject = useQuery({ ...pdpaQueries.subject(beneficiaryId), enabled: canRequest });
  if (!canRequest) return null;
  return (
    <QueryView query={subject} errorTitle={t('title')}>
      {(data) => (
        <Stack gap="lg">
          {data.erasedAt && (
            <Alert color="gray">
              {t('erase.erasedAt', {
                date: formatDateTime(data.erasedAt, language, { timeZone: THAI_TIME_ZONE }),
              })}
            </Alert>
          )}
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('requests.title')}
            </Title>
            {!data.erasedAt && (
              <Group gap="xs">
                {canFulfil && <ExportSubjectButton beneficiaryId={beneficiaryId} />}
                <Button onClick={() => setRecording(true)} data-testid="pdpa-record">
                  {t('requests.record')}
                </Button>
              </Group>
            )}
          </Group>
          {data.hasOpenCase &&
            data.requests.some((r) => r.kind === 'erasure' && r.status === 'open') && (
              <Alert color="orange" variant="light">
                {t('erase.openCase')}
              </Alert>
            )}
          {data.requests.length === 0 ? (
            <Text c="dimmed">{t('empty')}</Text>
          ) : (
            <RequestsTable
              requests={data.requests}
              withPerson={false}
              hasOpenCase={data.hasOpenCase}
            />
          )}
          <Title order={2} size="h4">
            {t('consents.title')}
          </Title>
          <ConsentHistoryTable consents={data.consents} />
          {recording && (
            <RequestFormModal beneficiaryId={beneficiaryId} onClose={() => setRecording(false)} />
          )}
        </Stack>
      )}
    </QueryView>
  );
}
