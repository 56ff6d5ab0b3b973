import { Alert, Button, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useKaonaMutation } from '../../api';
import { useLanguage } from '../../app/providers/language-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, THAI_TIME_ZONE } from '../../i18n/format';
import { useCanManageVault } from '../vault/use-can-manage-vault';
import { vaultKeys } from '../vault/vault-queries';
import { AuditAnchor } from './AuditAnchor';

/**
 * Walks the whole hash chain in main and says, in plain words, whether the log is intact; beside
 * it, for admins, the checkpoint an office keeps on paper.
 */
export function VerifyIntegrity() {
  const { t } = useTranslation('audit');
  const showAnchor = useCanManageVault();
  const { language } = useLanguage();
  // An action rather than a query: the clerk starts it, and each run is a new verdict.
  // A check writes a fresh checkpoint (main anchors the log first): the block above re-reads it.
  const check = useKaonaMutation({
    call: (api) => api.audit.verify(),
    invalidates: [vaultKeys.status()],
  });
  const verdict = check.data;

  const count = (n: number) =>
    new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB').format(n);
  const when = (iso: string) => formatDateTime(iso, language, { timeZone: THAI_TIME_ZONE });

  return (
    <Paper withBorder p="md" component="section" aria-label={t('verify.button')}>
      <Stack gap="sm">
        <Group gap="md" wrap="nowrap" align="center">
          <Button variant="light" onClick={() => check.mutate()} loading={check.isPending}>
            {t('verify.button')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('verify.hint')}
          </Text>
        </Group>
        {check.isError && <ErrorAlert title={t('verify.failed')} error={check.error} />}
        {verdict?.ok && (
          <Alert color="teal" variant="light" title={t('verify.okTitle')} role="status">
            {t('verify.okBody', {
              checked: count(verdict.checked),
              at: when(verdict.verifiedAt),
            })}
          </Alert>
        )}
        {verdict && !verdict.ok && (
          <Alert color="red" variant="filled" title={t('verify.brokenTitle')} role="alert">
            <Stack gap={6}>
              {verdict.firstBroken && (
                <Text size="sm" fw={700}>
                  {t('verify.brokenBody', {
                    seq: verdict.firstBroken.seq,
                    problem: t(`verify.problems.${verdict.firstBroken.problem}`),
                  })}
                </Text>
              )}
              <Text size="sm">
                {t('verify.brokenChecked', {
                  checked: count(verdict.checked),
                  at: when(verdict.verifiedAt),
                })}
              </Text>
              <Text size="sm">{t('verify.advice')}</Text>
            </Stack>
          </Alert>
        )}
        {showAnchor && (
          <>
            <Divider />
            <AuditAnchor />
          </>
        )}
      </Stack>
    </Paper>
  );
}
