import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerification } from '../../../../shared/domain/audit';
import { callKaona } from '../../api';
import { useLanguage } from '../../app/providers/language-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, THAI_TIME_ZONE } from '../../i18n/format';

type Check =
  | { status: 'idle' | 'running' }
  | { status: 'done'; verdict: AuditVerification }
  | { status: 'failed'; error: unknown };

/** Walks the whole hash chain in main and says, in plain words, whether the log is intact. */
export function VerifyIntegrity() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [check, setCheck] = useState<Check>({ status: 'idle' });

  async function verify() {
    setCheck({ status: 'running' });
    try {
      setCheck({ status: 'done', verdict: await callKaona((api) => api.audit.verify()) });
    } catch (error) {
      setCheck({ status: 'failed', error });
    }
  }

  const count = (n: number) =>
    new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB').format(n);
  const when = (iso: string) => formatDateTime(iso, language, { timeZone: THAI_TIME_ZONE });

  return (
    <Paper withBorder p="md" component="section" aria-label={t('audit.verify.button')}>
      <Stack gap="sm">
        <Group gap="md" wrap="nowrap" align="center">
          <Button
            variant="light"
            onClick={() => void verify()}
            loading={check.status === 'running'}
          >
            {t('audit.verify.button')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('audit.verify.hint')}
          </Text>
        </Group>
        {check.status === 'failed' && (
          <ErrorAlert title={t('audit.verify.failed')} error={check.error} />
        )}
        {check.status === 'done' && check.verdict.ok && (
          <Alert color="teal" variant="light" title={t('audit.verify.okTitle')} role="status">
            {t('audit.verify.okBody', {
              checked: count(check.verdict.checked),
              at: when(check.verdict.verifiedAt),
            })}
          </Alert>
        )}
        {check.status === 'done' && !check.verdict.ok && (
          <Alert color="red" variant="filled" title={t('audit.verify.brokenTitle')} role="alert">
            <Stack gap={6}>
              {check.verdict.firstBroken && (
                <Text size="sm" fw={700}>
                  {t('audit.verify.brokenBody', {
                    seq: check.verdict.firstBroken.seq,
                    problem: t(`audit.verify.problems.${check.verdict.firstBroken.problem}`),
                  })}
                </Text>
              )}
              <Text size="sm">
                {t('audit.verify.brokenChecked', {
                  checked: count(check.verdict.checked),
                  at: when(check.verdict.verifiedAt),
                })}
              </Text>
              <Text size="sm">{t('audit.verify.advice')}</Text>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
